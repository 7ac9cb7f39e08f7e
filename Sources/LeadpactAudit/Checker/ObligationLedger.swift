import Foundation

/// Collects the obligations a report covers — those resolved in `[from, to)` and those
/// still open at `to` — into counts, breaches and the open list; and the counts of the
/// counted windows' resolved obligations (see `ObligationLedger+Windows.swift`).
struct ObligationLedger: Sendable {
    /// The period, in milliseconds.
    let from: Int64
    let to: Int64
    /// The rules the contract defines.
    let rules: [AuditRule]
    /// The counted windows, anywhere in the checked span: counted, never listed.
    let windows: [PeriodWindow]
    /// Counts by `AuditRule.ordinal`.
    private var counts = [ObligationCounts](repeating: ObligationCounts(), count: AuditRule.allCases.count)
    /// The windows' counts, `AuditRule.allCases.count` per window, by ordinal.
    var windowCounts: [ObligationCounts]
    private(set) var breaches: [Breach] = []
    /// The breach lists of the ledgers absorbed, in order (kept apart, not copied).
    private var absorbedBreaches: [[Breach]] = []
    private(set) var open: [OpenObligation] = []

    /// A ledger for the period `[from, to)` that also counts the `windows`.
    init(from: Int64, to: Int64, rules: [AuditRule], windows: [PeriodWindow] = []) {
        self.from = from
        self.to = to
        self.rules = rules
        self.windows = windows
        windowCounts = [ObligationCounts](repeating: ObligationCounts(), count: AuditRule.allCases.count * windows.count)
    }

    /// Whether an obligation resolved at `moment` belongs to this report.
    func covers(_ moment: Int64) -> Bool { moment >= from && moment < to }

    /// Counts a met or waived obligation resolved at `moment`, or a breach resolved outside
    /// the period (which is never listed), for the period and the windows holding it.
    mutating func settle(_ rule: AuditRule, _ status: ObligationStatus, at moment: Int64) {
        countInWindows(rule, status, at: moment)
        if covers(moment) { counts[rule.ordinal].record(status) }
    }

    /// Whether a breach resolved at `moment` goes unlisted, outside the period: it is then
    /// counted for the windows holding it, and the caller need not build it (its detail and
    /// evidence are only ever read in the period's list).
    mutating func countsUnlisted(_ rule: AuditRule, breachedAt moment: Int64) -> Bool {
        guard !covers(moment) else { return false }
        countInWindows(rule, .breached, at: moment)
        return true
    }

    /// Counts a breach for the windows holding it, and counts and lists it when it resolved
    /// in the period.
    mutating func breach(_ breach: consuming Breach, resolvedAt moment: Int64) {
        countInWindows(breach.rule, .breached, at: moment)
        guard covers(moment) else { return }
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
        for index in windowCounts.indices { windowCounts[index] = windowCounts[index] + other.windowCounts[index] }
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
