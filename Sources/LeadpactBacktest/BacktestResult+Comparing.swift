import Foundation
public import LeadpactAudit
import LeadpactContract
public import LeadpactSignoff

extension BacktestResult {
    /// Compares two audits of the same events and period: `baseline` under the contract in
    /// force, `draft` under the one proposed (both with cycle summaries), with `diff` between
    /// the two contracts.
    public init(baseline: AuditResult, draft: AuditResult, diff: ContractDiff) {
        let before = Dictionary(baseline.rules.map { ($0.rule, $0.counts) }, uniquingKeysWith: { a, _ in a })
        let after = Dictionary(draft.rules.map { ($0.rule, $0.counts) }, uniquingKeysWith: { a, _ in a })
        let rules = Set(before.keys).union(after.keys).sorted().map { rule in
            RuleComparison(rule: rule, baseline: before[rule] ?? ObligationCounts(), draft: after[rule] ?? ObligationCounts())
        }
        self.init(
            baseline: baseline.contract, draft: draft.contract, period: baseline.period, diff: diff,
            input: Paired(baseline: baseline.input, draft: draft.input), rules: rules,
            handoffs: Paired(baseline: Self.handoffs(baseline), draft: Self.handoffs(draft)),
            targets: Self.targets(baseline.targets, draft.targets),
            owners: Self.owners(baseline.breaches, draft.breaches),
            flips: Self.flips(baseline, draft))
    }

    /// The handoffs of the period under one audit (cycles started in the period, in force).
    private static func handoffs(_ result: AuditResult) -> HandoffFigures {
        let handedOff = result.cycles.filter { $0.inForce && result.period.contains($0.mqlAt) }
        let mqls = handedOff.filter(\.meetsMQLCriteria)
        return HandoffFigures(handoffs: handedOff.count, mqls: mqls.count, sqls: mqls.count { $0.sqlAt != nil })
    }

    private struct TargetKey: Hashable, Comparable {
        var end: Double
        var rule: AuditRule
        var segment: String
        var label: String

        static func < (a: TargetKey, b: TargetKey) -> Bool {
            (a.end, a.rule.rawValue, a.segment, a.label) < (b.end, b.rule.rawValue, b.segment, b.label)
        }
    }

    /// The targets of both audits paired by rule, segment and period.
    private static func targets(_ baseline: [TargetProgress], _ draft: [TargetProgress]) -> [TargetComparison] {
        func key(_ target: TargetProgress) -> TargetKey {
            TargetKey(end: target.end.timeIntervalSince1970, rule: target.rule, segment: target.segment ?? "", label: target.label)
        }
        let before = Dictionary(baseline.map { (key($0), $0) }, uniquingKeysWith: { a, _ in a })
        let after = Dictionary(draft.map { (key($0), $0) }, uniquingKeysWith: { a, _ in a })
        return Set(before.keys).union(after.keys).sorted().map { key in
            let any = before[key] ?? after[key]
            return TargetComparison(
                rule: key.rule, segment: any?.segment, label: key.label, baseline: before[key], draft: after[key])
        }
    }

    /// Breaches per owner under each audit, most breaches (either way) first, then by name.
    private static func owners(_ baseline: [Breach], _ draft: [Breach]) -> [OwnerComparison] {
        var counts: [String: (Int, Int)] = [:]
        for breach in baseline { counts[breach.owner, default: (0, 0)].0 += 1 }
        for breach in draft { counts[breach.owner, default: (0, 0)].1 += 1 }
        return counts.map { OwnerComparison(owner: $0.key, baseline: $0.value.0, draft: $0.value.1) }
            .sorted { (max($0.baseline, $0.draft), $1.owner) > (max($1.baseline, $1.draft), $0.owner) }
    }

    /// The leads whose verdict on a rule is `breached` under one audit and not the other.
    private static func flips(_ baseline: AuditResult, _ draft: AuditResult) -> [VerdictFlip] {
        let before = verdicts(baseline)
        let after = verdicts(draft)
        var flips: [VerdictFlip] = []
        for key in Set(before.keys).union(after.keys) {
            let (old, new) = (before[key] ?? .notBreached, after[key] ?? .notBreached)
            guard (old == .breached) != (new == .breached) else { continue }
            flips.append(VerdictFlip(rule: key.rule, lead: key.lead, baseline: old, draft: new))
        }
        return flips.sorted { ($0.rule.rawValue, $0.lead) < ($1.rule.rawValue, $1.lead) }
    }

    private struct LeadRule: Hashable {
        var rule: AuditRule
        var lead: String
    }

    /// Each lead's verdict per rule where it is breached or open (any other lead: not breached).
    private static func verdicts(_ result: AuditResult) -> [LeadRule: LeadVerdict] {
        var verdicts: [LeadRule: LeadVerdict] = [:]
        for open in result.open {
            guard let lead = open.lead else { continue }
            verdicts[LeadRule(rule: open.rule, lead: lead)] = .open
        }
        for breach in result.breaches {
            guard let lead = breach.lead else { continue }
            verdicts[LeadRule(rule: breach.rule, lead: lead)] = .breached
        }
        return verdicts
    }
}
