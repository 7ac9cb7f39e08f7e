public import LeadpactContract

/// The compliance of the periods before a report's, for the HTML report's trend chart: each
/// earlier period is audited over the same event files.
public enum ComplianceTrend {
    /// One point per period of the `count` before `period` (oldest first). Progress callbacks
    /// are not passed on, nor cycles summarised: the trend is a side job of one report.
    public static func points(
        contract: Contract, digest: String, eventFiles: [String], before period: ReportPeriod,
        count: Int = 8, options: AuditOptions = AuditOptions()
    ) throws -> [CompliancePoint] {
        var quiet = options
        quiet.progress = nil
        quiet.summarisesCycles = false
        return try period.preceding(count, timeZone: contract.metadata.timeZone).map { earlier in
            CompliancePoint(result: try Auditor.audit(contract: contract, digest: digest, eventFiles: eventFiles, period: earlier, options: quiet))
        }
    }
}
