import Foundation
import Testing

/// `leadpact audit --width N` fits the text report into N columns; without it and off a
/// terminal the report is left as it is.
@Suite struct AuditCommandWidthTests {
    static let readmeAudit = [
        "audit", "contracts/acme-global.sla.yaml", "--events", "fixtures/acme-global-12w.jsonl", "--week", "2026-W47",
    ]

    @Test func theReadmeReportFitsEightyColumns() throws {
        let result = try CommandRunner.run(Self.readmeAudit + ["--width", "80"])
        #expect(result.status == 0, "\(result)")
        let wide = result.stdoutLines.filter { $0.count > 80 }
        #expect(wide.isEmpty, "lines wider than 80 columns:\n\(wide.joined(separator: "\n"))")
        let open = try CommandRunner.run(Self.readmeAudit)
        #expect(result.stdout.split { $0 == " " || $0 == "\n" } == open.stdout.split { $0 == " " || $0 == "\n" })
    }

    @Test func offATerminalWithoutAWidthLinesAreLeftWhole() throws {
        let result = try CommandRunner.run(Self.readmeAudit)
        #expect(result.stdoutLines.contains { $0.count > 80 })
        #expect(result.stdoutLines.contains { $0.hasSuffix("left)  awaiting first touch") })
    }

    @Test func aWidthTooNarrowIsAUsageError() throws {
        let result = try CommandRunner.run(Self.readmeAudit + ["--width", "5"])
        #expect(result.status == 2, "\(result)")
        #expect(result.stderr.contains("--width must be at least 20"), "\(result)")
        let checked = try CommandRunner.run(["check", "contracts/minimal.sla.yaml", "--width", "5"])
        #expect(checked.status != 0 && checked.stderr.contains("--width must be at least 20"), "\(checked)")
    }
}
