import LeadpactCalendar
import LeadpactDiagnostics

/// LP403 (warning): a holiday outside the period the contract is in force never applies;
/// usually its year is wrong.
enum HolidayOutsideEffectivePeriodCheck: ContractCheck {
    static let sections = ["calendars", "contract"]

    static func run(on draft: ContractDraft, context: CompilationContext) {
        guard let metadata = draft.metadata, metadata.effective != nil || metadata.expires != nil else { return }
        for name in draft.calendarNames {
            guard let spec = draft.calendars[name] else { continue }
            for date in spec.holidays.keys.sorted() {
                let before = metadata.effective.map { date < $0 } ?? false
                let after = metadata.expires.map { date >= $0 } ?? false
                guard before || after else { continue }
                let period = [metadata.effective.map { "from \($0)" }, metadata.expires.map { "expiring \($0)" }]
                    .compactMap { $0 }.joined(separator: " ")
                context.report(
                    .holidayOutsideEffectivePeriod,
                    "holiday \(date) of calendar '\(name)' is outside the contract's effective period (\(period)) and never applies",
                    at: context.sourceMap.value("calendars", name, "holidays", date.description),
                    fixIts: [FixIt("check the year, or remove the holiday")]
                )
            }
        }
    }
}
