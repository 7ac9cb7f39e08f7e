import LeadpactCalendar
import LeadpactDiagnostics

/// LP422: an implicit scoring rule must score an activity that `activities` declares.
enum UnknownActivityCheck: ContractCheck {
    static let sections = ["activities"]

    static func run(on draft: ContractDraft, context: CompilationContext) {
        let declared = Set(draft.activities)
        for reference in draft.activityReferences where !declared.contains(reference.name) {
            let guess = Suggestion.closest(to: reference.name, in: draft.activities)
            context.report(
                .unknownActivity,
                "unknown activity '\(reference.name)'" + (guess.map { "; did you mean '\($0)'?" } ?? ""),
                at: reference.range,
                notes: guess == nil ? [DiagnosticNote("declare it under 'activities'")] : [],
                fixIts: guess.map { [FixIt("replace with '\($0)'", range: reference.range, replacement: $0)] } ?? []
            )
        }
    }
}
