import LeadpactCalendar
import LeadpactDiagnostics

/// LP403 (warning): a holiday outside the period the contract is in force never applies;
/// usually its year is wrong.
enum HolidayOutsideEffectivePeriodCheck: ContractCheck {
    static let sections: [String] = []

    static func run(on draft: ContractDraft, context: CompilationContext) {
        guard draft.effective != nil || draft.expires != nil else { return }
        for name in draft.calendarNames {
            guard let spec = draft.calendars[name] else { continue }
            for date in spec.holidays.keys.sorted() {
                let before = draft.effective.map { date < $0 } ?? false
                let after = draft.expires.map { date >= $0 } ?? false
                guard before || after else { continue }
                let period = [draft.effective.map { "in force from \($0)" }, draft.expires.map { "expiring \($0)" }]
                    .compactMap { $0 }.joined(separator: ", ")
                context.report(
                    .holidayOutsideEffectivePeriod,
                    "holiday \(date) of calendar '\(name)' is outside the contract's period (\(period)) and never applies",
                    at: context.sourceMap.value("calendars", name, "holidays", date.description),
                    fixIts: [FixIt("check the year, or remove the holiday")]
                )
            }
        }
    }
}
