import LeadpactCalendar
import LeadpactDiagnostics

/// LP427 (warning): a calendar that `sales.calendar` never chooses runs no clock.
enum UnusedCalendarCheck: ContractCheck {
    static let sections = ["sales"]

    static func run(on draft: ContractDraft, context: CompilationContext) {
        let used = Set(draft.calendarReferences.map(\.name))
        // A misspelt reference is reported by LP414; the calendar it meant is not unused.
        guard used.isSubset(of: draft.calendarNames) else { return }
        for name in draft.calendarNames where !used.contains(name) {
            context.report(
                .unusedCalendar, "calendar '\(name)' is never used: 'sales.calendar' does not choose it",
                at: context.sourceMap.key("calendars", name),
                fixIts: [.init("name it in 'sales.calendar', or remove it")]
            )
        }
    }
}
