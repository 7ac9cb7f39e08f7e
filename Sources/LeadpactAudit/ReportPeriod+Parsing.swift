import Foundation
import LeadpactCalendar
import LeadpactContract

/// Why a `--week`, `--month`, `--quarter` or `--from/--to` value was refused.
public struct ReportPeriodError: Error, CustomStringConvertible, Sendable {
    /// What is wrong and what to write instead.
    public var description: String

    init(_ description: String) { self.description = description }
}

extension ReportPeriod {
    /// An ISO week, `2026-W47`: Monday 00:00 to the next Monday 00:00 in `timeZone`.
    public static func week(_ text: String, timeZone: String) throws(ReportPeriodError) -> ReportPeriod {
        let zone = try dates(timeZone)
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 4, let year = Int(parts[0]),
              parts[1].count == 3, parts[1].first == "W", let week = Int(parts[1].dropFirst()), week >= 1
        else { throw ReportPeriodError("invalid week '\(text)': write an ISO week like 2026-W47") }
        // ISO week 1 holds January 4th; its Monday starts the week-numbering year.
        let january4 = LocalDate(year: year, month: 1, day: 4)
        let week1Monday = january4.adding(days: 1 - january4.weekday.rawValue)
        let nextYearWeek1 = LocalDate(year: year + 1, month: 1, day: 4)
        let weeksInYear = (nextYearWeek1.adding(days: 1 - nextYearWeek1.weekday.rawValue).daysSinceEpoch
            - week1Monday.daysSinceEpoch) / 7
        guard week <= weeksInYear else {
            throw ReportPeriodError("invalid week '\(text)': \(year) has \(weeksInYear) ISO weeks")
        }
        let monday = week1Monday.adding(days: (week - 1) * 7)
        return ReportPeriod(from: zone.startOfDay(monday), to: zone.startOfDay(monday.adding(days: 7)), label: text)
    }

    /// A calendar month, `2026-11`, in `timeZone`.
    public static func month(_ text: String, timeZone: String) throws(ReportPeriodError) -> ReportPeriod {
        let zone = try dates(timeZone)
        guard let first = LocalDate(iso: text + "-01"), text.count == 7 else {
            throw ReportPeriodError("invalid month '\(text)': write a month like 2026-11")
        }
        let next = zone.periodEnd(after: first, per: .month)
        return ReportPeriod(from: zone.startOfDay(first), to: zone.startOfDay(next), label: text)
    }

    /// A calendar quarter, `2026-Q4`: from the first day of its first month to the first
    /// day of the next quarter, in `timeZone`.
    public static func quarter(_ text: String, timeZone: String) throws(ReportPeriodError) -> ReportPeriod {
        let zone = try dates(timeZone)
        guard let first = quarterStart(text) else {
            throw ReportPeriodError("invalid quarter '\(text)': write a quarter like 2026-Q4 (Q1 to Q4)")
        }
        let next = zone.periodEnd(after: first, per: .quarter)
        return ReportPeriod(from: zone.startOfDay(first), to: zone.startOfDay(next), label: text)
    }

    /// The first day of the quarter `text` names (`2026-Q4`: four ASCII digits, `-Q`, 1 to 4);
    /// `nil` for any other text.
    static func quarterStart(_ text: String) -> LocalDate? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 4, parts[0].allSatisfy({ $0.isASCII && $0.isNumber }), let year = Int(parts[0]),
              parts[1].count == 2, parts[1].first == "Q", let quarter = Int(parts[1].dropFirst()), (1...4).contains(quarter)
        else { return nil }
        return LocalDate(year: year, month: (quarter - 1) * 3 + 1, day: 1)
    }

    /// `--from D --to D`: dates in `timeZone`, `to` exclusive.
    public static func range(from: String, to: String, timeZone: String) throws(ReportPeriodError) -> ReportPeriod {
        let zone = try dates(timeZone)
        guard let start = LocalDate(iso: from) else {
            throw ReportPeriodError("invalid --from date '\(from)': write a date like 2026-11-01")
        }
        guard let end = LocalDate(iso: to) else {
            throw ReportPeriodError("invalid --to date '\(to)': write a date like 2026-12-01")
        }
        guard start < end else {
            throw ReportPeriodError("--to \(to) must come after --from \(from) (--to is exclusive)")
        }
        return ReportPeriod(from: zone.startOfDay(start), to: zone.startOfDay(end), label: "\(from)..\(to)")
    }

    private static func dates(_ timeZone: String) throws(ReportPeriodError) -> ZonedDates {
        guard let zone = ZonedDates(timeZone: timeZone) else {
            throw ReportPeriodError("unknown time zone '\(timeZone)'")
        }
        return zone
    }
}
