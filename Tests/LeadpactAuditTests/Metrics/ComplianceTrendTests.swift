import Foundation
@testable import LeadpactAudit
import LeadpactContract
import Testing

/// The trend's earlier periods, counted in the report's own read and check pass, are exactly
/// what a separate audit of each earlier period gives, over the shipped 12-week log (its
/// calendars have holidays and both zones change clocks inside it), and asking for them
/// leaves the report's own result as it was.
@Suite struct ComplianceTrendTests {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let events = [repository.appendingPathComponent("fixtures/acme-global-12w.jsonl").path]

    static func contract() throws -> Contract {
        let compiled = ContractCompiler.compile(path: repository.appendingPathComponent("contracts/acme-global.sla.yaml").path)
        return try #require(compiled.contract)
    }

    /// Audits `period` with its trend in one pass, and each earlier period on its own.
    static func compare(_ period: ReportPeriod, count: Int = 8, parallelism: AuditParallelism = AuditParallelism()) throws {
        let contract = try contract()
        func audit(_ period: ReportPeriod, trend: Int) throws -> AuditResult {
            var options = AuditOptions(trendPeriods: trend)
            options.parallelism = parallelism
            return try Auditor.audit(contract: contract, digest: contract.digest, eventFiles: events, period: period, options: options)
        }
        var withTrend = try audit(period, trend: count)
        let separate = try period.preceding(count, timeZone: contract.metadata.timeZone).map { earlier in
            CompliancePoint(result: try audit(earlier, trend: 0))
        }
        #expect(withTrend.trend.count == count)
        #expect(withTrend.trend == separate)
        #expect(withTrend.trend.contains { $0.breaches > 0 })
        withTrend.counted = []
        #expect(withTrend == (try audit(period, trend: 0)))
    }

    static func zone() throws -> String { try contract().metadata.timeZone }

    /// Thanksgiving week; the 8 weeks before hold both zones' change back from summer time.
    @Test func thanksgivingWeek() throws {
        try Self.compare(try ReportPeriod.week("2026-W48", timeZone: try Self.zone()))
    }

    /// The weeks before reach past the log's first event.
    @Test func weekWhoseTrendStartsBeforeTheLog() throws {
        try Self.compare(try ReportPeriod.week("2026-W45", timeZone: try Self.zone()))
    }

    /// The week after the log: every obligation of the trend is resolved.
    @Test func weekAfterTheLog() throws {
        try Self.compare(try ReportPeriod.week("2026-W49", timeZone: try Self.zone()))
    }

    /// Months: September's point holds the monthly volume targets and the third quarter's
    /// conversion target, which end at its close.
    @Test func month() throws {
        try Self.compare(try ReportPeriod.month("2026-11", timeZone: try Self.zone()))
        try Self.compare(try ReportPeriod.month("2026-10", timeZone: try Self.zone()), count: 2)
    }

    /// `--from/--to` spans of 10 days across both clock changes.
    @Test func dateRange() throws {
        try Self.compare(try ReportPeriod.range(from: "2026-11-10", to: "2026-11-20", timeZone: try Self.zone()), count: 6)
    }

    /// Counted periods given explicitly may overlap the report's own period and each other:
    /// each holds what an audit of it alone resolved, per rule and outcome (a month's volume
    /// target in the month it closes), and the report's own result is as it was.
    @Test func countedPeriodsOverlappingTheReport() throws {
        let contract = try Self.contract(), zone = try Self.zone()
        let month = try ReportPeriod.month("2026-11", timeZone: zone)
        let counted = [
            try ReportPeriod.month("2026-10", timeZone: zone), month,
            try ReportPeriod.week("2026-W47", timeZone: zone), try ReportPeriod.week("2026-W48", timeZone: zone),
        ]
        func audit(_ period: ReportPeriod, counting: [ReportPeriod]) throws -> AuditResult {
            var options = AuditOptions()
            options.countedPeriods = counting
            return try Auditor.audit(contract: contract, digest: contract.digest, eventFiles: Self.events, period: period, options: options)
        }
        let span = ReportPeriod(from: counted[0].from, to: month.to, label: month.label)
        var result = try audit(span, counting: counted)
        #expect(result.counted.map(\.period) == counted)
        for (period, counts) in zip(counted, result.counted) {
            let separate = try audit(period, counting: []).rules.map { rule in
                var resolved = rule
                resolved.counts.open = 0
                return resolved
            }
            #expect(counts.rules == separate, "\(period.label)")
        }
        #expect(result.counted[1].rules.contains { $0.rule == .marketingVolume && $0.counts.breached > 0 })
        result.counted = []
        #expect(result == (try audit(span, counting: [])))
    }

    /// Checked in many small parts, the parts' trend counts add up to the same points.
    @Test func parts() throws {
        let split = AuditParallelism(readParts: 3, minimumReadPart: 1, checkParts: 7, eventsPerCheckPart: 1, orderParts: 3)
        try Self.compare(try ReportPeriod.week("2026-W47", timeZone: try Self.zone()), parallelism: split)
    }
}
