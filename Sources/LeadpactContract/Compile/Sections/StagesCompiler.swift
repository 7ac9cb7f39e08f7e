import LeadpactCalendar
import LeadpactDiagnostics
import LeadpactExpressions
import LeadpactYAML

/// Compiles `stages:`: what makes a marketing-qualified and a sales-qualified lead.
struct StagesCompiler {
    let context: CompilationContext
    private var reader: NodeReader { NodeReader(context: context) }
    private let path: ContractPath = ["stages"]

    /// Reads the section into `draft.stages`.
    func compile(_ node: YAMLNode, into draft: inout ContractDraft) {
        guard let section = MappingReader(node, at: path, keys: ["mql", "sql"], context: context) else { return }
        if let node = section["mql"] {
            draft.stages.mql = mql(node, at: section.path(of: "mql"), into: &draft)
        }
        if let node = section["sql"],
           let stage = MappingReader(node, at: section.path(of: "sql"), keys: ["when"], required: ["when"], context: context),
           let when = stage["when"],
           let condition = reader.condition(when, at: stage.path(of: "when"), environment: draft.environment) {
            draft.conditions.append(condition)
            draft.stages.sql = SQLStage(when: condition.expression)
        }
    }

    private func mql(_ node: YAMLNode, at path: ContractPath, into draft: inout ContractDraft) -> MQLStage? {
        guard let stage = MappingReader(
            node, at: path, keys: ["when", "active_within"], required: ["when"], context: context
        ) else { return nil }
        let condition = stage["when"].flatMap {
            reader.condition($0, at: stage.path(of: "when"), environment: draft.environment)
        }
        var activeWithin: Int64?
        if let node = stage["active_within"] {
            activeWithin = reader.wallClockSeconds(node, at: stage.path(of: "active_within"))
            guard let activeWithin else { return nil }
            draft.durations.append((stage.path(of: "active_within"), .wallClock(seconds: activeWithin)))
        }
        guard let condition else { return nil }
        draft.conditions.append(condition)
        return MQLStage(when: condition.expression, activeWithinSeconds: activeWithin)
    }
}
