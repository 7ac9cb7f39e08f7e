import LeadpactContract
import Foundation
import LeadpactAudit
import LeadpactSignoff

/// The machine form of a backtest, keys sorted:
/// `{"baseline":{"id","version","digest"}, "draft":{…}, "period":{"label","from","to"},
///   "changes":[{"path","kind","old","new","direction","side","summary"}],
///   "input":{"lines","bad_lines":{"baseline","draft"}},
///   "rules":{RULE:{"side","baseline":{"total","met","breached","waived","open","compliance"},"draft":{…},"delta":{…}}},
///   "handoffs":{"baseline":{"handoffs","mqls","sqls","conversion"},"draft":{…}},
///   "targets":[{"rule","segment","label","baseline":{"status","required","reached"},"draft":{…}}],
///   "owners":[{"owner","baseline","draft"}], "flips":[{"rule","lead","baseline","draft"}]}`.
/// Every flip is listed; a rate is `null` where nothing was judged.
enum BacktestJSONRenderer {
    /// The JSON, pretty-printed, ending with a newline.
    static func render(_ result: BacktestResult) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Strings, integers, finite rates and optionals always encode.
        guard let data = try? encoder.encode(Document(result)) else { return "{}\n" }
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    private struct Document: Encodable {
        let result: BacktestResult

        init(_ result: BacktestResult) { self.result = result }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Key.self)
            try container.encode(Contract(result.baseline), forKey: Key("baseline"))
            try container.encode(Contract(result.draft), forKey: Key("draft"))
            let zone = result.baseline.timeZone
            try container.encode([
                "label": result.period.label,
                "from": BacktestFigures.instant(result.period.from, timeZone: zone),
                "to": BacktestFigures.instant(result.period.to, timeZone: zone),
            ], forKey: Key("period"))
            try container.encode(result.diff.changes, forKey: Key("changes"))
            var input = container.nestedContainer(keyedBy: Key.self, forKey: Key("input"))
            try input.encode(result.input.baseline.lines, forKey: Key("lines"))
            try input.encode(
                ["baseline": result.input.baseline.badLines, "draft": result.input.draft.badLines], forKey: Key("bad_lines"))
            var rules = container.nestedContainer(keyedBy: Key.self, forKey: Key("rules"))
            for row in result.rules { try rules.encode(Rule(row), forKey: Key(row.rule.rawValue)) }
            var handoffs = container.nestedContainer(keyedBy: Key.self, forKey: Key("handoffs"))
            try handoffs.encode(Handoffs(result.handoffs.baseline), forKey: Key("baseline"))
            try handoffs.encode(Handoffs(result.handoffs.draft), forKey: Key("draft"))
            try container.encode(result.targets.map(Target.init), forKey: Key("targets"))
            try container.encode(result.owners.map(Owner.init), forKey: Key("owners"))
            try container.encode(result.flips.map(Flip.init), forKey: Key("flips"))
        }
    }

    private struct Key: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(_ name: String) { stringValue = name }
        init?(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    private struct Contract: Encodable {
        let contract: AuditedContract
        init(_ contract: AuditedContract) { self.contract = contract }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Key.self)
            try container.encode(contract.id, forKey: Key("id"))
            try container.encode(contract.version, forKey: Key("version"))
            try container.encode(contract.digest, forKey: Key("digest"))
        }
    }

    private struct Rule: Encodable {
        let row: RuleComparison
        init(_ row: RuleComparison) { self.row = row }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Key.self)
            try container.encode(row.side.rawValue, forKey: Key("side"))
            try container.encode(Counts(row.baseline, compliance: row.compliance.baseline), forKey: Key("baseline"))
            try container.encode(Counts(row.draft, compliance: row.compliance.draft), forKey: Key("draft"))
            let delta = ObligationCountsDelta(row.baseline, row.draft)
            var deltas = container.nestedContainer(keyedBy: Key.self, forKey: Key("delta"))
            for (name, value) in delta.values { try deltas.encode(value, forKey: Key(name)) }
            try deltas.encode(row.complianceDelta.map(BacktestJSONRenderer.rate), forKey: Key("compliance"))
        }
    }

    private struct ObligationCountsDelta {
        let values: [(String, Int)]
        init(_ a: ObligationCounts, _ b: ObligationCounts) {
            values = [
                ("total", b.total - a.total), ("met", b.met - a.met), ("breached", b.breached - a.breached),
                ("waived", b.waived - a.waived), ("open", b.open - a.open),
            ]
        }
    }

    private struct Counts: Encodable {
        let counts: ObligationCounts
        let compliance: Double?
        init(_ counts: ObligationCounts, compliance: Double?) { (self.counts, self.compliance) = (counts, compliance) }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Key.self)
            try container.encode(counts.total, forKey: Key("total"))
            try container.encode(counts.met, forKey: Key("met"))
            try container.encode(counts.breached, forKey: Key("breached"))
            try container.encode(counts.waived, forKey: Key("waived"))
            try container.encode(counts.open, forKey: Key("open"))
            try container.encode(compliance.map(BacktestJSONRenderer.rate), forKey: Key("compliance"))
        }
    }

    private struct Handoffs: Encodable {
        let figures: HandoffFigures
        init(_ figures: HandoffFigures) { self.figures = figures }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Key.self)
            try container.encode(figures.handoffs, forKey: Key("handoffs"))
            try container.encode(figures.mqls, forKey: Key("mqls"))
            try container.encode(figures.sqls, forKey: Key("sqls"))
            try container.encode(figures.conversion.map(BacktestJSONRenderer.rate), forKey: Key("conversion"))
        }
    }

    private struct Target: Encodable {
        let row: TargetComparison
        init(_ row: TargetComparison) { self.row = row }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Key.self)
            try container.encode(row.rule.rawValue, forKey: Key("rule"))
            try container.encode(row.segment, forKey: Key("segment"))
            try container.encode(row.label, forKey: Key("label"))
            for (name, target) in [("baseline", row.baseline), ("draft", row.draft)] {
                guard let target else {
                    try container.encodeNil(forKey: Key(name))
                    continue
                }
                var side = container.nestedContainer(keyedBy: Key.self, forKey: Key(name))
                try side.encode(BacktestFigures.verdict(target), forKey: Key("status"))
                try side.encode(target.required, forKey: Key("required"))
                try side.encode(target.reached, forKey: Key("reached"))
            }
        }
    }

    private struct Owner: Encodable {
        let row: OwnerComparison
        init(_ row: OwnerComparison) { self.row = row }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Key.self)
            try container.encode(row.owner, forKey: Key("owner"))
            try container.encode(row.baseline, forKey: Key("baseline"))
            try container.encode(row.draft, forKey: Key("draft"))
        }
    }

    private struct Flip: Encodable {
        let flip: VerdictFlip
        init(_ flip: VerdictFlip) { self.flip = flip }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Key.self)
            try container.encode(flip.rule.rawValue, forKey: Key("rule"))
            try container.encode(flip.lead, forKey: Key("lead"))
            try container.encode(flip.baseline.rawValue, forKey: Key("baseline"))
            try container.encode(flip.draft.rawValue, forKey: Key("draft"))
        }
    }

    /// A rate to six decimals, so the digits written are the figure, not float noise.
    fileprivate static func rate(_ value: Double) -> Double { (value * 1_000_000).rounded() / 1_000_000 }
}
