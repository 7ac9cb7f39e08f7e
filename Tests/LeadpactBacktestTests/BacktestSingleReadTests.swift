import Foundation
import LeadpactAudit
import LeadpactBacktest
import LeadpactContract
import Testing

/// The events are read from their files once: a named pipe, which gives its bytes to one
/// reader only, backtests as the regular file does, whether the contracts' event schemas are
/// alike (one parse, checked twice) or not (the bytes read once, parsed under each).
@Suite struct BacktestSingleReadTests {
    @Test(arguments: [false, true])
    func aPipeBacktestsAsTheFileDoes(schemasDiffer: Bool) throws {
        let baseline = try BacktestFixtures.compile(try BacktestFixtures.contractText(), name: "acme-global.sla.yaml")
        let draft = try BacktestFixtures.draft(
            [("accept_within: 30 business minutes", "accept_within: 10 business minutes")]
                + (schemasDiffer ? [("region: [na, emea]", "region: [na, emea, apac]")] : []))
        #expect(try ReadEventsProbe.fits(baseline, draft) != schemasDiffer)
        let file = BacktestFixtures.path(BacktestFixtures.eventsPath)
        let period = try BacktestFixtures.week(baseline)
        func backtest(_ files: [String]) throws -> BacktestResult {
            try Backtester.run(
                baseline: baseline, baselineDigest: baseline.digest, draft: draft, draftDigest: draft.digest,
                eventFiles: files, period: period, options: AuditOptions())
        }
        let fromFile = try backtest([file])

        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("leadpact-pipe-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let pipe = directory.appendingPathComponent("events.jsonl").path
        #expect(mkfifo(pipe, 0o600) == 0)
        let bytes = try Data(contentsOf: URL(fileURLWithPath: file))
        let writer = Thread {
            guard let handle = FileHandle(forWritingAtPath: pipe) else { return }
            handle.write(bytes)
            try? handle.close()
        }
        writer.start()
        let fromPipe = try backtest([pipe])
        #expect(fromPipe.input.baseline.lines == fromFile.input.baseline.lines)
        #expect(fromPipe.input.draft.lines == fromFile.input.draft.lines)
        #expect(fromPipe.rules == fromFile.rules)
        #expect(fromPipe.flips == fromFile.flips)
        #expect(!fromFile.flips.isEmpty)
    }
}

/// Whether two contracts read events alike, asked through the public read stage.
enum ReadEventsProbe {
    static func fits(_ a: Contract, _ b: Contract) throws -> Bool {
        let events = try Auditor.read(eventFiles: [], for: a, options: AuditOptions())
        return events.fits(b)
    }
}

/// A CSV log under two schemas is parsed from the bytes read once as each audit would read it.
@Suite struct BacktestCSVTests {
    @Test func aCSVLogUnderTwoSchemasCountsAsTwoAudits() throws {
        let folder = "fixtures/scenarios/marketing.conversion"
        let text = try String(contentsOfFile: BacktestFixtures.path("\(folder)/contract.yaml"), encoding: .utf8)
        let baseline = try BacktestFixtures.compile(text, name: "contract.yaml")
        let draft = try BacktestFixtures.compile(
            text.replacingOccurrences(of: "mql_to_sql: 50%", with: "mql_to_sql: 80%") + "\nfields:\n  region: [na, emea]\n")
        #expect(try !ReadEventsProbe.fits(baseline, draft))
        let files = [BacktestFixtures.path("\(folder)/events.csv")]
        let period = try ReportPeriod.month("2026-11", timeZone: baseline.metadata.timeZone)
        let result = try Backtester.run(
            baseline: baseline, baselineDigest: baseline.digest, draft: draft, draftDigest: draft.digest,
            eventFiles: files, period: period, options: AuditOptions())
        let before = try BacktestFixtures.audit(baseline, files: files, period: period)
        let after = try BacktestFixtures.audit(draft, files: files, period: period)
        #expect(result.rules.map(\.baseline) == before.rules.map(\.counts))
        #expect(result.rules.map(\.draft) == after.rules.map(\.counts))
        #expect(result.input.baseline.lines == before.input.lines)
        #expect(result.input.draft.lines == after.input.lines)
        #expect(result.input.baseline.lines > 0)
        #expect(result.targets.map { $0.baseline?.status } == before.targets.map(\.status))
        #expect(result.targets.map { $0.draft?.status } == after.targets.map(\.status))
    }
}
