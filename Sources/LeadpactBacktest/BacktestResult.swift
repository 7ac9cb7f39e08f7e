public import LeadpactAudit
public import LeadpactContract
public import LeadpactSignoff

/// What a draft contract would have judged on the events a baseline judged, side by side:
/// the one result every backtest format renders.
public struct BacktestResult: Hashable, Sendable {
    /// The contract in force.
    public var baseline: AuditedContract
    /// The contract proposed.
    public var draft: AuditedContract
    /// The period both judged, `[from, to)`.
    public var period: ReportPeriod
    /// The semantic changes from the baseline to the draft.
    public var diff: ContractDiff
    /// Lines read and lines bad, under each contract (a line can be bad under one only).
    public var input: Paired<InputSummary>
    /// Every rule either contract defines, in rule-id order.
    public var rules: [RuleComparison]
    /// The handoffs of the period and how many converted, under each.
    public var handoffs: Paired<HandoffFigures>
    /// Volume and conversion targets judged in the period or open at its end, under each.
    public var targets: [TargetComparison]
    /// Breaches per owner under each, most breaches (either way) first.
    public var owners: [OwnerComparison]
    /// Leads whose verdict on a rule differs, by rule then lead.
    public var flips: [VerdictFlip]

    /// Creates a result from its parts.
    public init(
        baseline: AuditedContract, draft: AuditedContract, period: ReportPeriod, diff: ContractDiff,
        input: Paired<InputSummary>, rules: [RuleComparison], handoffs: Paired<HandoffFigures>,
        targets: [TargetComparison], owners: [OwnerComparison], flips: [VerdictFlip]
    ) {
        self.baseline = baseline
        self.draft = draft
        self.period = period
        self.diff = diff
        self.input = input
        self.rules = rules
        self.handoffs = handoffs
        self.targets = targets
        self.owners = owners
        self.flips = flips
    }

    /// Whether the draft judged every rule, handoff, target, owner and lead as the baseline did.
    public var judgesAlike: Bool {
        flips.isEmpty && handoffs.baseline == handoffs.draft
            && rules.allSatisfy { $0.baseline == $0.draft }
            && targets.allSatisfy { $0.baseline?.status == $0.draft?.status }
            && owners.allSatisfy { $0.baseline == $0.draft }
    }
}

/// One figure under the baseline and under the draft.
public struct Paired<Value: Hashable & Sendable>: Hashable, Sendable {
    /// Under the contract in force.
    public var baseline: Value
    /// Under the contract proposed.
    public var draft: Value

    /// Creates a pair.
    public init(baseline: Value, draft: Value) {
        self.baseline = baseline
        self.draft = draft
    }
}

/// One rule's obligations under each contract (all zero under a contract without the rule).
public struct RuleComparison: Hashable, Sendable {
    /// The rule.
    public var rule: AuditRule
    /// The side answering for it.
    public var side: Party { rule.side }
    /// Its counts under the baseline.
    public var baseline: ObligationCounts
    /// Its counts under the draft.
    public var draft: ObligationCounts

    /// Creates a row.
    public init(rule: AuditRule, baseline: ObligationCounts, draft: ObligationCounts) {
        self.rule = rule
        self.baseline = baseline
        self.draft = draft
    }

    /// met ÷ (met + breached) under each; `nil` where none was judged.
    public var compliance: Paired<Double?> {
        Paired(baseline: Self.compliance(baseline), draft: Self.compliance(draft))
    }

    /// The draft's compliance minus the baseline's; `nil` unless both judged some.
    public var complianceDelta: Double? {
        guard let before = compliance.baseline, let after = compliance.draft else { return nil }
        return after - before
    }

    /// met ÷ (met + breached), `nil` when none was judged.
    public static func compliance(_ counts: ObligationCounts) -> Double? {
        counts.met + counts.breached == 0 ? nil : Double(counts.met) / Double(counts.met + counts.breached)
    }
}

/// The handoffs of the period under one contract: the mqls logged (in the contract's
/// effective span), those meeting its MQL criteria, and how many of those reached an sql.
public struct HandoffFigures: Hashable, Sendable {
    /// Handoffs (mql events starting a cycle) in the period.
    public var handoffs: Int
    /// Of those, handoffs meeting `marketing.mql_criteria`: the MQL volume.
    public var mqls: Int
    /// Of the MQLs, those with an `sql` in their cycle.
    public var sqls: Int

    /// Creates the figures.
    public init(handoffs: Int, mqls: Int, sqls: Int) {
        self.handoffs = handoffs
        self.mqls = mqls
        self.sqls = sqls
    }

    /// sqls ÷ mqls: the MQL → SQL conversion; `nil` without MQLs.
    public var conversion: Double? { mqls == 0 ? nil : Double(sqls) / Double(mqls) }
}

/// One volume or conversion target period under each contract (`nil` where a contract does
/// not judge it).
public struct TargetComparison: Hashable, Sendable {
    /// `marketing.volume` or `marketing.conversion`.
    public var rule: AuditRule
    /// The volume target's `where` text, if any.
    public var segment: String?
    /// The target period: `2026-11` or `2026-Q4`.
    public var label: String
    /// The target under the baseline.
    public var baseline: TargetProgress?
    /// The target under the draft.
    public var draft: TargetProgress?

    /// Creates a row.
    public init(rule: AuditRule, segment: String?, label: String, baseline: TargetProgress?, draft: TargetProgress?) {
        self.rule = rule
        self.segment = segment
        self.label = label
        self.baseline = baseline
        self.draft = draft
    }
}

/// One owner's breaches under each contract.
public struct OwnerComparison: Hashable, Sendable {
    /// The owner, as breaches name them.
    public var owner: String
    /// Breaches under the baseline.
    public var baseline: Int
    /// Breaches under the draft.
    public var draft: Int

    /// Creates a row.
    public init(owner: String, baseline: Int, draft: Int) {
        self.owner = owner
        self.baseline = baseline
        self.draft = draft
    }
}
