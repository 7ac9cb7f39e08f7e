/// A working window within a day, in minutes after local midnight.
///
/// `end <= start` means the window runs past midnight into the next day
/// (`22:00-06:00` is start 1320, end 360). `end` may be 1440 (`24:00`).
public struct TimeWindow: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// Minutes after midnight at which the window opens, 0..<1440.
    public var start: Int
    /// Minutes after midnight at which it closes, 1...1440; at or before `start` for an overnight window.
    public var end: Int

    /// Creates a window.
    public init(start: Int, end: Int) {
        self.start = start
        self.end = end
    }

    /// Whether the window runs past midnight.
    public var isOvernight: Bool { end <= start }

    /// Its length in minutes.
    public var minutes: Int { isOvernight ? 1440 - start + end : end - start }

    public static func < (lhs: TimeWindow, rhs: TimeWindow) -> Bool {
        (lhs.start, lhs.end) < (rhs.start, rhs.end)
    }

    /// `HH:MM-HH:MM`.
    public var description: String { "\(Self.clock(start))-\(Self.clock(end))" }

    /// `HH:MM` for a minute of the day (1440 prints as `24:00`).
    public static func clock(_ minute: Int) -> String {
        let h = minute / 60, m = minute % 60
        return (h < 10 ? "0\(h)" : "\(h)") + ":" + (m < 10 ? "0\(m)" : "\(m)")
    }
}

/// The definition of a business calendar as the contract states it: a zone, weekly hours,
/// and holidays (closed, or short days whose hours replace the weekday's).
public struct CalendarSpec: Hashable, Sendable {
    /// The calendar's name in the contract (`na`, `emea`).
    public var name: String
    /// IANA time zone identifier, already validated by the compiler.
    public var timeZone: String
    /// Working windows per weekday, each sorted; a weekday absent or empty is closed.
    public var weekly: [Weekday: [TimeWindow]]
    /// Holidays: an empty list closes the day, a non-empty one replaces that day's windows.
    public var holidays: [LocalDate: [TimeWindow]]

    /// Creates a calendar definition.
    public init(name: String, timeZone: String, weekly: [Weekday: [TimeWindow]], holidays: [LocalDate: [TimeWindow]] = [:]) {
        self.name = name
        self.timeZone = timeZone
        self.weekly = weekly
        self.holidays = holidays
    }

    /// The windows that apply on `date`: the holiday's when it is one, else the weekday's.
    public func windows(on date: LocalDate) -> [TimeWindow] {
        holidays[date] ?? weekly[date.weekday] ?? []
    }

    /// Working minutes in an ordinary week (holidays ignored).
    public var weeklyMinutes: Int {
        weekly.values.reduce(0) { $0 + $1.reduce(0) { $0 + $1.minutes } }
    }
}
