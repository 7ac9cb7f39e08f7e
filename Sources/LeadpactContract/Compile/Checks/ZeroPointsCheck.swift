import LeadpactCalendar
import LeadpactDiagnostics

/// LP424 (warning): a scoring rule worth 0 points changes no score.
enum ZeroPointsCheck: ContractCheck {
    static let sections: [String] = []

    static func run(on draft: ContractDraft, context: CompilationContext) {
        guard let scoring = draft.scoring else { return }
        for (rule, index) in zip(scoring.explicit, draft.explicitRuleIndices) where rule.points == 0 {
            report(["scoring", "explicit", String(index), "points"], context: context)
        }
        for (rule, index) in zip(scoring.implicit, draft.implicitRuleIndices) where rule.points == 0 {
            report(["scoring", "implicit", String(index), "points"], context: context)
        }
    }

    private static func report(_ path: ContractPath, context: CompilationContext) {
        context.report(
            .zeroPoints, "'\(path.display)' is 0, so this rule changes no score", at: context.sourceMap.value(at: path),
            fixIts: [.init("give the rule points, or remove it")]
        )
    }
}
