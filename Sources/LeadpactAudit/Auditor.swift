import Foundation
public import LeadpactContract

/// Runs a contract's rules over event files for one report period.
public enum Auditor {
    /// Reads `eventFiles` (JSON lines, or CSV when named `.csv`) in the order given, checks
    /// every lead against `contract`, and returns what `period` covers.
    ///
    /// - Throws: `AuditError.unreadableFile` when a file cannot be read,
    ///   `AuditError.badLines` when `options.strict` and some line is bad,
    ///   `AuditError.unknownTimeZone` for a zone this system lacks.
    public static func audit(
        contract: Contract, digest: String, eventFiles: [String], period: ReportPeriod, options: AuditOptions
    ) throws(AuditError) -> AuditResult {
        guard let zone = ZonedDates(timeZone: contract.metadata.timeZone) else {
            throw AuditError.unknownTimeZone(contract.metadata.timeZone)
        }
        let schema = EventSchema(contract: contract)
        let setup = try AuditSetup(contract: contract, schema: schema, period: period, zone: zone)
        options.progress?(AuditProgress(stage: .reading, linesRead: 0))
        var log = try EventLogReader(schema: schema, progress: options.progress, parallelism: options.parallelism).read(files: eventFiles)
        if options.strict && log.badLines > 0 {
            throw AuditError.badLines(count: log.badLines, issues: log.issues.filter(\.isBadLine))
        }
        options.progress?(AuditProgress(stage: .ordering, linesRead: log.lines))
        let ordering = LeadOrdering(events: log.takeEvents(), leadCount: log.leads.count)
        options.progress?(AuditProgress(stage: .checking, linesRead: log.lines))
        let parts = CheckedLeads.parts(
            setup: setup, log: log, ordering: consume ordering, summarisesCycles: options.summarisesCycles,
            parallelism: options.parallelism)
        log.forgetEvents()  // the parts hold what they need: a year's events go before the parts are joined
        var checked = CheckedLeads(joining: parts)
        options.progress?(AuditProgress(stage: .reporting, linesRead: log.lines))
        let targets = TargetJudge(setup: setup, zone: zone, facts: checked.facts).judge(into: &checked.ledger)
        let issues = (log.issues + checked.issues).sorted { InputIssue.inputOrder($0, $1, files: eventFiles) }
        let rules = checked.ledger.ruleCounts
        let (breaches, open) = checked.ledger.takeLists()
        return AuditResult(
            contract: AuditedContract(
                id: contract.metadata.id, version: contract.metadata.version.description, digest: digest,
                title: contract.metadata.title, timeZone: contract.metadata.timeZone),
            period: period,
            obligations: rules.reduce(ObligationCounts()) { $0 + $1.counts },
            rules: rules,
            breaches: reportSorted(breaches, placeholder: .placeholder, time: { $0.resolvedAt }, rule: { $0.rule }, lead: { $0.lead }),
            open: reportSorted([open], placeholder: .placeholder, time: { $0.due }, rule: { $0.rule }, lead: { $0.lead }),
            input: InputSummary(lines: log.lines, badLines: log.badLines, issues: issues),
            cycles: checked.summaries.sorted { ($0.mqlAt, $0.lead) < ($1.mqlAt, $1.lead) },
            targets: targets.sorted { ($0.end, $0.rule.rawValue, $0.segment ?? "") < ($1.end, $1.rule.rawValue, $1.segment ?? "") })
    }

    /// The items of `lists` (in order) in report order (`Breach.reportOrder`,
    /// `OpenObligation.reportOrder`): by time, then rule, then lead, ties in the order found.
    /// Times and rules are read once into integer keys, leads compared only within a run of
    /// equal keys, and each item is moved (swapped with `placeholder`) into its place, so a
    /// year of breaches is sorted without copying one.
    private static func reportSorted<T>(
        _ lists: consuming [[T]], placeholder: T,
        time: (borrowing T) -> Date, rule: (borrowing T) -> AuditRule, lead: (borrowing T) -> String?
    ) -> [T] {
        let ranks = Dictionary(uniqueKeysWithValues: AuditRule.allCases.sorted().enumerated().map { ($1, $0) })
        var keys: [SortKey] = []
        keys.reserveCapacity(lists.reduce(0) { $0 + $1.count })
        for list in lists.indices {
            lists[list].withUnsafeBufferPointer { items in
                for index in items.indices {
                    keys.append(SortKey(
                        time: SalesClock.millis(time(items[index])),
                        rule: ranks[rule(items[index])] ?? 0, list: list, index: index))
                }
            }
        }
        keys.sort { ($0.time, $0.rule, $0.list, $0.index) < ($1.time, $1.rule, $1.list, $1.index) }
        var runStart = 0
        for end in stride(from: 1, through: keys.count, by: 1)
        where end == keys.count || keys[end].time != keys[runStart].time || keys[end].rule != keys[runStart].rule {
            if end - runStart > 1 {
                var run: [(lead: String, key: SortKey)] = keys[runStart..<end].map { key in
                    (lists[key.list].withUnsafeBufferPointer { lead($0[key.index]) } ?? "", key)
                }
                run.sort { a, b in a.lead != b.lead ? a.lead < b.lead : (a.key.list, a.key.index) < (b.key.list, b.key.index) }
                for (offset, entry) in run.enumerated() { keys[runStart + offset] = entry.key }
            }
            runStart = end
        }
        var sorted = [T](repeating: placeholder, count: keys.count)
        sorted.withUnsafeMutableBufferPointer { sorted in
            for (position, key) in keys.enumerated() {
                lists[key.list].withUnsafeMutableBufferPointer { items in
                    swap(&sorted[position], &items[key.index])
                }
            }
        }
        return sorted
    }

    /// A sort key: time in milliseconds, the rule's rank, where the item is.
    private struct SortKey {
        var time: Int64
        var rule: Int
        var list: Int
        var index: Int
    }
}
