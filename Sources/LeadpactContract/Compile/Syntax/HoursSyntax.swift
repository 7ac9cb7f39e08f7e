import LeadpactCalendar
import LeadpactDiagnostics

/// The syntax of a calendar's `hours`: keys name days (`mon`, `mon-fri`, `mon,wed`, or a mix
/// such as `mon-wed,fri`), values hold one or more `HH:MM-HH:MM` windows separated by commas.
/// `24:00` may end a window; a window whose end is before its start runs past midnight; one
/// that starts and ends at the same time is rejected (no time, or a whole day?).
enum HoursSyntax {
    /// Why a key or window could not be read, with the closest correct spelling if any.
    struct Problem: Error {
        var message: String
        var suggestion: String?
    }

    private static let longNames = [
        "monday": "mon", "tuesday": "tue", "wednesday": "wed", "thursday": "thu",
        "friday": "fri", "saturday": "sat", "sunday": "sun",
        "tues": "tue", "weds": "wed", "thur": "thu", "thurs": "thu",
    ]

    /// The weekdays a key names, in the order written (repeats included, for the caller to report).
    static func days(_ key: String) -> Result<[Weekday], Problem> {
        var days: [Weekday] = []
        for part in key.split(separator: ",", omittingEmptySubsequences: false) {
            let bounds = part.split(separator: "-", omittingEmptySubsequences: false)
            guard bounds.count <= 2 else {
                return .failure(Problem(message: "'\(part.trimmed)' is not a day or a range of days such as 'mon-fri'"))
            }
            var named: [Weekday] = []
            for bound in bounds {
                switch day(bound.trimmed) {
                case .success(let day): named.append(day)
                case .failure(let problem): return .failure(problem)
                }
            }
            if named.count == 2 {
                guard named[0] < named[1] else {
                    return .failure(Problem(
                        message: "the range '\(part.trimmed)' must run forward from Monday to Sunday, e.g. 'mon-fri'"
                    ))
                }
                days += Weekday.allCases.filter { $0 >= named[0] && $0 <= named[1] }
            } else {
                days += named
            }
        }
        return .success(days)
    }

    private static func day(_ name: String) -> Result<Weekday, Problem> {
        if let day = Weekday(shortName: name) { return .success(day) }
        let lowered = name.lowercased()
        let guess = Weekday(shortName: lowered)?.shortName ?? longNames[lowered]
            ?? Suggestion.closest(to: lowered, in: Weekday.allCases.map(\.shortName))
        let shown = name.isEmpty ? "an empty day name" : "'\(name)'"
        return .failure(Problem(
            message: "\(shown) is not a day; days are mon, tue, wed, thu, fri, sat, sun", suggestion: guess
        ))
    }

    /// The windows of one value, sorted by start.
    static func windows(_ text: String) -> Result<[TimeWindow], Problem> {
        var windows: [TimeWindow] = []
        for part in text.split(separator: ",", omittingEmptySubsequences: false) {
            switch window(part.trimmed) {
            case .success(let window): windows.append(window)
            case .failure(let problem): return .failure(problem)
            }
        }
        return .success(windows.sorted())
    }

    /// One `HH:MM-HH:MM` window.
    static func window(_ text: String) -> Result<TimeWindow, Problem> {
        let ends = text.split(separator: "-", omittingEmptySubsequences: false)
        guard ends.count == 2, let start = minute(of: ends[0].trimmed), let end = minute(of: ends[1].trimmed) else {
            return .failure(Problem(message: "'\(text)' is not a window; write HH:MM-HH:MM, e.g. 09:00-17:30"))
        }
        guard start < 1440 else {
            return .failure(Problem(message: "a window cannot start at 24:00; start it at 00:00 of the next day"))
        }
        guard start != end else {
            let opening = ends[0].trimmed
            let shift = start == 0 ? "" : ", or \(opening)-24:00 with 00:00-\(opening) on the next day for 24 hours from \(opening)"
            return .failure(Problem(
                message: "the window '\(text)' starts and ends at the same time, so it could mean no time or a whole day; write 00:00-24:00 for a whole day\(shift)"
            ))
        }
        return .success(TimeWindow(start: start, end: end == 0 ? 1440 : end))
    }

    /// Minutes after midnight of `H:MM` or `HH:MM` (00:00 … 24:00).
    static func minute(of clock: String) -> Int? {
        let parts = clock.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, (1...2).contains(parts[0].count), parts[1].count == 2,
              parts.allSatisfy({ $0.unicodeScalars.allSatisfy { ("0"..."9").contains($0) } }),
              let hour = Int(parts[0]), let minute = Int(parts[1]), minute < 60
        else { return nil }
        guard hour < 24 || (hour == 24 && minute == 0) else { return nil }
        return hour * 60 + minute
    }
}

extension Substring {
    /// The text without surrounding whitespace.
    var trimmed: String {
        String(drop { $0.isWhitespace }.reversed().drop { $0.isWhitespace }.reversed())
    }
}
