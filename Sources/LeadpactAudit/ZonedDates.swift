public import Foundation
public import LeadpactCalendar
public import LeadpactContract

/// Local dates and instants in one IANA zone: the start of a day, month or quarter.
public struct ZonedDates: Sendable {
    /// The zone's identifier.
    public let timeZone: String
    private let calendar: Calendar

    /// Dates in `timeZone`; `nil` when the zone is unknown.
    public init?(timeZone: String) {
        guard let zone = TimeZone(identifier: timeZone) else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        self.timeZone = timeZone
        self.calendar = calendar
    }

    /// The first instant of `date` in the zone (00:00, or the first existing minute after a gap).
    public func startOfDay(_ date: LocalDate) -> Date {
        let components = DateComponents(year: date.year, month: date.month, day: date.day, hour: 0, minute: 0)
        if let instant = calendar.date(from: components) {
            return calendar.startOfDay(for: instant)
        }
        return Date(timeIntervalSince1970: TimeInterval(date.daysSinceEpoch) * 86_400)
    }

    /// The local date of `instant` in the zone.
    public func localDate(of instant: Date) -> LocalDate {
        let parts = calendar.dateComponents([.year, .month, .day], from: instant)
        return LocalDate(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1)
    }

    /// The first day of the month or quarter holding `date`.
    public func periodStart(of date: LocalDate, per: TargetPeriod) -> LocalDate {
        switch per {
        case .month: LocalDate(year: date.year, month: date.month, day: 1)
        case .quarter: LocalDate(year: date.year, month: (date.month - 1) / 3 * 3 + 1, day: 1)
        }
    }

    /// The first day of the month or quarter after the one starting at `start`.
    public func periodEnd(after start: LocalDate, per: TargetPeriod) -> LocalDate {
        let months = per == .month ? 1 : 3
        let index = start.year * 12 + (start.month - 1) + months
        return LocalDate(year: index / 12, month: index % 12 + 1, day: 1)
    }

    /// `2026-11` for a month, `2026-Q4` for a quarter.
    public func label(of start: LocalDate, per: TargetPeriod) -> String {
        switch per {
        case .month: String(start.description.prefix(7))
        case .quarter: "\(start.year)-Q\((start.month - 1) / 3 + 1)"
        }
    }
}
