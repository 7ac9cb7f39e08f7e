public import LeadpactContract

/// How many obligations a report judged, by outcome.
public struct ObligationCounts: Hashable, Sendable {
    /// `met + breached + waived + open`.
    public var total: Int { met + breached + waived + open }
    /// Obligations met in the period.
    public var met: Int
    /// Obligations breached in the period.
    public var breached: Int
    /// Obligations waived in the period.
    public var waived: Int
    /// Obligations unresolved at the period's end.
    public var open: Int

    /// Creates counts.
    public init(met: Int = 0, breached: Int = 0, waived: Int = 0, open: Int = 0) {
        self.met = met
        self.breached = breached
        self.waived = waived
        self.open = open
    }

    /// Adds one obligation with `status`.
    public mutating func record(_ status: ObligationStatus) {
        switch status {
        case .met: met += 1
        case .breached: breached += 1
        case .waived: waived += 1
        case .open: open += 1
        }
    }

    /// The sum of two counts.
    public static func + (lhs: ObligationCounts, rhs: ObligationCounts) -> ObligationCounts {
        ObligationCounts(
            met: lhs.met + rhs.met, breached: lhs.breached + rhs.breached,
            waived: lhs.waived + rhs.waived, open: lhs.open + rhs.open)
    }
}

/// The counts of one rule.
public struct RuleCounts: Hashable, Sendable {
    /// The rule.
    public var rule: AuditRule
    /// The side answering for it.
    public var side: Party { rule.side }
    /// Its counts.
    public var counts: ObligationCounts

    /// Creates a rule's counts.
    public init(rule: AuditRule, counts: ObligationCounts) {
        self.rule = rule
        self.counts = counts
    }

    /// The sum of the counts of `side`'s rules among `rules`.
    static func sum(_ rules: [RuleCounts], side: Party) -> ObligationCounts {
        rules.filter { $0.side == side }.reduce(ObligationCounts()) { $0 + $1.counts }
    }
}
