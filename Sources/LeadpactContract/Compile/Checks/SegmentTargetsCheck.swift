import LeadpactCalendar
import LeadpactDiagnostics

/// LP408 (warning): segment volume targets (`where`) of one period that together ask for
/// more MQLs than the period's total target; the total is then not the sum its parts suggest.
enum SegmentTargetsCheck: ContractCheck {
    static let sections = ["marketing"]

    static func run(on draft: ContractDraft, context: CompilationContext) {
        guard let volume = draft.marketing?.volume else { return }
        for period in TargetPeriod.allCases {
            let indexed = zip(draft.volumeTargetIndices, volume).map { (offset: $0, element: $1) }.filter { $0.element.per == period }
            guard let total = indexed.filter({ $0.element.segment == nil }).max(by: { $0.element.mqls < $1.element.mqls })
            else { continue }
            let segments = indexed.filter { $0.element.segment != nil }
            let sum = segments.reduce(0) { $0.addingReportingOverflow($1.element.mqls).partialValue }
            guard segments.count > 0, sum > total.element.mqls, let last = segments.last else { continue }
            context.report(
                .segmentTargetsExceedTotal,
                "the segment targets per \(period.rawValue) ask for \(sum) MQLs, more than the total target of \(total.element.mqls)",
                at: context.sourceMap.value("marketing", "volume", String(last.offset)),
                notes: [DiagnosticNote("the total target is here", range: context.sourceMap.value("marketing", "volume", String(total.offset)))],
                fixIts: [FixIt("raise the total target to at least \(sum), or lower the segment targets")]
            )
        }
    }
}
