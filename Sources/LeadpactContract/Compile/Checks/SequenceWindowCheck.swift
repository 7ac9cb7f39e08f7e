import LeadpactCalendar
import LeadpactDiagnostics

/// LP406: the touch sequence must fit its window. Each touch takes a rep at least a minute,
/// so `within` must allow at least one minute per touch (for wall-clock and business
/// minutes/hours), or at least one business day.
enum SequenceWindowCheck: ContractCheck {
    static let sections: [String] = []

    static func run(on draft: ContractDraft, context: CompilationContext) {
        guard let sequence = draft.sales?.sequence, sequence.touches > 0 else { return }
        let fits: Bool
        switch sequence.within {
        case .wallClock(let seconds), .businessTime(let seconds):
            fits = seconds / 60 >= Int64(sequence.touches)
        case .businessDays(let days):
            fits = days >= 1
        }
        guard !fits else { return }
        context.report(
            .sequenceCannotFit,
            "\(sequence.touches) touches cannot fit in \(DurationSyntax.format(sequence.within)): 'sales.sequence.within' must allow at least a minute per touch",
            at: context.sourceMap.value("sales", "sequence", "within"),
            fixIts: [FixIt("allow more time, e.g. '\(sequence.touches) business days'")]
        )
    }
}
