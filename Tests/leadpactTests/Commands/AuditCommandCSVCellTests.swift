import Foundation
import Testing

/// `audit --format csv` on a log whose lead ids and rep names look like spreadsheet formulas:
/// the CSV cells carry a leading `'` (and still read back as one record per breach), the JSON
/// report keeps the text exact.
@Suite struct AuditCommandCSVCellTests {
    static let formulaLead = #"=HYPERLINK("http://x.example","y")"#

    /// The report scenario with lead L-1002 renamed to a formula, L-1003 to `-1003` and rep
    /// bruno to `@bruno`.
    static func scenario() throws -> TemporaryDirectory {
        let directory = try TemporaryDirectory()
        try directory.copy(AuditCommandTests.contract, to: "contract.sla.yaml")
        let events = try String(contentsOf: Repository.root.appendingPathComponent(AuditCommandTests.events), encoding: .utf8)
            .replacingOccurrences(of: #""L-1002""#, with: #""=HYPERLINK(\"http://x.example\",\"y\")""#)
            .replacingOccurrences(of: #""L-1003""#, with: #""-1003""#)
            .replacingOccurrences(of: #""bruno""#, with: #""@bruno""#)
        try directory.write(events, to: "events.jsonl")
        return directory
    }

    static func audit(_ format: String, in directory: TemporaryDirectory) throws -> CommandResult {
        let result = try CommandRunner.run(
            ["audit", "contract.sla.yaml", "--events", "events.jsonl", "--week", "2026-W47", "--format", format], in: directory.url)
        #expect(result.status == 0, "\(result)")
        return result
    }

    @Test func formulaCellsAreTextInCSVAndExactInJSON() throws {
        let directory = try Self.scenario()
        defer { directory.remove() }
        let csv = try Self.audit("csv", in: directory).stdout
        #expect(csv.contains("\r\nsales.accept,sales,\"'=HYPERLINK(\"\"http://x.example\"\",\"\"y\"\")\",'@bruno,2026-11-16T11:30:00-05:00,"), "\(csv)")
        #expect(csv.contains("\r\nmarketing.handoff_context,marketing,'-1003,marketing,2026-11-17T03:00:00-05:00,"), "\(csv)")
        #expect(!csv.contains(",=") && !csv.contains(",@") && !csv.contains(",-1003"), "\(csv)")

        let report = try AuditCommandTests.object(try Self.audit("json", in: directory))
        let breaches = try #require(report["breaches"] as? [[String: Any]])
        #expect(breaches.contains { $0["lead"] as? String == Self.formulaLead && $0["owner"] as? String == "@bruno" })
        #expect(breaches.contains { $0["lead"] as? String == "-1003" })
    }

    static let python = ProcessInfo.processInfo.environment["LEADPACT_PYTHON"].flatMap { $0.isEmpty ? nil : $0 }

    /// Python's `csv` module, an independent RFC 4180 reader, reads one record per breach
    /// whose lead and owner are the JSON report's, a `'` before those that begin a formula.
    @Test(.enabled(if: python != nil || ProcessInfo.processInfo.environment["LEADPACT_REQUIRE_EXTERNAL_TOOLS"] == "1"))
    func anIndependentReaderReadsTheCells() throws {
        let python = try #require(Self.python, "LEADPACT_REQUIRE_EXTERNAL_TOOLS=1 but LEADPACT_PYTHON is not set")
        let directory = try Self.scenario()
        defer { directory.remove() }
        try directory.write(Self.audit("csv", in: directory).stdout, to: "report.csv")
        let report = try AuditCommandTests.object(try Self.audit("json", in: directory))
        let breaches = try #require(report["breaches"] as? [[String: Any]])

        let process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = ["-c", "import csv, json, sys; print(json.dumps(list(csv.DictReader(open(sys.argv[1], newline='', encoding='utf-8')))))", "report.csv"]
        process.currentDirectoryURL = directory.url
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let rows = try #require(try JSONSerialization.jsonObject(with: data) as? [[String: String]])

        let inert = { (text: String) in ["=", "+", "-", "@"].contains(text.prefix(1)) ? "'" + text : text }
        #expect(rows.map { $0["lead"] ?? "" } == breaches.map { inert($0["lead"] as? String ?? "") })
        #expect(rows.map { $0["owner"] ?? "" } == breaches.map { inert($0["owner"] as? String ?? "") })
        #expect(rows.map { $0["due"] ?? "" } == breaches.map { $0["due"] as? String ?? "" })
        #expect(rows.contains { $0["lead"] == "'" + Self.formulaLead })
    }
}
