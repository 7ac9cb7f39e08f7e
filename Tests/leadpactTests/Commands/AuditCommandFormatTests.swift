import Foundation
import Testing

/// The report formats of `leadpact audit` as docs/reports.md describes them, on the report
/// scenario's week (eight breaches).
@Suite struct AuditCommandFormatTests {
    static func render(_ format: String) throws -> CommandResult {
        let result = try AuditCommandTests.audit(["--week", "2026-W47", "--format", format])
        #expect(result.status == 0, "\(result)")
        return result
    }

    static func breachCount() throws -> Int {
        let report = try AuditCommandTests.object(try render("json"))
        return (report["breaches"] as? [Any])?.count ?? -1
    }

    @Test func csvHasTheDocumentedColumnsCRLFRecordsAndOneRowPerBreach() throws {
        let csv = try Self.render("csv").stdout
        let records = csv.components(separatedBy: "\r\n")
        #expect(records.first == "rule,side,lead,owner,due,resolved_at,met,met_at,late_by_business_seconds,late_by_seconds,late_by,calendar,detail")
        #expect(records.last == "", "the last record ends with CRLF")
        // No detail of this scenario spans lines, so a record is a line.
        #expect(records.dropFirst().dropLast().count == (try Self.breachCount()))
        #expect(!csv.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
    }

    @Test func htmlIsOneSelfContainedPage() throws {
        let html = try Self.render("html").stdout.lowercased()
        #expect(html.contains("<html") && html.contains("</html>"))
        for fetch in ["<script", "src=\"http", "href=\"http", "url(http", "@import"] {
            #expect(!html.contains(fetch), "\(fetch)")
        }
    }

    @Test func nothingIsColouredWhenTheOutputIsNotATerminal() throws {
        for format in ["text", "markdown"] {
            let result = try Self.render(format)
            #expect(!result.stdout.isEmpty)
            #expect(!result.stdout.contains("\u{1B}["), "\(format)")
            #expect(!result.stderr.contains("\u{1B}["), "\(format)")
        }
        let check = try CommandRunner.run(["check", try #require(try Repository.files(in: "contracts/invalid", endingWith: ".sla.yaml").first)])
        #expect(!check.stdout.contains("\u{1B}["))
    }
}
