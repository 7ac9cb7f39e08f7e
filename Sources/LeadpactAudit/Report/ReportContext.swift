public import LeadpactCalendar
public import LeadpactContract

/// What the human-readable reports show beside one result: the contract's speed targets (for
/// the histograms' target lines) and the compliance of earlier periods (for the trend chart).
public struct ReportContext: Hashable, Sendable {
    /// `sales.accept_within` in seconds (business seconds when it runs on a calendar).
    public var acceptTargetSeconds: Int64?
    /// `sales.first_touch_within` in seconds (business seconds when it runs on a calendar).
    public var firstTouchTargetSeconds: Int64?
    /// Earlier periods, oldest first (the HTML report charts up to 8 of them), usually the
    /// audit's `AuditResult.trend`.
    public var trend: [CompliancePoint]

    /// Creates a context.
    public init(acceptTargetSeconds: Int64? = nil, firstTouchTargetSeconds: Int64? = nil, trend: [CompliancePoint] = []) {
        self.acceptTargetSeconds = acceptTargetSeconds
        self.firstTouchTargetSeconds = firstTouchTargetSeconds
        self.trend = trend
    }

    /// The targets of `contract` (business days have no fixed length in seconds and give none).
    public init(contract: Contract, trend: [CompliancePoint] = []) {
        self.init(
            acceptTargetSeconds: Self.seconds(contract.sales?.acceptWithin),
            firstTouchTargetSeconds: Self.seconds(contract.sales?.firstTouchWithin),
            trend: trend
        )
    }

    private static func seconds(_ duration: SLADuration?) -> Int64? {
        switch duration {
        case .businessTime(let seconds)?, .wallClock(let seconds)?: seconds
        case .businessDays?, nil: nil
        }
    }
}

/// One period's compliance, a point of the trend chart.
public struct CompliancePoint: Hashable, Sendable {
    /// The period's label, e.g. `2026-W46`.
    public var label: String
    /// Sales' compliance rate, `nil` when nothing was judged.
    public var sales: Double?
    /// Marketing's compliance rate, `nil` when nothing was judged.
    public var marketing: Double?
    /// Breaches of both sides.
    public var breaches: Int

    /// Creates a point.
    public init(label: String, sales: Double?, marketing: Double?, breaches: Int) {
        self.label = label
        self.sales = sales
        self.marketing = marketing
        self.breaches = breaches
    }

    /// The point of an audit's result.
    public init(result: AuditResult) {
        self.init(label: result.period.label, rules: result.rules)
    }

    /// The point of a period labelled `label` whose obligations are counted per rule.
    public init(label: String, rules: [RuleCounts]) {
        let sales = RuleCounts.sum(rules, side: .sales), marketing = RuleCounts.sum(rules, side: .marketing)
        self.init(
            label: label,
            sales: FunnelMetrics.rate(sales.met, of: sales.met + sales.breached),
            marketing: FunnelMetrics.rate(marketing.met, of: marketing.met + marketing.breached),
            breaches: sales.breached + marketing.breached
        )
    }
}
