public import LeadpactAudit
public import LeadpactContract
import LeadpactSignoff

/// Judges one period of events under the contract in force and under a draft.
public enum Backtester {
    /// Reads `eventFiles` once (see `Auditor.read(eventFiles:for:options:)`), checks them under
    /// `baseline` and under `draft` for `period`, and compares the two audits.
    ///
    /// - Throws: what `Auditor.audit` throws; with `options.strict`, `AuditError.badLines` when a
    ///   line is bad under either contract.
    public static func run(
        baseline: Contract, baselineDigest: String, draft: Contract, draftDigest: String,
        eventFiles: [String], period: ReportPeriod, options: AuditOptions
    ) throws(AuditError) -> BacktestResult {
        var options = options
        options.summarisesCycles = true  // the handoff figures read the cycles
        var events = try Auditor.read(eventFiles: eventFiles, for: [baseline, draft], options: options)
        let draftEvents = events.removeLast()
        let before = try Auditor.check(
            contract: baseline, digest: baselineDigest, events: events.removeLast(), period: period, options: options)
        let after = try Auditor.check(
            contract: draft, digest: draftDigest, events: consume draftEvents, period: period, options: options)
        let diff = ContractDiff(old: baseline, new: draft, oldDigest: baselineDigest, newDigest: draftDigest)
        return BacktestResult(baseline: before, draft: after, diff: diff)
    }
}
