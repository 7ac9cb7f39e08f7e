import LeadpactCalendar
import LeadpactDiagnostics
import LeadpactExpressions

/// LP409 (warning): a condition that holds for every lead filters nothing — a `where` that
/// selects everyone, an expedite that applies to all, a stage anyone meets.
enum AlwaysTrueConditionCheck: ContractCheck {
    static let sections = ["fields", "activities"]

    static func run(on draft: ContractDraft, context: CompilationContext) {
        let environment = draft.environment
        for condition in draft.conditions
        where ExpressionAnalysis.constantTruth(condition.expression, environment: environment) == true {
            context.report(
                .expressionAlwaysTrue,
                "'\(condition.path.display)' is always true ('\(condition.source)'), so it filters nothing",
                at: condition.range,
                fixIts: [FixIt("tighten the condition, or remove it")]
            )
        }
    }
}
