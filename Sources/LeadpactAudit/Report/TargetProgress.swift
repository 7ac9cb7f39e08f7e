public import Foundation
public import LeadpactContract

/// A volume or conversion target over one calendar period, as far as the log reaches.
public struct TargetProgress: Hashable, Sendable {
    /// `marketing.volume` or `marketing.conversion`.
    public var rule: AuditRule
    /// `month` or `quarter`.
    public var per: TargetPeriod
    /// The volume target's `where` text, if any.
    public var segment: String?
    /// The period's label in contract.timezone: `2026-11` or `2026-Q4`.
    public var label: String
    /// The period's first instant.
    public var start: Date
    /// The period's end (exclusive), which is also the target's due time.
    public var end: Date
    /// Required: MQLs for volume, basis points (2000 = 20%) for conversion.
    public var required: Int
    /// Reached so far: qualifying MQLs for volume, basis points for conversion.
    public var reached: Int
    /// Cycles started in the period (all of them, for conversion; qualifying ones, for volume).
    public var cycles: Int
    /// Of those, cycles with an `sql` in the cycle (conversion only; 0 for volume).
    public var converted: Int
    /// Met, breached or open at the report's end.
    public var status: ObligationStatus

    /// Creates a progress record.
    public init(
        rule: AuditRule, per: TargetPeriod, segment: String?, label: String, start: Date, end: Date,
        required: Int, reached: Int, cycles: Int, converted: Int, status: ObligationStatus
    ) {
        self.rule = rule
        self.per = per
        self.segment = segment
        self.label = label
        self.start = start
        self.end = end
        self.required = required
        self.reached = reached
        self.cycles = cycles
        self.converted = converted
        self.status = status
    }
}
