public import LeadpactContract

/// The contract a report was checked against.
public struct AuditedContract: Hashable, Sendable {
    /// `contract.id`.
    public var id: String
    /// `contract.version`.
    public var version: String
    /// The compiled digest, `sha256:…`.
    public var digest: String
    /// `contract.title`.
    public var title: String
    /// `contract.timezone`: the zone every report time is written in.
    public var timeZone: String

    /// Creates the identity.
    public init(id: String, version: String, digest: String, title: String, timeZone: String) {
        self.id = id
        self.version = version
        self.digest = digest
        self.title = title
        self.timeZone = timeZone
    }
}

/// Everything one audit found: the single result every report format renders.
public struct AuditResult: Hashable, Sendable {
    /// The contract checked.
    public var contract: AuditedContract
    /// The period covered, `[from, to)`.
    public var period: ReportPeriod
    /// Obligations resolved in the period (plus those open at its end), by outcome.
    public var obligations: ObligationCounts
    /// The same counts per rule, for every rule the contract defines, in rule-id order.
    public var rules: [RuleCounts]
    /// Breaches, sorted by (resolved_at, rule, lead).
    public var breaches: [Breach]
    /// Obligations open at the period's end, sorted by (due, rule, lead).
    public var open: [OpenObligation]
    /// What was read.
    public var input: InputSummary
    /// Cycles relevant to the period (started before its end and not ended before its
    /// start), sorted by (mql time, lead).
    public var cycles: [CycleSummary]
    /// Targets reported in the period or open at its end, sorted by (end, rule, segment).
    public var targets: [TargetProgress]
    /// The per-rule counts of the periods the audit was asked to count, in the order asked
    /// (`AuditOptions.countedPeriods`, or the `trendPeriods` before this one, oldest first);
    /// not part of the JSON report.
    public var counted: [CountedPeriod]

    /// The compliance of each counted period, a point of the trend chart.
    public var trend: [CompliancePoint] {
        counted.map { CompliancePoint(label: $0.period.label, rules: $0.rules) }
    }

    /// Creates a result.
    public init(
        contract: AuditedContract, period: ReportPeriod, obligations: ObligationCounts, rules: [RuleCounts],
        breaches: [Breach], open: [OpenObligation], input: InputSummary, cycles: [CycleSummary],
        targets: [TargetProgress], counted: [CountedPeriod] = []
    ) {
        self.contract = contract
        self.period = period
        self.obligations = obligations
        self.rules = rules
        self.breaches = breaches
        self.open = open
        self.input = input
        self.cycles = cycles
        self.targets = targets
        self.counted = counted
    }

    /// The counts of one side.
    public func counts(for side: Party) -> ObligationCounts {
        RuleCounts.sum(rules, side: side)
    }
}

/// A period an audit counted in its pass (`AuditOptions.countedPeriods`): its obligations
/// resolved in it, per rule and outcome, as an audit of that period alone counts them (no
/// open ones).
public struct CountedPeriod: Hashable, Sendable {
    /// The period.
    public var period: ReportPeriod
    /// Counts per rule, for every rule the contract defines, in rule-id order.
    public var rules: [RuleCounts]

    /// Creates a counted period.
    public init(period: ReportPeriod, rules: [RuleCounts]) {
        self.period = period
        self.rules = rules
    }

    /// The counts of one side.
    public func counts(for side: Party) -> ObligationCounts {
        RuleCounts.sum(rules, side: side)
    }
}
