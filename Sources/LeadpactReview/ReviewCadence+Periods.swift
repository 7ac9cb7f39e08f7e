public import LeadpactAudit
public import LeadpactContract
import LeadpactCalendar

extension ReviewCadence {
    /// The `count` periods of this cadence just before `period`, oldest first, in `zone`:
    /// 7 or 14 days for `weekly` and `biweekly`, one or three calendar months (the same day of
    /// the month, clamped to the month's length) for `monthly` and `quarterly`.
    public func periods(before period: ReportPeriod, count: Int, zone: ZonedDates) -> [ReportPeriod] {
        let anchor = zone.localDate(of: period.from)
        var end = anchor
        var periods: [ReportPeriod] = []
        for steps in 1..<(max(0, count) + 1) {
            let start = back(steps, from: anchor)
            periods.append(ReportPeriod(from: zone.startOfDay(start), to: zone.startOfDay(end), label: label(start, end)))
            end = start
        }
        return periods.reversed()
    }

    /// The start of the period `steps` cadences before `anchor` (months counted from the
    /// anchor itself, so a clamped day does not carry over).
    private func back(_ steps: Int, from anchor: LocalDate) -> LocalDate {
        switch self {
        case .weekly: anchor.adding(days: -7 * steps)
        case .biweekly: anchor.adding(days: -14 * steps)
        case .monthly: Self.months(back: steps, from: anchor)
        case .quarterly: Self.months(back: 3 * steps, from: anchor)
        }
    }

    private func label(_ start: LocalDate, _ end: LocalDate) -> String {
        if self == .monthly && start.day == 1 && end.day == 1 { return String(start.description.prefix(7)) }
        if self == .quarterly && start.day == 1 && end.day == 1 && (start.month - 1) % 3 == 0 {
            return "\(start.year)-Q\((start.month - 1) / 3 + 1)"
        }
        return "\(start)..\(end)"
    }

    private static func months(back count: Int, from date: LocalDate) -> LocalDate {
        let index = date.year * 12 + (date.month - 1) - count
        let year = index / 12, month = index % 12 + 1
        return LocalDate(year: year, month: month, day: min(date.day, LocalDate.daysIn(month: month, year: year)))
    }
}
