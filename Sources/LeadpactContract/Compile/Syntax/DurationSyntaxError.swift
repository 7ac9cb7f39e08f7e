import LeadpactCalendar
import LeadpactDiagnostics

/// Why a duration's text could not be read.
public enum DurationSyntaxError: Error, Hashable, Sendable, CustomStringConvertible {
    /// Not `N unit`, `N business unit` or a short form such as `30m`.
    case malformed(String)
    /// A unit that is not minutes, hours, days or weeks; with the closest spelling, if any.
    case unknownUnit(String, suggestion: String?)
    /// A count with a fraction, such as `1.5 hours`.
    case fractional
    /// A negative count.
    case negative
    /// `N business weeks`, which the language does not define.
    case businessWeeks(Int64)
    /// A count too large to represent in seconds.
    case tooLarge

    /// One sentence saying what is wrong.
    public var description: String {
        switch self {
        case .malformed(let text):
            "'\(text)' is not a duration; write 'N unit' such as '30 minutes', '2 days', '1 business hour' or '30m'"
        case .unknownUnit(let unit, let suggestion):
            "unknown unit '\(unit)'" + (suggestion.map { "; did you mean '\($0)'?" } ?? "; use minutes, hours, days or weeks")
        case .fractional:
            "a duration counts whole units; write '90 minutes' rather than '1.5 hours'"
        case .negative:
            "a duration cannot be negative"
        case .businessWeeks(let weeks):
            "'\(weeks) business weeks' is ambiguous because a calendar's week need not have five working days; write business days"
        case .tooLarge:
            "the duration is too long to represent"
        }
    }
}
