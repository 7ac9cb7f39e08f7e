import LeadpactCalendar
import LeadpactDiagnostics

/// LP417 (warning): an expedite rule exists to speed up the first touch; one that allows
/// more time than `first_touch_within` (on the same clock) slows it down instead.
enum ExpediteSlowerCheck: ContractCheck {
    static let sections: [String] = []

    static func run(on draft: ContractDraft, context: CompilationContext) {
        guard let sales = draft.sales, let normal = sales.firstTouchWithin else { return }
        for (index, rule) in sales.expedite.enumerated() where rule.firstTouchWithin.isLonger(than: normal) == true {
            context.report(
                .expediteSlowerThanFirstTouch,
                "expedite rule \(index + 1) allows \(DurationSyntax.format(rule.firstTouchWithin)) for the first touch, more than the normal \(DurationSyntax.format(normal))",
                at: context.sourceMap.value("sales", "expedite", String(index), "first_touch_within"),
                notes: [DiagnosticNote("the normal first touch is due here", range: context.sourceMap.value("sales", "first_touch_within"))],
                fixIts: [FixIt("allow less than \(DurationSyntax.format(normal)), or remove the rule")]
            )
        }
    }
}
