/// An earlier period of a report's trend, `[from, to)` in milliseconds.
struct PeriodWindow: Sendable {
    let from: Int64
    let to: Int64
}

extension ObligationLedger {
    /// Counts an obligation resolved at `moment`, outside the report's period, for the earlier
    /// period holding it (none: it is not counted).
    mutating func countEarlier(_ rule: AuditRule, _ status: ObligationStatus, at moment: Int64) {
        for index in earlier.indices where moment >= earlier[index].from && moment < earlier[index].to {
            earlierCounts[index * AuditRule.allCases.count + rule.ordinal].record(status)
            return
        }
    }

    /// Counts a judged target of an earlier period: the one with `from < end <= to`, as the
    /// report of that period judges it.
    mutating func judgeEarlierTarget(_ rule: AuditRule, met: Bool, end: Int64) {
        for index in earlier.indices where end > earlier[index].from && end <= earlier[index].to {
            earlierCounts[index * AuditRule.allCases.count + rule.ordinal].record(met ? .met : .breached)
            return
        }
    }

    /// The counts of each earlier period, oldest first: per rule, in rule-id order, every
    /// defined rule listed.
    var earlierRuleCounts: [[RuleCounts]] {
        let width = AuditRule.allCases.count
        return earlier.indices.map { index in
            rules.sorted().map { RuleCounts(rule: $0, counts: earlierCounts[index * width + $0.ordinal]) }
        }
    }
}
