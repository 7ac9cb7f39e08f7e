import Foundation
public import LeadpactContract

/// Runs a contract's rules over event files for one report period.
public enum Auditor {
    /// Reads `eventFiles` (JSON lines, or CSV when named `.csv`) in the order given, checks
    /// every lead against `contract`, and returns what `period` covers, with the compliance of
    /// the `options.trendPeriods` periods before it counted in the same pass.
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
        let earlier = period.preceding(options.trendPeriods, timeZone: contract.metadata.timeZone)
        let setup = try AuditSetup(contract: contract, schema: schema, period: period, earlier: earlier, zone: zone)
        options.progress?(AuditProgress(stage: .reading, linesRead: 0))
        var log = try EventLogReader(schema: schema, progress: options.progress, parallelism: options.parallelism).read(files: eventFiles)
        if options.strict && log.badLines > 0 {
            throw AuditError.badLines(count: log.badLines, issues: log.issues.filter(\.isBadLine))
        }
        options.progress?(AuditProgress(stage: .ordering, linesRead: log.lines))
        let ordering = LeadOrdering(
            runs: log.takeEvents(), leadCount: log.leads.count, parts: options.parallelism.orderParts)
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
        let trend = zip(earlier, checked.ledger.earlierRuleCounts).map { CompliancePoint(label: $0.label, rules: $1) }
        let (breaches, open) = checked.ledger.takeLists()
        return AuditResult(
            contract: AuditedContract(
                id: contract.metadata.id, version: contract.metadata.version.description, digest: digest,
                title: contract.metadata.title, timeZone: contract.metadata.timeZone),
            period: period,
            obligations: rules.reduce(ObligationCounts()) { $0 + $1.counts },
            rules: rules,
            breaches: ReportOrder.sorted(breaches),
            open: ReportOrder.sorted([open]),
            input: InputSummary(lines: log.lines, badLines: log.badLines, issues: issues),
            cycles: checked.summaries.sorted { ($0.mqlAt, $0.lead) < ($1.mqlAt, $1.lead) },
            targets: targets.sorted { ($0.end, $0.rule.rawValue, $0.segment ?? "") < ($1.end, $1.rule.rawValue, $1.segment ?? "") },
            trend: trend)
    }
}
