public import LeadpactCalendar
import LeadpactContract

extension ReportPeriod {
    /// The `count` periods of the same kind just before this one, oldest first, for a trend:
    /// the weeks before an ISO week, the months before a month, the quarters before a
    /// quarter, and for any other span the
    /// spans of the same number of days (in `timeZone`) before it. Empty for an unknown zone.
    public func preceding(_ count: Int, timeZone: String) -> [ReportPeriod] {
        guard count > 0, let zone = ZonedDates(timeZone: timeZone) else { return [] }
        let first = zone.localDate(of: from), last = zone.localDate(of: to)
        var periods: [ReportPeriod] = []
        if let per = Self.calendarPeriod(label), first.day == 1 {
            var start = first
            for _ in 0..<count {
                let earlier = Self.monthsBefore(start, per == .month ? 1 : 3)
                periods.append(ReportPeriod(
                    from: zone.startOfDay(earlier), to: zone.startOfDay(start), label: zone.label(of: earlier, per: per)))
                start = earlier
            }
        } else {
            let days = max(1, last.daysSinceEpoch - first.daysSinceEpoch)
            let isWeek = Self.isWeekLabel(label) && days == 7
            var end = first
            for _ in 0..<count {
                let start = end.adding(days: -days)
                let name = isWeek ? Self.isoWeekLabel(start) : "\(start)..\(end)"
                periods.append(ReportPeriod(from: zone.startOfDay(start), to: zone.startOfDay(end), label: name))
                end = start
            }
        }
        return periods.reversed()
    }

    /// `2026-W47` for the ISO week holding `date`.
    static func isoWeekLabel(_ date: LocalDate) -> String {
        let thursday = date.adding(days: 4 - date.weekday.rawValue)
        let yearStart = LocalDate(year: thursday.year, month: 1, day: 1)
        let week = (thursday.daysSinceEpoch - yearStart.daysSinceEpoch) / 7 + 1
        return "\(thursday.year)-W\(week < 10 ? "0" : "")\(week)"
    }

    /// The same day `months` calendar months before `date`, clamped to that month's length
    /// (`2026-03-31` → `2026-02-28`).
    public static func monthsBefore(_ date: LocalDate, _ months: Int) -> LocalDate {
        let index = date.year * 12 + (date.month - 1) - months
        let year = index / 12, month = index % 12 + 1
        return LocalDate(year: year, month: month, day: min(date.day, LocalDate.daysIn(month: month, year: year)))
    }

    /// `.month` for a label like `2026-11`, `.quarter` for one like `2026-Q4`.
    private static func calendarPeriod(_ label: String) -> TargetPeriod? {
        if label.count == 7 && LocalDate(iso: label + "-01") != nil { return .month }
        return quarterStart(label) != nil ? .quarter : nil
    }

    private static func isWeekLabel(_ label: String) -> Bool {
        let parts = label.split(separator: "-")
        return parts.count == 2 && parts[0].count == 4 && parts[1].first == "W" && Int(parts[1].dropFirst()) != nil
    }
}
