/// A length of time as a contract states it: wall-clock, or measured on a business calendar.
public enum SLADuration: Hashable, Sendable {
    /// Exact elapsed seconds (a day is 86 400 s, across DST too).
    case wallClock(seconds: Int64)
    /// Seconds of working time on a calendar (`30 business minutes`, `1 business hour`).
    case businessTime(seconds: Int64)
    /// Whole working days on a calendar (`10 business days`): due at the last closing of the Nth day.
    case businessDays(Int)

    /// Whether the duration needs a calendar to be measured.
    public var isBusiness: Bool {
        if case .wallClock = self { return false }
        return true
    }
}
