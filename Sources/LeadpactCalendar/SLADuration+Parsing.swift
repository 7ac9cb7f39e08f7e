extension SLADuration {
    /// Reads a duration as a contract writes it, or nil when the text is not one.
    ///
    /// - `N unit`, unit `minute(s)`, `hour(s)`, `day(s)`, `week(s)`: wall-clock, exact lengths.
    /// - Short forms `30m`, `1h`, `2d`, `1w` (also `30 m`): wall-clock.
    /// - `N business minute(s)|hour(s)`: working time; `N business day(s)`: working days.
    ///
    /// N is a whole number without sign; a total that overflows is rejected.
    public static func parse(_ text: String) -> SLADuration? {
        let words = text.split(whereSeparator: { $0 == " " || $0 == "\t" })
        guard let first = words.first else { return nil }

        var count: Int64?
        var rest = Array(words.dropFirst())
        if let number = wholeNumber(first) {
            count = number
        } else if let unitIndex = first.firstIndex(where: { !$0.isASCII || !$0.isNumber }),
                  unitIndex > first.startIndex, let number = wholeNumber(first[..<unitIndex]) {
            count = number
            rest.insert(first[unitIndex...], at: 0)
        }
        guard let count else { return nil }

        let business = rest.first == "business"
        if business { rest.removeFirst() }
        guard rest.count == 1, let unit = Unit(rest[0], business: business) else { return nil }

        if business, unit == .day {
            guard count <= Int64(Int32.max) else { return nil }
            return .businessDays(Int(count))
        }
        let (seconds, overflow) = count.multipliedReportingOverflow(by: unit.seconds)
        guard !overflow else { return nil }
        return business ? .businessTime(seconds: seconds) : .wallClock(seconds: seconds)
    }

    /// The units a duration may be written in.
    private enum Unit {
        case minute, hour, day, week

        /// Reads a unit word; the one-letter forms and weeks only for wall-clock durations.
        init?(_ word: Substring, business: Bool) {
            switch word {
            case "minute", "minutes": self = .minute
            case "hour", "hours": self = .hour
            case "day", "days": self = .day
            case "week", "weeks", "w": if business { return nil } else { self = .week }
            case "m": if business { return nil } else { self = .minute }
            case "h": if business { return nil } else { self = .hour }
            case "d": if business { return nil } else { self = .day }
            default: return nil
            }
        }

        var seconds: Int64 {
            switch self {
            case .minute: 60
            case .hour: 3600
            case .day: 86_400
            case .week: 604_800
            }
        }
    }

    /// Digits only (no sign, no separators), within Int64.
    private static func wholeNumber(_ text: Substring) -> Int64? {
        guard !text.isEmpty, text.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return Int64(text)
    }
}
