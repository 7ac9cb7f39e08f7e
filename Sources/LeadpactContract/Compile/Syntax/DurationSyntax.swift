public import LeadpactCalendar
import LeadpactDiagnostics

/// The duration syntax of contracts (and of `leadpact due --add`).
///
/// `N unit` with unit `minute(s)`, `hour(s)`, `day(s)`, `week(s)` is wall-clock time of exact
/// length (a day is 24 hours, a week 168); the short forms `30m`, `1h`, `2d`, `1w` mean the
/// same. `N business minutes|hours|days` is measured on a business calendar. `business weeks`
/// are rejected: a calendar's week need not have five working days, so the contract says
/// what it means in business days. Letters are read case-insensitively.
public enum DurationSyntax {
    /// The length of each unit spelling in seconds.
    static let unitSeconds: [String: Int64] = [
        "m": 60, "minute": 60, "minutes": 60,
        "h": 3_600, "hour": 3_600, "hours": 3_600,
        "d": 86_400, "day": 86_400, "days": 86_400,
        "w": 604_800, "week": 604_800, "weeks": 604_800,
    ]

    /// The spellings offered in did-you-mean suggestions.
    static let suggestedUnits = ["minutes", "hours", "days", "weeks", "minute", "hour", "day", "week"]

    /// Parses `text` into a duration, or says what is wrong with it.
    public static func parse(_ text: String) -> Result<SLADuration, DurationSyntaxError> {
        let words = text.lowercased().split(whereSeparator: \.isWhitespace).map(String.init)
        switch words.count {
        case 1:
            let word = words[0]
            let digits = word.prefix { $0.isNumber || $0 == "." || $0 == "-" }
            guard !digits.isEmpty, digits.count < word.count else { return .failure(.malformed(text)) }
            return wallClock(number: String(digits), unit: String(word.dropFirst(digits.count)))
        case 2:
            return wallClock(number: words[0], unit: words[1])
        case 3 where words[1] == "business":
            return business(number: words[0], unit: words[2])
        default:
            return .failure(.malformed(text))
        }
    }

    private static func count(_ number: String) -> Result<Int64, DurationSyntaxError> {
        if number.hasPrefix("-") { return .failure(.negative) }
        if number.contains(".") || number.contains(",") { return .failure(.fractional) }
        guard !number.isEmpty, number.unicodeScalars.allSatisfy({ ("0"..."9").contains($0) }) else {
            return .failure(.malformed(number))
        }
        guard let value = Int64(number) else { return .failure(.tooLarge) }
        return .success(value)
    }

    private static func unit(_ unit: String) -> Result<Int64, DurationSyntaxError> {
        guard let seconds = unitSeconds[unit] else {
            return .failure(.unknownUnit(unit, suggestion: Suggestion.closest(to: unit, in: suggestedUnits)))
        }
        return .success(seconds)
    }

    private static func wallClock(number: String, unit unitText: String) -> Result<SLADuration, DurationSyntaxError> {
        count(number).flatMap { n in
            unit(unitText).flatMap { seconds in
                let (total, overflow) = n.multipliedReportingOverflow(by: seconds)
                return overflow ? .failure(.tooLarge) : .success(.wallClock(seconds: total))
            }
        }
    }

    private static func business(number: String, unit unitText: String) -> Result<SLADuration, DurationSyntaxError> {
        count(number).flatMap { n in
            unit(unitText).flatMap { seconds in
                switch seconds {
                case 604_800:
                    return .failure(.businessWeeks(n))
                case 86_400:
                    guard let days = Int(exactly: n) else { return .failure(.tooLarge) }
                    return .success(.businessDays(days))
                default:
                    let (total, overflow) = n.multipliedReportingOverflow(by: seconds)
                    return overflow ? .failure(.tooLarge) : .success(.businessTime(seconds: total))
                }
            }
        }
    }
}
