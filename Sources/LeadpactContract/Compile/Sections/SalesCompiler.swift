import LeadpactCalendar
import LeadpactDiagnostics
import LeadpactExpressions
import LeadpactYAML

/// Compiles `sales:`: the calendar the clock runs on, the accept and first-touch deadlines,
/// expedite rules, the touch sequence and the allowed reasons.
struct SalesCompiler {
    let context: CompilationContext
    var reader: NodeReader { NodeReader(context: context) }
    let path: ContractPath = ["sales"]

    /// Reads the section into `draft.sales`.
    func compile(_ node: YAMLNode, into draft: inout ContractDraft) {
        guard let section = MappingReader(
            node, at: path,
            keys: ["calendar", "accept_within", "first_touch_within", "expedite", "sequence", "reasons"],
            context: context
        ) else { return }
        let calendar = section["calendar"].flatMap { self.calendar($0, at: section.path(of: "calendar"), into: &draft) }
        let acceptWithin = section["accept_within"].flatMap { duration($0, at: section.path(of: "accept_within"), into: &draft) }
        let firstTouchWithin = section["first_touch_within"].flatMap {
            duration($0, at: section.path(of: "first_touch_within"), into: &draft)
        }
        var expedite: [ExpediteRule] = []
        if let node = section["expedite"], let items = reader.list(node, at: section.path(of: "expedite")) {
            for (index, item) in items.enumerated() {
                if let rule = expediteRule(item, at: section.path(of: "expedite").appending(index: index), into: &draft) {
                    expedite.append(rule)
                }
            }
        }
        let sequence = section["sequence"].flatMap { self.sequence($0, at: section.path(of: "sequence"), into: &draft) }
        var reasons: [String] = []
        if let node = section["reasons"], let items = reader.textList(node, at: section.path(of: "reasons")) {
            reasons = items.map(\.text)
            draft.distinctLists.append(DistinctList(
                noun: "reason", path: section.path(of: "reasons"),
                entries: items.map { NameOccurrence(name: $0.text, range: $0.node.range) }
            ))
        }
        draft.sales = SalesCommitments(
            calendar: calendar, acceptWithin: acceptWithin, firstTouchWithin: firstTouchWithin,
            expedite: expedite, sequence: sequence, reasons: reasons
        )
    }

    /// A duration of the sales section, where business time is allowed; recorded for the checks.
    func duration(_ node: YAMLNode, at path: ContractPath, into draft: inout ContractDraft) -> SLADuration? {
        guard let duration = reader.duration(node, at: path, businessAllowed: true) else { return nil }
        draft.durations.append((path, duration))
        return duration
    }

    private func expediteRule(_ node: YAMLNode, at path: ContractPath, into draft: inout ContractDraft) -> ExpediteRule? {
        guard let rule = MappingReader(
            node, at: path, keys: ["when", "first_touch_within"], required: ["when", "first_touch_within"], context: context
        ) else { return nil }
        let condition = rule["when"].flatMap { reader.condition($0, at: rule.path(of: "when"), environment: draft.environment) }
        let within = rule["first_touch_within"].flatMap {
            duration($0, at: rule.path(of: "first_touch_within"), into: &draft)
        }
        guard let condition, let within else { return nil }
        draft.conditions.append(condition)
        return ExpediteRule(when: condition.expression, firstTouchWithin: within)
    }

    private func sequence(_ node: YAMLNode, at path: ContractPath, into draft: inout ContractDraft) -> TouchSequence? {
        guard let sequence = MappingReader(
            node, at: path, keys: ["touches", "within", "channels"], required: ["touches", "within"], context: context
        ) else { return nil }
        let touches = sequence["touches"].flatMap { reader.integer($0, at: sequence.path(of: "touches")) }
        let within = sequence["within"].flatMap { duration($0, at: sequence.path(of: "within"), into: &draft) }
        var channels: [String: Int] = [:]
        var channelsRead = true
        if let node = sequence["channels"] {
            if let pairs = node.mapping {
                for pair in pairs {
                    guard let channel = pair.key.scalar else { continue }
                    let channelPath = sequence.path(of: "channels").appending(channel)
                    context.sourceMap.recordKey(pair.key.range, at: channelPath)
                    context.sourceMap.recordValue(pair.value.range, at: channelPath)
                    guard let minimum = reader.integer(pair.value, at: channelPath) else {
                        channelsRead = false
                        continue
                    }
                    channels[channel] = minimum
                }
            } else {
                reader.reportWrongKind(node, expected: "a mapping of channels to minimum touches", at: sequence.path(of: "channels"))
                channelsRead = false
            }
        }
        guard let touches, let within, channelsRead else { return nil }
        return TouchSequence(touches: touches, within: within, channels: channels)
    }
}
