import Foundation
import LeadpactAudit
import LeadpactContract
import LeadpactReview
import Testing

/// The review's metrics come from one audit spanning every period, yet each period's cell
/// equals what an audit of that period alone gives.
@Suite struct ReviewMetricsTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let events = root.appendingPathComponent("fixtures/acme-global-12w.jsonl").path

    static func contract(_ name: String) throws -> Contract {
        try #require(ContractCompiler.compile(path: root.appendingPathComponent("contracts/\(name)").path).contract)
    }

    /// A contract, the cadence it is reviewed on (its own when `nil`) and the reviewed period.
    struct Case: Sendable, CustomTestStringConvertible {
        var contract: String
        var cadence: ReviewCadence?
        var month: String?
        var testDescription: String { "\(contract) \(cadence.map(\.rawValue) ?? "") \(month ?? "2026-11-16..30")" }
    }

    /// Two weeks under each contract's own cadence; and calendar months, whose boundaries are
    /// where acme-global's monthly volume targets end (judged in the month they close).
    @Test(arguments: [
        Case(contract: "acme-global.sla.yaml"), Case(contract: "northwind-saas.sla.yaml"),
        Case(contract: "acme-global.sla.yaml", cadence: .monthly, month: "2026-11"),
    ])
    func eachPeriodMatchesItsOwnAudit(_ test: Case) throws {
        var contract = try Self.contract(test.contract)
        contract.metadata.review?.metrics = [
            "mql_volume", "mql_to_sql", "accept_p50", "accept_p90", "first_touch_p50", "first_touch_p90",
            "sequence_completion", "rejection_rate", "breaches", "compliance",
        ]
        if let cadence = test.cadence { contract.metadata.review?.cadence = cadence }
        let zone = contract.metadata.timeZone
        let period = try test.month.map { try ReportPeriod.month($0, timeZone: zone) }
            ?? ReportPeriod.range(from: "2026-11-16", to: "2026-11-30", timeZone: zone)
        let review = try Reviewer.review(contract: contract, digest: "", eventFiles: [Self.events], period: period)
        #expect(review.periods.count == 4)
        let defined = try Auditor.audit(contract: contract, digest: "", eventFiles: [Self.events], period: period, options: AuditOptions()).rules
        let ruleRows = defined.map { "breaches.\($0.rule.rawValue)" }
        #expect(review.metrics.map(\.name).suffix(4 + ruleRows.count)
            == ["breaches.marketing", "breaches.sales"] + ruleRows + ["compliance.marketing", "compliance.sales"])
        var breached = 0
        for (index, reviewed) in review.periods.enumerated() {
            let audit = try Auditor.audit(contract: contract, digest: "", eventFiles: [Self.events], period: reviewed, options: AuditOptions())
            let metrics = AuditMetrics(result: audit)
            func cell(_ name: String) throws -> MetricCell { try #require(review.metrics.first { $0.name == name }).cells[index] }
            #expect(try cell("mql_volume").value == Double(metrics.funnel.mqls), "\(reviewed.label)")
            let cycles = audit.cycles.filter { $0.inForce && reviewed.contains($0.mqlAt) }
            #expect(try cell("mql_to_sql").basis == metrics.funnel.mqls)
            #expect(try cell("mql_to_sql").value == (cycles.isEmpty ? nil : Double(metrics.funnel.sqls) / Double(cycles.count)))
            #expect(try cell("accept_p50").value == metrics.timeToAccept.p50.map(Double.init))
            #expect(try cell("accept_p90").value == metrics.timeToAccept.p90.map(Double.init))
            #expect(try cell("accept_p90").basis == metrics.timeToAccept.count)
            #expect(try cell("first_touch_p50").value == metrics.timeToFirstTouch.p50.map(Double.init))
            #expect(try cell("first_touch_p90").value == metrics.timeToFirstTouch.p90.map(Double.init))
            let sequence = audit.rules.first { $0.rule == .salesSequence }?.counts
            if let sequence {
                #expect(try cell("sequence_completion").basis == sequence.met + sequence.breached, "\(reviewed.label)")
                #expect(try cell("sequence_completion").value == (sequence.met + sequence.breached == 0 ? nil
                    : Double(sequence.met) / Double(sequence.met + sequence.breached)))
            }
            let rejected = cycles.filter { $0.end == .rejected }.count
            #expect(try cell("rejection_rate").value == (cycles.isEmpty ? nil : Double(rejected) / Double(cycles.count)))
            #expect(try cell("breaches.sales").value == Double(audit.counts(for: .sales).breached), "\(reviewed.label)")
            #expect(try cell("breaches.marketing").value == Double(audit.counts(for: .marketing).breached), "\(reviewed.label)")
            for rule in audit.rules {
                #expect(try cell("breaches.\(rule.rule.rawValue)").value == Double(rule.counts.breached), "\(reviewed.label) \(rule.rule)")
            }
            for side in Party.allCases {
                let counts = audit.counts(for: side), judged = counts.met + counts.breached
                let compliance = try cell("compliance.\(side.rawValue)")
                #expect(compliance.basis == judged, "\(reviewed.label) \(side)")
                #expect(compliance.value == (judged == 0 ? nil : Double(counts.met) / Double(judged)), "\(reviewed.label) \(side)")
                breached += counts.breached
            }
        }
        #expect(breached > 0)
    }

    @Test func theCadenceSetsTheEarlierPeriods() throws {
        let zone = try #require(ZonedDates(timeZone: "Europe/Berlin"))
        let month = try ReportPeriod.month("2026-03", timeZone: "Europe/Berlin")
        #expect(ReviewCadence.monthly.periods(before: month, count: 2, zone: zone).map(\.label) == ["2026-01", "2026-02"])
        #expect(ReviewCadence.quarterly.periods(before: month, count: 1, zone: zone).map(\.label) == ["2025-12-01..2026-03-01"])
        let april = try ReportPeriod.month("2026-04", timeZone: "Europe/Berlin")
        #expect(ReviewCadence.quarterly.periods(before: april, count: 2, zone: zone).map(\.label) == ["2025-Q4", "2026-Q1"])
        let odd = try ReportPeriod.range(from: "2026-03-31", to: "2026-04-30", timeZone: "Europe/Berlin")
        #expect(ReviewCadence.monthly.periods(before: odd, count: 2, zone: zone).map(\.label) == ["2026-01-31..2026-02-28", "2026-02-28..2026-03-31"])
        let biweekly = ReviewCadence.biweekly.periods(before: odd, count: 1, zone: zone)
        #expect(biweekly.map(\.label) == ["2026-03-17..2026-03-31"])
        #expect(biweekly.first?.to == odd.from)
    }
}
