import Foundation
import LeadpactCalendar

/// Shorthands for building calendars and instants in tests.
enum CalendarTestSupport {
    /// A window from `HH:MM-HH:MM` text.
    static func window(_ text: String) -> TimeWindow {
        let parts = text.split(separator: "-").map { part -> Int in
            let clock = part.split(separator: ":").compactMap { Int($0) }
            return clock[0] * 60 + clock[1]
        }
        return TimeWindow(start: parts[0], end: parts[1])
    }

    /// A calendar whose `days` (e.g. `[.monday, .friday]`) all share `windows`.
    static func calendar(
        _ zone: String, days: [Weekday], windows: [String], holidays: [String: [String]] = [:],
        extra: [Weekday: [String]] = [:]
    ) -> BusinessCalendar? {
        var weekly: [Weekday: [TimeWindow]] = [:]
        for day in days { weekly[day] = windows.map(window).sorted() }
        for (day, list) in extra { weekly[day] = list.map(window).sorted() }
        var closed: [LocalDate: [TimeWindow]] = [:]
        for (date, list) in holidays {
            guard let local = LocalDate(iso: date) else { return nil }
            closed[local] = list.map(window).sorted()
        }
        return try? BusinessCalendar(spec: CalendarSpec(name: "test", timeZone: zone, weekly: weekly, holidays: closed))
    }

    /// The contract brief's `na` calendar (split Friday, Thanksgiving, a short Christmas Eve).
    static var northAmerica: BusinessCalendar? {
        calendar(
            "America/New_York", days: [.monday, .tuesday, .wednesday, .thursday], windows: ["09:00-17:30"],
            holidays: ["2026-11-26": [], "2026-12-24": ["09:00-12:00"], "2027-01-01": []],
            extra: [.friday: ["09:00-12:00", "13:00-16:00"]]
        )
    }

    static let weekdays: [Weekday] = [.monday, .tuesday, .wednesday, .thursday, .friday]

    /// An instant from RFC 3339 text (nil when the text is malformed, which fails the test's expectation).
    static func at(_ text: String) -> Date? { RFC3339.parse(text) }
}
