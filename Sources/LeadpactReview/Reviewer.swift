public import LeadpactAudit
public import LeadpactContract

/// Builds the review pack: one audit over the reviewed period and the periods of the cadence
/// before it (one read of the events, one check pass), then the metrics per period and the
/// feedback loop over the reviewed period.
public enum Reviewer {
    /// Reviews `period` of `eventFiles` under `contract`.
    ///
    /// - Throws: what `Auditor.audit` throws.
    public static func review(
        contract: Contract, digest: String, eventFiles: [String], period: ReportPeriod,
        options: ReviewOptions = ReviewOptions(), auditOptions: AuditOptions = AuditOptions()
    ) throws(AuditError) -> ReviewResult {
        guard let zone = ZonedDates(timeZone: contract.metadata.timeZone) else {
            throw AuditError.unknownTimeZone(contract.metadata.timeZone)
        }
        let review = contract.metadata.review
        let earlier = review?.cadence.periods(before: period, count: options.earlierPeriods, zone: zone) ?? []
        let periods = earlier + [period]
        let span = ReportPeriod(from: periods[0].from, to: period.to, label: period.label)
        var spanning = auditOptions
        spanning.summarisesCycles = true
        spanning.snapshotsHandoffs = true
        spanning.countedPeriods = periods
        let result = try Auditor.audit(contract: contract, digest: digest, eventFiles: eventFiles, period: span, options: spanning)
        return ReviewResult(
            contract: result.contract, period: period, cadence: review?.cadence.rawValue,
            metrics: ReviewMetrics.rows(names: review?.metrics ?? [], periods: periods, result: result),
            periods: periods,
            feedback: FeedbackLoop(contract: contract, period: period, cycles: result.cycles, options: options),
            input: result.input)
    }
}
