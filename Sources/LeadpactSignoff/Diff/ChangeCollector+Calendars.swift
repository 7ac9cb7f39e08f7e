import LeadpactCalendar

extension ChangeCollector {
    /// `calendars:`. Sales' business clocks run only in working time, so more working time
    /// brings every business-time deadline sooner (tightened, sales) and a holiday pushes
    /// them later (loosened, sales).
    mutating func compareCalendars(_ old: [String: CalendarSpec], _ new: [String: CalendarSpec]) {
        for name in Set(old.keys).union(new.keys).sorted() {
            let path = "calendars.\(name)"
            switch (old[name], new[name]) {
            case (let before?, let after?):
                compareValue("\(path).timezone", before.timeZone, after.timeZone, side: .sales)
                for day in Weekday.allCases {
                    compareWorkingTime(
                        "\(path).hours.\(day.shortName)", before.weekly[day] ?? [], after.weekly[day] ?? [])
                }
                compareHolidays(path, before, after)
            case (let before?, nil): record(path, old: Self.outline(before), new: nil, .changed, .sales)
            case (nil, let after?): record(path, old: nil, new: Self.outline(after), .changed, .sales)
            case (nil, nil): continue
            }
        }
    }

    private mutating func compareHolidays(_ path: String, _ old: CalendarSpec, _ new: CalendarSpec) {
        for date in Set(old.holidays.keys).union(new.holidays.keys).sorted() {
            let holidayPath = "\(path).holidays.\(date)"
            switch (old.holidays[date], new.holidays[date]) {
            case (let before?, let after?):
                compareWorkingTime(holidayPath, before, after, describe: Self.holiday)
            case (let before?, nil):
                let ordinary = new.weekly[date.weekday] ?? []
                record(holidayPath, old: Self.holiday(before), new: nil, Self.verdict(before, ordinary), .sales)
            case (nil, let after?):
                let ordinary = old.weekly[date.weekday] ?? []
                record(holidayPath, old: nil, new: Self.holiday(after), Self.verdict(ordinary, after), .sales)
            case (nil, nil): continue
            }
        }
    }

    /// One day's working windows; more working minutes tighten sales.
    private mutating func compareWorkingTime(
        _ path: String, _ old: [TimeWindow], _ new: [TimeWindow],
        describe: ([TimeWindow]) -> String = ChangeCollector.hours
    ) {
        guard old.sorted() != new.sorted() else { return }
        record(path, old: describe(old), new: describe(new), Self.verdict(old, new), .sales)
    }

    /// Tightened when `new` has more working minutes than `old`, loosened when fewer.
    private static func verdict(_ old: [TimeWindow], _ new: [TimeWindow]) -> ChangeDirection {
        let before = old.reduce(0) { $0 + $1.minutes }, after = new.reduce(0) { $0 + $1.minutes }
        if after == before { return .changed }
        return after > before ? .tightened : .loosened
    }

    /// `09:00-12:00, 13:00-16:00`, or `closed`.
    static func hours(_ windows: [TimeWindow]) -> String {
        windows.isEmpty ? "closed" : windows.sorted().map(\.description).joined(separator: ", ")
    }

    /// `closed`, or `short day 09:00-12:00`.
    private static func holiday(_ windows: [TimeWindow]) -> String {
        windows.isEmpty ? "closed" : "short day \(hours(windows))"
    }

    /// A calendar in a few words: `America/New_York, 39:30 working hours a week, 2 holidays`.
    private static func outline(_ spec: CalendarSpec) -> String {
        let hours = TimeWindow.clock(spec.weeklyMinutes)
        let holidays = spec.holidays.count == 1 ? "1 holiday" : "\(spec.holidays.count) holidays"
        return "\(spec.timeZone), \(hours) working hours a week, \(holidays)"
    }
}
