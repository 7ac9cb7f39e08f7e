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
            periods.append(ReportPeriod(
                from: zone.startOfDay(start), to: zone.startOfDay(end), label: label(start, end, zone: zone)))
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
        case .monthly: ReportPeriod.monthsBefore(anchor, steps)
        case .quarterly: ReportPeriod.monthsBefore(anchor, 3 * steps)
        }
    }

    /// `2026-11` or `2026-Q4` for a whole calendar month or quarter, else `START..END`.
    private func label(_ start: LocalDate, _ end: LocalDate, zone: ZonedDates) -> String {
        if self == .monthly && start.day == 1 && end.day == 1 { return zone.label(of: start, per: .month) }
        if self == .quarterly && start.day == 1 && end.day == 1 && (start.month - 1) % 3 == 0 {
            return zone.label(of: start, per: .quarter)
        }
        return "\(start)..\(end)"
    }
}
