public import Foundation

/// A business calendar compiled from a `CalendarSpec`: answers business-time questions about
/// absolute instants (see docs/business-time.md for the exact semantics).
///
/// The calendar precomputes its working intervals as absolute instants with running totals,
/// lazily, for the years the questions touch, so `add` and `elapsed` are binary searches. It
/// covers instants in `BusinessCalendar.supportedRange` (1900 to 2299) and is closed outside
/// it: no working time is counted there, and a due that would fall beyond 2299 is
/// `Date.distantFuture`. Safe to share between threads.
public final class BusinessCalendar: @unchecked Sendable {
    /// The definition the calendar was compiled from.
    public let spec: CalendarSpec
    /// The calendar's zone.
    public let timeZone: TimeZone

    /// Guards `current`; the tables it points to are immutable.
    private let lock = NSLock()
    /// The widest table built so far, nil until the first question.
    private var current: WorkingTimeTable?

    /// Compiles a calendar; throws `BusinessCalendarError.unknownTimeZone` for a zone that
    /// Foundation does not know.
    public init(spec: CalendarSpec) throws {
        guard let zone = TimeZone(identifier: spec.timeZone) else {
            throw BusinessCalendarError.unknownTimeZone(spec.timeZone)
        }
        self.spec = spec
        self.timeZone = zone
    }

    /// The instants the calendar can have working time in: 1900-01-01T00:00Z ..< 2300-01-01T00:00Z.
    public static let supportedRange: Range<Date> =
        Date(timeIntervalSince1970: Double(supportedStart) / 1000)..<Date(timeIntervalSince1970: Double(supportedEnd) / 1000)

    /// `supportedRange` in milliseconds since 1970.
    static let supportedStart = Int64(LocalDate(year: 1900, month: 1, day: 1).daysSinceEpoch) * WorkingTimeTable.day
    static let supportedEnd = Int64(LocalDate(year: 2300, month: 1, day: 1).daysSinceEpoch) * WorkingTimeTable.day
    /// The widest day range a table may span: enough margin that every supported instant is covered.
    private static let firstTableDay = LocalDate(year: 1899, month: 12, day: 30).daysSinceEpoch
    private static let endTableDay = LocalDate(year: 2300, month: 1, day: 3).daysSinceEpoch

    /// A table that covers `low...high` (both clamped into the supported range).
    func table(covering low: Int64, through high: Int64) -> WorkingTimeTable {
        let low = Self.clamp(low), high = Self.clamp(high)
        lock.lock()
        defer { lock.unlock() }
        if let table = current, table.covers(low), table.covers(high) { return table }

        var first = Int(ZoneOffsetTable.floorDivide(low, WorkingTimeTable.day)) - 2
        var end = Int(ZoneOffsetTable.floorDivide(high, WorkingTimeTable.day)) + 3
        if let table = current {
            // Grow geometrically so that a walk through the years rebuilds only a few times.
            let span = table.endDay - table.firstDay
            first = first >= table.firstDay ? table.firstDay : min(first, table.firstDay - span)
            end = end <= table.endDay ? table.endDay : max(end, table.endDay + span)
        } else {
            first -= 366
            end += 3 * 366
        }
        first = max(first, Self.firstTableDay)
        end = min(end, Self.endTableDay)
        let zone = ZoneOffsetTable(
            zone: timeZone,
            from: Int64(first - 2) * WorkingTimeTable.day,
            to: Int64(end + 2) * WorkingTimeTable.day
        )
        let table = WorkingTimeTable(spec: spec, zone: zone, firstDay: first, endDay: end)
        current = table
        return table
    }

    /// Whether `table` already reaches the end of the supported range, so a wider one would
    /// tell nothing more.
    func isLast(_ table: WorkingTimeTable) -> Bool { table.covers(Self.supportedEnd) }

    /// `instant` clamped into the supported range (the end itself included).
    static func clamp(_ instant: Int64) -> Int64 { min(max(instant, supportedStart), supportedEnd) }

    /// Milliseconds since 1970 for a date, saturating far outside the supported range.
    static func milliseconds(_ date: Date) -> Int64 {
        let value = (date.timeIntervalSince1970 * 1000).rounded(.down)
        guard value.isFinite else { return value.isNaN ? 0 : (value > 0 ? Int64.max / 4 : Int64.min / 4) }
        return Int64(min(max(value, -1e17), 1e17))
    }

    /// The date for milliseconds since 1970.
    static func date(_ milliseconds: Int64) -> Date {
        Date(timeIntervalSince1970: Double(milliseconds) / 1000)
    }
}

/// Why a calendar could not be compiled.
public enum BusinessCalendarError: Error, Equatable, CustomStringConvertible {
    /// The zone identifier is not a known IANA zone.
    case unknownTimeZone(String)

    /// A message for the user.
    public var description: String {
        switch self {
        case .unknownTimeZone(let name): "unknown time zone '\(name)' (expected an IANA name such as America/New_York)"
        }
    }
}
