import LeadpactCalendar
import LeadpactDiagnostics

/// LP414: `sales.calendar` may name only calendars that `calendars` defines.
enum UnknownCalendarCheck: ContractCheck {
    static let sections = ["calendars"]

    static func run(on draft: ContractDraft, context: CompilationContext) {
        let declared = Set(draft.calendarNames)
        for reference in draft.calendarReferences where !declared.contains(reference.name) {
            let guess = Suggestion.closest(to: reference.name, in: draft.calendarNames)
            let known = draft.calendarNames.isEmpty ? "no calendars are defined" : "defined: \(draft.calendarNames.joined(separator: ", "))"
            context.report(
                .unknownCalendar,
                "unknown calendar '\(reference.name)'" + (guess.map { "; did you mean '\($0)'?" } ?? ""),
                at: reference.range,
                notes: [DiagnosticNote(known)],
                fixIts: guess.map { [FixIt("replace with '\($0)'", range: reference.range, replacement: $0)] }
                    ?? [FixIt("define '\(reference.name)' under 'calendars'")]
            )
        }
    }
}
