import LeadpactCalendar
import LeadpactDiagnostics
import LeadpactExpressions

/// A condition whose truth no lead can change, found with one analysis per condition:
/// - LP409 (warning): always true, so it filters nothing — a `where` that selects everyone,
///   an expedite that applies to all, a stage anyone meets;
/// - LP410: always false, so its rule is dead or its obligation impossible, e.g.
///   `region == na and region == emea`.
enum ConstantConditionCheck: ContractCheck {
    static let sections = ["fields", "activities"]

    static func run(on draft: ContractDraft, context: CompilationContext) {
        let environment = draft.environment
        for condition in draft.conditions {
            switch ExpressionAnalysis.constantTruth(condition.expression, environment: environment) {
            case true?:
                context.report(
                    .expressionAlwaysTrue,
                    "'\(condition.path.display)' is always true ('\(condition.source)'), so it filters nothing",
                    at: condition.range,
                    fixIts: [FixIt("tighten the condition, or remove it")]
                )
            case false?:
                context.report(
                    .expressionAlwaysFalse,
                    "'\(condition.path.display)' can never be true ('\(condition.source)')",
                    at: condition.range,
                    fixIts: [FixIt("correct the condition so that some lead can meet it")]
                )
            case nil:
                break
            }
        }
    }
}
