import LeadpactCalendar
import LeadpactDiagnostics
import LeadpactExpressions
import LeadpactYAML

/// Compiles `scoring:`: explicit (fit) rules, implicit (behaviour) rules and the half-life.
struct ScoringCompiler {
    let context: CompilationContext
    private var reader: NodeReader { NodeReader(context: context) }
    private let path: ContractPath = ["scoring"]

    /// Reads the section into `draft.scoring`.
    func compile(_ node: YAMLNode, into draft: inout ContractDraft) {
        guard let section = MappingReader(
            node, at: path, keys: ["explicit", "implicit", "half_life"], context: context
        ) else { return }
        var explicit: [ExplicitScoringRule] = []
        if let node = section["explicit"], let items = reader.list(node, at: section.path(of: "explicit")) {
            for (index, item) in items.enumerated() {
                if let rule = explicitRule(item, at: section.path(of: "explicit").appending(index: index), into: &draft) {
                    explicit.append(rule)
                    draft.explicitRuleIndices.append(index)
                }
            }
        }
        var implicit: [ImplicitScoringRule] = []
        if let node = section["implicit"], let items = reader.list(node, at: section.path(of: "implicit")) {
            var scored: [NameOccurrence] = []
            for (index, item) in items.enumerated() {
                if let rule = implicitRule(item, at: section.path(of: "implicit").appending(index: index), into: &draft) {
                    implicit.append(rule)
                    draft.implicitRuleIndices.append(index)
                    scored.append(NameOccurrence(
                        name: rule.activity,
                        range: context.sourceMap.value(at: section.path(of: "implicit") + [String(index), "activity"]) ?? item.range
                    ))
                }
            }
            draft.distinctLists.append(DistinctList(noun: "scored activity", path: section.path(of: "implicit"), entries: scored))
        }
        var halfLife: Int64?
        if let node = section["half_life"] {
            halfLife = reader.wallClockSeconds(node, at: section.path(of: "half_life"))
            if let halfLife { draft.durations.append((section.path(of: "half_life"), .wallClock(seconds: halfLife))) }
        }
        draft.scoring = ScoringModel(explicit: explicit, implicit: implicit, halfLifeSeconds: halfLife)
    }

    private func explicitRule(_ node: YAMLNode, at path: ContractPath, into draft: inout ContractDraft) -> ExplicitScoringRule? {
        guard let rule = MappingReader(node, at: path, keys: ["if", "points"], required: ["if", "points"], context: context)
        else { return nil }
        let condition = rule["if"].flatMap { reader.condition($0, at: rule.path(of: "if"), environment: draft.environment) }
        let points = rule["points"].flatMap { reader.integer($0, at: rule.path(of: "points")) }
        guard let condition, let points else { return nil }
        draft.conditions.append(condition)
        return ExplicitScoringRule(condition: condition.expression, points: points)
    }

    private func implicitRule(_ node: YAMLNode, at path: ContractPath, into draft: inout ContractDraft) -> ImplicitScoringRule? {
        guard let rule = MappingReader(
            node, at: path, keys: ["activity", "points", "max"], required: ["activity", "points"], context: context
        ) else { return nil }
        let activity = rule["activity"].flatMap { reader.nonEmptyText($0, at: rule.path(of: "activity")) }
        let points = rule["points"].flatMap { reader.integer($0, at: rule.path(of: "points")) }
        let max = rule["max"].flatMap { reader.integer($0, at: rule.path(of: "max")) }
        guard let activity, let points, rule["max"] == nil || max != nil else { return nil }
        if let node = rule["activity"] {
            draft.activityReferences.append(NameOccurrence(name: activity, range: node.range))
        }
        return ImplicitScoringRule(activity: activity, points: points, max: max)
    }
}
