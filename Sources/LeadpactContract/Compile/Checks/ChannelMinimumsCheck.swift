import LeadpactCalendar
import LeadpactDiagnostics

/// LP405: a sequence's channel minimums are part of its touches; together they cannot ask
/// for more than `touches`.
enum ChannelMinimumsCheck: ContractCheck {
    static let sections: [String] = []

    static func run(on draft: ContractDraft, context: CompilationContext) {
        // A `touches` below 1 is reported by LP423.
        guard let sequence = draft.sales?.sequence, !sequence.channels.isEmpty, sequence.touches >= 1 else { return }
        var sum = 0
        for minimum in sequence.channels.values {
            let (next, overflow) = sum.addingReportingOverflow(max(0, minimum))
            sum = overflow ? Int.max : next
        }
        guard sum > sequence.touches else { return }
        context.report(
            .channelMinimumsExceedTouches,
            "the channel minimums of 'sales.sequence' add up to \(sum) touches, more than its \(sequence.touches) touches",
            at: context.sourceMap.value("sales", "sequence", "channels"),
            notes: [DiagnosticNote("'touches' is here", range: context.sourceMap.value("sales", "sequence", "touches"))],
            fixIts: [FixIt("raise 'touches' to at least \(sum), or lower the channel minimums")]
        )
    }
}
