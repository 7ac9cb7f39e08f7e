import Foundation
import LeadpactAudit
import LeadpactContract
import Testing

/// Renders the scenario in `fixtures/reports/` in every format and compares with the recorded
/// reports: JSON as values, the others byte for byte (the fixtures folder's absolute path is
/// written as `fixtures/reports`). `LEADPACT_RECORD=1` re-records them, and the test fails
/// while recording.
@Suite struct GoldenReportTests {
    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("fixtures/reports")
    static let recording = ProcessInfo.processInfo.environment["LEADPACT_RECORD"] == "1"

    static func audit() throws -> (result: AuditResult, context: ReportContext) {
        let compiled = ContractCompiler.compile(path: folder.appendingPathComponent("contract.sla.yaml").path)
        let contract = try #require(compiled.contract, "the golden contract does not compile: \(compiled.diagnostics)")
        let events = [folder.appendingPathComponent("events.jsonl").path]
        let period = try ReportPeriod.week("2026-W47", timeZone: contract.metadata.timeZone)
        let result = try Auditor.audit(
            contract: contract, digest: contract.digest, eventFiles: events, period: period, options: AuditOptions(trendPeriods: 8))
        return (result, ReportContext(contract: contract, trend: result.trend))
    }

    static func normalised(_ text: String) -> String {
        text.replacingOccurrences(of: folder.path, with: "fixtures/reports")
    }

    static func check(_ rendered: String, against name: String, asJSON: Bool = false) throws {
        let file = folder.appendingPathComponent(name)
        let actual = normalised(rendered)
        if recording {
            try actual.write(to: file, atomically: true, encoding: .utf8)
            Issue.record("recorded \(name); run again without LEADPACT_RECORD to compare")
            return
        }
        let expected = try String(contentsOf: file, encoding: .utf8)
        if asJSON {
            let lhs = try JSONSerialization.jsonObject(with: Data(actual.utf8)) as? NSDictionary
            let rhs = try JSONSerialization.jsonObject(with: Data(expected.utf8)) as? NSDictionary
            #expect(lhs != nil && lhs == rhs, "\(name) differs; re-record with LEADPACT_RECORD=1 if the change is meant")
        } else {
            #expect(actual == expected, "\(name) differs; re-record with LEADPACT_RECORD=1 if the change is meant")
        }
    }

    @Test func text() throws {
        let (result, context) = try Self.audit()
        try Self.check(TextReportRenderer(colored: false, context: context).render(result), against: "report.txt")
    }

    @Test func colouredText() throws {
        let (result, context) = try Self.audit()
        try Self.check(TextReportRenderer(colored: true, context: context).render(result), against: "report.ansi.txt")
    }

    @Test func markdown() throws {
        let (result, context) = try Self.audit()
        try Self.check(MarkdownReportRenderer(context: context).render(result), against: "report.md")
    }

    @Test func html() throws {
        let (result, context) = try Self.audit()
        try Self.check(HTMLReportRenderer(context: context).render(result), against: "report.html")
    }

    @Test func csv() throws {
        let (result, _) = try Self.audit()
        try Self.check(CSVReportRenderer().render(result), against: "report.csv")
    }

    @Test func json() throws {
        let (result, _) = try Self.audit()
        try Self.check(JSONReportRenderer().render(result), against: "report.json", asJSON: true)
    }
}
