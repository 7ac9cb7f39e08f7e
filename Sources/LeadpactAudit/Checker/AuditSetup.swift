import Foundation
import LeadpactContract
import LeadpactExpressions

/// What every lead's check shares: the contract, its schema and clocks, the period and the
/// contract's span in force, in milliseconds.
struct AuditSetup: Sendable {
    let contract: Contract
    let schema: EventSchema
    let clock: SalesClock
    let reportClock: ReportClock
    /// The report period, `[from, to)`.
    let from: Int64
    let to: Int64
    /// The counted windows, whose outcomes are counted in the same pass.
    let windows: [PeriodWindow]
    /// Where the checked span starts: the earliest window's start, or `from` if earlier.
    let checkedFrom: Int64
    /// 00:00 of `effective` and of `expires` in contract.timezone, when given.
    let spanStart: Int64?
    let spanEnd: Int64?
    /// The rules the contract defines.
    let rules: [AuditRule]
    /// `stages.mql.when` and `stages.sql.when` as written, for breach evidence.
    let mqlCriteriaText: String
    let sqlCriteriaText: String
    /// The contract's `sales` terms, when it has a sales section.
    let sales: SalesTerms?

    /// Whether summarised cycles keep a snapshot of the lead at the handoff.
    let snapshotsHandoffs: Bool

    /// The setup for one audit of `period`, counting the `counted` periods too.
    init(
        contract: Contract, schema: EventSchema, period: ReportPeriod, counted: [ReportPeriod] = [], zone: ZonedDates,
        snapshotsHandoffs: Bool = false
    ) throws(AuditError) {
        self.snapshotsHandoffs = snapshotsHandoffs
        self.contract = contract
        self.schema = schema
        clock = try SalesClock(contract: contract)
        reportClock = ReportClock(timeZone: contract.metadata.timeZone)
        from = SalesClock.millis(period.from)
        to = SalesClock.millis(period.to)
        windows = counted.map { PeriodWindow(from: SalesClock.millis($0.from), to: SalesClock.millis($0.to)) }
        checkedFrom = windows.reduce(from) { min($0, $1.from) }
        spanStart = contract.metadata.effective.map { SalesClock.millis(zone.startOfDay($0)) }
        spanEnd = contract.metadata.expires.map { SalesClock.millis(zone.startOfDay($0)) }
        rules = Self.definedRules(contract)
        mqlCriteriaText = contract.stages.mql?.when.sourceText ?? ""
        sqlCriteriaText = contract.stages.sql?.when.sourceText ?? ""
        sales = contract.sales.map(SalesTerms.init)
    }

    /// Whether the contract is in force at `moment`.
    func inForce(_ moment: Int64) -> Bool {
        if let spanStart, moment < spanStart { return false }
        if let spanEnd, moment >= spanEnd { return false }
        return true
    }

    /// Whether the contract defines `rule`.
    func defines(_ rule: AuditRule) -> Bool { rules.contains(rule) }

    /// Writes a millisecond instant for a detail text.
    func time(_ millis: Int64) -> String { reportClock.format(epochMillis: millis) }

    private static func definedRules(_ contract: Contract) -> [AuditRule] {
        var rules: [AuditRule] = []
        if let sales = contract.sales {
            if sales.acceptWithin != nil { rules.append(.salesAccept) }
            if sales.firstTouchWithin != nil || !sales.expedite.isEmpty { rules.append(.salesFirstTouch) }
            if sales.sequence != nil { rules.append(.salesSequence) }
            if !sales.reasons.isEmpty { rules.append(.salesReason) }
        }
        if contract.stages.sql != nil { rules.append(.salesSQLCriteria) }
        if contract.stages.mql != nil { rules.append(.marketingMQLCriteria) }
        if let marketing = contract.marketing {
            if !marketing.handoffContext.isEmpty { rules.append(.marketingHandoffContext) }
            if !marketing.volume.isEmpty { rules.append(.marketingVolume) }
            if marketing.conversion != nil { rules.append(.marketingConversion) }
        }
        return rules.sorted()
    }
}
