import LeadpactCalendar
import LeadpactDiagnostics
import LeadpactExpressions

/// LP421 / LP420: `sales.calendar`'s `by:` must name a declared field, and that field must be
/// an enum, whose values the mapping's keys are.
enum CalendarFieldCheck: ContractCheck {
    static let sections = ["fields"]

    static func run(on draft: ContractDraft, context: CompilationContext) {
        guard case .byField(let field, _, _)? = draft.sales?.calendar else { return }
        let range = context.sourceMap.value("sales", "calendar", "by")
        guard let type = draft.fields[field] else {
            let guess = Suggestion.closest(to: field, in: draft.fields.keys.sorted())
            context.report(
                .unknownField, "'sales.calendar' chooses by unknown field '\(field)'" + (guess.map { "; did you mean '\($0)'?" } ?? ""),
                at: range,
                fixIts: guess.map { [FixIt("replace with '\($0)'", range: range, replacement: $0)] }
                    ?? [FixIt("declare '\(field)' under 'fields' as a list of values")]
            )
            return
        }
        if case .enumeration = type { return }
        context.report(
            .calendarFieldNotEnum,
            "'sales.calendar' chooses by '\(field)', which is \(type), not an enum; a calendar mapping needs a field with a list of values",
            at: range,
            notes: [DiagnosticNote("'\(field)' is declared here", range: context.sourceMap.key("fields", field))]
        )
    }
}
