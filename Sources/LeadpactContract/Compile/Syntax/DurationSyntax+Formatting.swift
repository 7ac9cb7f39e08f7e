public import LeadpactCalendar
import LeadpactDiagnostics

extension DurationSyntax {
    /// The duration as a contract would write it, in the largest unit that divides it:
    /// `2 days`, `90 minutes`, `1 business hour`, `10 business days`. `parse` reads it back.
    public static func format(_ duration: SLADuration) -> String {
        switch duration {
        case .wallClock(let seconds): largestUnit(seconds, business: false)
        case .businessTime(let seconds): largestUnit(seconds, business: true)
        case .businessDays(let days): days == 1 ? "1 business day" : "\(days) business days"
        }
    }

    private static func largestUnit(_ seconds: Int64, business: Bool) -> String {
        let units: [(Int64, String)] = business
            ? [(3_600, "hour"), (60, "minute")]
            : [(604_800, "week"), (86_400, "day"), (3_600, "hour"), (60, "minute")]
        let prefix = business ? "business " : ""
        for (length, name) in units where seconds != 0 && seconds % length == 0 {
            let count = seconds / length
            return "\(count) \(prefix)\(name)\(count == 1 ? "" : "s")"
        }
        if seconds == 0 { return "0 \(prefix)minutes" }
        return "\(seconds) \(prefix)seconds"
    }
}
