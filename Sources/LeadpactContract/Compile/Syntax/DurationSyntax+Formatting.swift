public import LeadpactCalendar
import LeadpactDiagnostics

extension DurationSyntax {
    /// The duration as a contract would write it, in the largest unit that divides it:
    /// `2 days`, `90 minutes`, `1 business hour`, `10 business days`. `parse` reads it back.
    public static func format(_ duration: SLADuration) -> String {
        switch duration {
        case .wallClock(let seconds): largestUnit(seconds, business: false)
        case .businessTime(let seconds): largestUnit(seconds, business: true)
        case .businessDays(let days): amount(Int64(days), "day", business: true)
        }
    }

    /// `count` of `unit` (singular, e.g. `second`), plural unless one: `1 business second`,
    /// `0 minutes`, `3600 business seconds`.
    public static func amount(_ count: Int64, _ unit: String, business: Bool) -> String {
        "\(count) \(business ? "business " : "")\(unit)\(count == 1 ? "" : "s")"
    }

    private static func largestUnit(_ seconds: Int64, business: Bool) -> String {
        let units: [(Int64, String)] = business
            ? [(3_600, "hour"), (60, "minute")]
            : [(604_800, "week"), (86_400, "day"), (3_600, "hour"), (60, "minute")]
        for (length, name) in units where seconds != 0 && seconds % length == 0 {
            return amount(seconds / length, name, business: business)
        }
        if seconds == 0 { return amount(0, "minute", business: business) }
        return amount(seconds, "second", business: business)
    }
}
