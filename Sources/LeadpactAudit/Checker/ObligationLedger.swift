import Foundation

/// Collects the obligations a report covers — those resolved in `[from, to)` and those
/// still open at `to` — into counts, breaches and the open list; and, for the trend, the
/// counts of the earlier periods' resolved obligations (see `ObligationLedger+Trend.swift`).
struct ObligationLedger: Sendable {
    /// The period, in milliseconds.
    let from: Int64
    let to: Int64
    /// The rules the contract defines.
    let rules: [AuditRule]
    /// The trend's earlier periods, oldest first: counted, never listed.
    let earlier: [PeriodWindow]
    /// Counts by `AuditRule.ordinal`.
    private var counts = [ObligationCounts](repeating: ObligationCounts(), count: AuditRule.allCases.count)
    /// The earlier periods' counts, `AuditRule.allCases.count` per period, by ordinal.
    var earlierCounts: [ObligationCounts]
    private(set) var breaches: [Breach] = []
    /// The breach lists of the ledgers absorbed, in order (kept apart, not copied).
    private var absorbedBreaches: [[Breach]] = []
    private(set) var open: [OpenObligation] = []

    /// A ledger for the period `[from, to)` that also counts the `earlier` periods.
    init(from: Int64, to: Int64, rules: [AuditRule], earlier: [PeriodWindow] = []) {
        self.from = from
        self.to = to
        self.rules = rules
        self.earlier = earlier
        earlierCounts = [ObligationCounts](repeating: ObligationCounts(), count: AuditRule.allCases.count * earlier.count)
    }

    /// Whether an obligation resolved at `moment` belongs to this report.
    func covers(_ moment: Int64) -> Bool { moment >= from && moment < to }

    /// Counts a met or waived obligation resolved at `moment`, or a breach resolved outside
    /// the period (which is never listed; an earlier period of the trend counts it).
    mutating func settle(_ rule: AuditRule, _ status: ObligationStatus, at moment: Int64) {
        guard covers(moment) else {
            countEarlier(rule, status, at: moment)
            return
        }
        counts[rule.ordinal].record(status)
    }

    /// Counts and lists a breach (when it resolved in the period; otherwise only counts it
    /// for the trend).
    mutating func breach(_ breach: consuming Breach, resolvedAt moment: Int64) {
        guard covers(moment) else {
            countEarlier(breach.rule, .breached, at: moment)
            return
        }
        counts[breach.rule.ordinal].record(.breached)
        breaches.append(consume breach)
    }

    /// Counts a judged target (the caller has checked `from < end <= to`), listing its breach.
    mutating func judgeTarget(_ rule: AuditRule, breach: consuming Breach?) {
        if let breach = consume breach {
            counts[rule.ordinal].record(.breached)
            breaches.append(breach)
        } else {
            counts[rule.ordinal].record(.met)
        }
    }

    /// Counts and lists an obligation open at the period's end.
    mutating func keepOpen(_ rule: AuditRule, lead: String?, owner: String, due: Int64, detail: String) {
        counts[rule.ordinal].record(.open)
        let (left, overflow) = due.subtractingReportingOverflow(to)
        open.append(OpenObligation(
            rule: rule, lead: lead, owner: owner, due: SalesClock.date(due),
            timeLeftSeconds: overflow ? Int64.max / 1000 : Self.seconds(left), detail: detail))
    }

    /// Adds what `other` (a ledger of the same period, for later leads) collected.
    mutating func absorb(_ other: ObligationLedger) {
        for index in counts.indices { counts[index] = counts[index] + other.counts[index] }
        for index in earlierCounts.indices { earlierCounts[index] = earlierCounts[index] + other.earlierCounts[index] }
        absorbedBreaches.append(other.breaches)
        absorbedBreaches += other.absorbedBreaches
        open += other.open
    }

    /// Hands over the breaches (in lists: this ledger's, then each absorbed one's) and the
    /// open obligations, leaving the lists empty (the counts stay), so they move on without
    /// a copy.
    mutating func takeLists() -> (breaches: [[Breach]], open: [OpenObligation]) {
        defer {
            breaches = []
            absorbedBreaches = []
            open = []
        }
        return ([breaches] + absorbedBreaches, open)
    }

    /// Counts per rule in rule-id order, every defined rule listed.
    var ruleCounts: [RuleCounts] {
        rules.sorted().map { RuleCounts(rule: $0, counts: counts[$0.ordinal]) }
    }

    /// Whole seconds of a millisecond span (rounded down).
    static func seconds(_ millis: Int64) -> Int64 {
        millis >= 0 ? millis / 1000 : -((-millis + 999) / 1000)
    }
}
