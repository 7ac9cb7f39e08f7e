import LeadpactCalendar
import LeadpactDiagnostics

/// LP418: lists of names (activities, enum values, reasons, handoff context keys, review
/// metrics, holidays, scored activities) must not repeat an entry.
enum DuplicateEntryCheck: ContractCheck {
    static let sections: [String] = []

    static func run(on draft: ContractDraft, context: CompilationContext) {
        for list in draft.distinctLists {
            var first: [String: SourceRange] = [:]
            for entry in list.entries {
                guard let earlier = first[entry.name] else {
                    first[entry.name] = entry.range
                    continue
                }
                context.report(
                    .duplicateEntry, "duplicate \(list.noun) '\(entry.name)' in '\(list.path.display)'", at: entry.range,
                    notes: [DiagnosticNote("'\(entry.name)' is first listed here", range: earlier)],
                    fixIts: [FixIt("remove this entry")]
                )
            }
        }
    }
}
