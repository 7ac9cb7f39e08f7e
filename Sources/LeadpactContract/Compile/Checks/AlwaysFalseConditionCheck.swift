import LeadpactCalendar
import LeadpactDiagnostics
import LeadpactExpressions

/// LP410: a condition that no lead can ever meet makes its rule dead (or its obligation
/// impossible), e.g. `region == na and region == emea`.
enum AlwaysFalseConditionCheck: ContractCheck {
    static let sections = ["fields", "activities"]

    static func run(on draft: ContractDraft, context: CompilationContext) {
        let environment = draft.environment
        for condition in draft.conditions
        where ExpressionAnalysis.constantTruth(condition.expression, environment: environment) == false {
            context.report(
                .expressionAlwaysFalse,
                "'\(condition.path.display)' can never be true ('\(condition.source)')",
                at: condition.range,
                fixIts: [FixIt("correct the condition so that some lead can meet it")]
            )
        }
    }
}
