/// A counted period of an audit (`AuditOptions.countedPeriods`, or the trend's earlier
/// periods), `[from, to)` in milliseconds.
struct PeriodWindow: Sendable {
    let from: Int64
    let to: Int64
}

extension ObligationLedger {
    /// Counts an obligation resolved at `moment` for every counted window holding it,
    /// whether or not the report's own period holds it too.
    mutating func countInWindows(_ rule: AuditRule, _ status: ObligationStatus, at moment: Int64) {
        for index in windows.indices where moment >= windows[index].from && moment < windows[index].to {
            windowCounts[index * AuditRule.allCases.count + rule.ordinal].record(status)
        }
    }

    /// Counts a judged target for every counted window with `from < end <= to`, as the
    /// report of that window judges it.
    mutating func countTargetInWindows(_ rule: AuditRule, met: Bool, end: Int64) {
        for index in windows.indices where end > windows[index].from && end <= windows[index].to {
            windowCounts[index * AuditRule.allCases.count + rule.ordinal].record(met ? .met : .breached)
        }
    }

    /// The counts of each counted window, in the order given: per rule, in rule-id order,
    /// every defined rule listed.
    var windowRuleCounts: [[RuleCounts]] {
        let width = AuditRule.allCases.count
        return windows.indices.map { index in
            rules.sorted().map { RuleCounts(rule: $0, counts: windowCounts[index * width + $0.ordinal]) }
        }
    }
}
