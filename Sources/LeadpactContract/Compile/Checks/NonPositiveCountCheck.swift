import LeadpactCalendar
import LeadpactDiagnostics

/// LP423: counts that only make sense from 1 up — a volume target's `mqls`, a sequence's
/// `touches`, a channel minimum, an implicit rule's `max`.
enum NonPositiveCountCheck: ContractCheck {
    static let sections: [String] = []

    static func run(on draft: ContractDraft, context: CompilationContext) {
        if let volume = draft.marketing?.volume {
            for (target, index) in zip(volume, draft.volumeTargetIndices) where target.mqls < 1 {
                report(["marketing", "volume", String(index), "mqls"], target.mqls, context: context)
            }
        }
        if let implicit = draft.scoring?.implicit {
            for (rule, index) in zip(implicit, draft.implicitRuleIndices) {
                if let limit = rule.max, limit < 1 { report(["scoring", "implicit", String(index), "max"], limit, context: context) }
            }
        }
        if let sequence = draft.sales?.sequence {
            if sequence.touches < 1 { report(["sales", "sequence", "touches"], sequence.touches, context: context) }
            for (channel, minimum) in sequence.channels.sorted(by: { $0.key < $1.key }) where minimum < 1 {
                report(["sales", "sequence", "channels", channel], minimum, context: context)
            }
        }
    }

    private static func report(_ path: ContractPath, _ value: Int, context: CompilationContext) {
        context.report(
            .nonPositiveCount, "'\(path.display)' must be at least 1, found \(value)", at: context.sourceMap.value(at: path),
            fixIts: [FixIt("write a count of 1 or more, or remove the entry")]
        )
    }
}
