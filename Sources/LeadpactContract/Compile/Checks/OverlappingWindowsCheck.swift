import LeadpactCalendar
import LeadpactDiagnostics

/// LP419: working windows must not overlap — within a day, or where an overnight window runs
/// into the next day's first window (Sunday's runs into Monday's). Short days of holidays
/// are checked the same way within their day.
enum OverlappingWindowsCheck: ContractCheck {
    static let sections: [String] = []

    private static let week = 7 * 1440

    /// A window placed on the week's minute line, with the day it was written under.
    private struct Span {
        var start: Int
        var end: Int
        var day: Weekday
        var window: TimeWindow
    }

    static func run(on draft: ContractDraft, context: CompilationContext) {
        for name in draft.calendarNames {
            guard let spec = draft.calendars[name] else { continue }
            checkWeek(spec, context: context)
            for (date, windows) in spec.holidays.sorted(by: { $0.key < $1.key }) {
                for (a, b) in zip(windows, windows.dropFirst()) where !a.isOvernight && a.end > b.start {
                    context.report(
                        .overlappingWindows, "the windows \(a) and \(b) of \(date) in calendar '\(name)' overlap",
                        at: context.sourceMap.value("calendars", name, "holidays", date.description),
                        fixIts: [FixIt("merge them into one window")]
                    )
                }
            }
        }
    }

    private static func checkWeek(_ spec: CalendarSpec, context: CompilationContext) {
        var spans: [Span] = []
        for day in Weekday.allCases {
            for window in spec.weekly[day] ?? [] {
                let start = (day.rawValue - 1) * 1440 + window.start
                spans.append(Span(start: start, end: start + window.minutes, day: day, window: window))
            }
        }
        spans.sort { ($0.start, $0.end) < ($1.start, $1.end) }
        var pairs = Array(zip(spans, spans.dropFirst()))
        if let last = spans.last, let first = spans.first, spans.count > 1 {
            pairs.append((last, Span(start: first.start + week, end: first.end + week, day: first.day, window: first.window)))
        }
        // Days that share one `hours` key overlap the same way: report them once, together.
        var reported: [String: Int] = [:]
        var findings: [(message: String, days: [Weekday], range: SourceRange?)] = []
        for (a, b) in pairs where a.end > b.start {
            let range = context.sourceMap.value("calendars", spec.name, "hours", a.day.shortName)
            if a.day == b.day {
                let key = "\(range.map { "\($0.start)" } ?? "") \(a.window) \(b.window)"
                if let index = reported[key] {
                    findings[index].days.append(a.day)
                    continue
                }
                reported[key] = findings.count
                findings.append(("the windows \(a.window) and \(b.window) in calendar '\(spec.name)' overlap", [a.day], range))
            } else {
                let message = "the overnight window \(a.window) of '\(a.day.shortName)' runs into \(b.window) of '\(b.day.shortName)' in calendar '\(spec.name)'"
                findings.append((message, [], range))
            }
        }
        for finding in findings {
            let days = finding.days.isEmpty ? "" : " on " + finding.days.map(\.shortName).joined(separator: ", ")
            context.report(
                .overlappingWindows, finding.message + days, at: finding.range,
                fixIts: [FixIt("make each window end before the next one starts, or merge them")]
            )
        }
    }
}
