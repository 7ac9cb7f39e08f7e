import LeadpactCalendar
import LeadpactDiagnostics

/// LP407 (warning): on the same clock, `accept_within` longer than `first_touch_within` lets
/// sales accept a lead after the deadline for touching it — usually the two are swapped.
enum AcceptVersusFirstTouchCheck: ContractCheck {
    static let sections: [String] = []

    static func run(on draft: ContractDraft, context: CompilationContext) {
        guard let accept = draft.sales?.acceptWithin, let touch = draft.sales?.firstTouchWithin,
              accept.isLonger(than: touch) == true
        else { return }
        context.report(
            .acceptSlowerThanFirstTouch,
            "'sales.accept_within' (\(DurationSyntax.format(accept))) is longer than 'sales.first_touch_within' (\(DurationSyntax.format(touch)))",
            at: context.sourceMap.value("sales", "accept_within"),
            notes: [DiagnosticNote("the first touch is due here", range: context.sourceMap.value("sales", "first_touch_within"))],
            fixIts: [FixIt("allow at most \(DurationSyntax.format(touch)) to accept a lead")]
        )
    }
}
