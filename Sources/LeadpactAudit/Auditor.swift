import Foundation
public import LeadpactContract

/// Runs a contract's rules over event files for one report period.
///
/// An audit has two stages: `read` parses the event files under a contract's event schema (its
/// fields and activities) into `ReadEvents`, and `check` judges those events under a contract
/// for a period. `audit` runs both; a caller judging the same events under several contracts
/// (a backtest) reads once with `read(eventFiles:for:options:)` and checks each.
public enum Auditor {
    /// Reads `eventFiles` (JSON lines, or CSV when named `.csv`) in the order given, checks
    /// every lead against `contract`, and returns what `period` covers, with the periods of
    /// `options.countedPeriods` (or the `options.trendPeriods` periods before it) counted in
    /// the same pass.
    ///
    /// - Throws: `AuditError.unreadableFile` when a file cannot be read,
    ///   `AuditError.badLines` when `options.strict` and some line is bad,
    ///   `AuditError.unknownTimeZone` for a zone this system lacks.
    public static func audit(
        contract: Contract, digest: String, eventFiles: [String], period: ReportPeriod, options: AuditOptions
    ) throws(AuditError) -> AuditResult {
        let prepared = try prepare(contract: contract, period: period, options: options)
        options.progress?(AuditProgress(stage: .reading, linesRead: 0))
        let events = try read(eventFiles: eventFiles, for: contract, options: options)
        return try check(
            contract: contract, digest: digest, events: consume events, period: period, prepared: prepared,
            options: options)
    }

    /// Checks events read under `contract`'s event schema (see `ReadEvents.fits`) and returns
    /// what `period` covers: the check stage of `audit`.
    ///
    /// - Throws: `AuditError.badLines` when `options.strict` and some line is bad,
    ///   `AuditError.unknownTimeZone` for a zone this system lacks.
    public static func check(
        contract: Contract, digest: String, events: consuming ReadEvents, period: ReportPeriod, options: AuditOptions
    ) throws(AuditError) -> AuditResult {
        precondition(events.fits(contract), "events read under another event schema")
        let prepared = try prepare(contract: contract, period: period, options: options)
        return try check(
            contract: contract, digest: digest, events: events, period: period, prepared: prepared, options: options)
    }

    /// What checking a period needs before the events are read: the contract's zone, the
    /// checking setup, and the periods counted in the same pass.
    private struct Prepared {
        var zone: ZonedDates
        var setup: AuditSetup
        var counted: [ReportPeriod]
    }

    /// The contract's zone and checking setup for `period` and the periods it counts:
    /// `options.countedPeriods`, or else the `options.trendPeriods` before it.
    private static func prepare(
        contract: Contract, period: ReportPeriod, options: AuditOptions
    ) throws(AuditError) -> Prepared {
        guard let zone = ZonedDates(timeZone: contract.metadata.timeZone) else {
            throw AuditError.unknownTimeZone(contract.metadata.timeZone)
        }
        let counted = options.countedPeriods.isEmpty
            ? period.preceding(options.trendPeriods, timeZone: contract.metadata.timeZone) : options.countedPeriods
        let setup = try AuditSetup(
            contract: contract, schema: EventSchema(contract: contract), period: period, counted: counted, zone: zone,
            snapshotsHandoffs: options.snapshotsHandoffs)
        return Prepared(zone: zone, setup: setup, counted: counted)
    }

    private static func check(
        contract: Contract, digest: String, events: consuming ReadEvents, period: ReportPeriod, prepared: Prepared,
        options: AuditOptions
    ) throws(AuditError) -> AuditResult {
        let (zone, setup) = (prepared.zone, prepared.setup)
        let eventFiles = events.files
        var log = events.takeLog()  // held once, so the events can go before the checked parts are joined
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
        let targets = TargetJudge(setup: setup, zone: zone, facts: checked.facts, judgesEnded: options.judgesEndedTargets)
            .judge(into: &checked.ledger)
        let issues = (log.issues + checked.issues).sorted { InputIssue.inputOrder($0, $1, files: eventFiles) }
        let rules = checked.ledger.ruleCounts
        let counted = zip(prepared.counted, checked.ledger.windowRuleCounts).map { CountedPeriod(period: $0, rules: $1) }
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
            counted: counted)
    }
}
