import LeadpactCalendar
import LeadpactDiagnostics
import LeadpactExpressions

/// LP402: a calendar must have some working time in an ordinary week, or no business
/// deadline measured on it would ever fall due.
enum CalendarNeverOpenCheck: ContractCheck {
    static let sections: [String] = []

    static func run(on draft: ContractDraft, context: CompilationContext) {
        for name in draft.calendarNames {
            guard let spec = draft.calendars[name], spec.weeklyMinutes == 0 else { continue }
            context.report(
                .calendarNeverOpen, "calendar '\(name)' has no working time in a week, so business time never passes on it",
                at: context.sourceMap.key("calendars", name),
                fixIts: [FixIt("give at least one day working hours, e.g. 'mon-fri: 09:00-17:00'")]
            )
        }
    }
}
