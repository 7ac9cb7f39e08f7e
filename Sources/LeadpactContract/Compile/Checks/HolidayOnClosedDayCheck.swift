import LeadpactCalendar
import LeadpactDiagnostics

/// LP404 (warning): a holiday that closes a day the calendar's week already closes changes
/// nothing; usually the date or the year is wrong.
enum HolidayOnClosedDayCheck: ContractCheck {
    static let sections: [String] = []

    private static let dayNames = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

    static func run(on draft: ContractDraft, context: CompilationContext) {
        for name in draft.calendarNames {
            guard let spec = draft.calendars[name] else { continue }
            for (date, windows) in spec.holidays.sorted(by: { $0.key < $1.key })
            where windows.isEmpty && (spec.weekly[date.weekday] ?? []).isEmpty {
                context.report(
                    .holidayOnClosedDay,
                    "holiday \(date) of calendar '\(name)' falls on a \(dayNames[date.weekday.rawValue - 1]), which the calendar already closes",
                    at: context.sourceMap.value("calendars", name, "holidays", date.description),
                    fixIts: [FixIt("check the date, or remove the holiday")]
                )
            }
        }
    }
}
