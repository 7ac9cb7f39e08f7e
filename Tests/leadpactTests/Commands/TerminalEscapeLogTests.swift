import Foundation
import Testing

/// `queue`, `backtest` and `review` show the lead ids, owners, sources and reasons of a hostile
/// log escaped in text and Markdown (`\u{1B}`), and keep the exact values in JSON.
@Suite struct TerminalEscapeLogTests {
    static let contract = "contracts/acme-global.sla.yaml"
    static let hostile = TerminalEscapeTests.hostileJSON

    /// The twelve-week log with every lead id, the owner `bruno`, the source `webinar` and the
    /// reason `no_response` ending in an escape sequence.
    private static func hostileLog() throws -> (directory: TemporaryDirectory, events: String) {
        let directory = try TemporaryDirectory()
        let events = try Repository.text("fixtures/acme-global-12w.jsonl")
            .replacing(#/"lead":"(L-\d+)"/#) { "\"lead\":\"\($0.output.1)\(hostile)\"" }
            .replacingOccurrences(of: "\"to\":\"bruno\"", with: "\"to\":\"bruno\(hostile)\"")
            .replacingOccurrences(of: "\"source\":\"webinar\"", with: "\"source\":\"webinar\(hostile)\"")
            .replacingOccurrences(of: "\"reason\":\"no_response\"", with: "\"reason\":\"no_response\(hostile)\"")
        return (directory, try directory.write(events, to: "events.jsonl"))
    }

    /// Runs `arguments` in text, Markdown and JSON, expecting each value of `shown` (its name
    /// before the escape) in the outputs for people escaped, and the hostile value in JSON.
    /// `aligned` is text the text form holds when its columns count the escaped width.
    private func expectEscaped(_ arguments: [String], shown names: [String], aligned: String) throws {
        let outputs = [("text", TerminalEscapeTests.shown), ("markdown", TerminalEscapeTests.shownInMarkdown)]
        for (format, shown) in outputs {
            let result = try CommandRunner.run(arguments + ["--format", format])
            #expect(result.status == 0, "\(result)")
            #expect(!result.stdout.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 }, "\(format) has raw control characters")
            for name in names {
                let markdownName = format == "markdown" ? name.replacingOccurrences(of: "_", with: #"\_"#) : name
                #expect(result.stdout.contains(markdownName + shown), "\(format): \(name) is not shown escaped:\n\(result.stdout)")
            }
            if format == "text" { #expect(result.stdout.contains(aligned), "text columns do not fit the escaped values:\n\(result.stdout)") }
        }
        let json = try CommandRunner.run(arguments + ["--format", "json"])
        #expect(json.status == 0, "\(json)")
        #expect(json.stdout.lowercased().contains(Self.hostile.lowercased()), "JSON keeps the exact value")
    }

    @Test func queueShowsLeadsAndOwnersEscaped() throws {
        let (directory, events) = try Self.hostileLog()
        defer { directory.remove() }
        try expectEscaped(
            ["queue", Self.contract, "--events", events, "--at", "2026-11-27T09:00:00-05:00"],
            shown: ["L-100028", "bruno"], aligned: "L-100028\(TerminalEscapeTests.shown)  2026-09-30 11:00")
    }

    @Test func backtestShowsLeadsAndOwnersEscaped() throws {
        let (directory, events) = try Self.hostileLog()
        defer { directory.remove() }
        try expectEscaped(
            ["backtest", Self.contract, "--baseline", "contracts/history/acme-global-1.3.0.sla.yaml", "--events", events, "--week", "2026-W47"],
            shown: ["bruno", "L-100425"], aligned: "  bruno\(TerminalEscapeTests.shown)  3                    2")
    }

    @Test func reviewShowsSourcesAndReasonsEscaped() throws {
        let (directory, events) = try Self.hostileLog()
        defer { directory.remove() }
        try expectEscaped(
            ["review", Self.contract, "--events", events, "--from", "2026-09-07", "--to", "2026-11-30"],
            shown: ["webinar", "no_response"], aligned: "  webinar\(TerminalEscapeTests.shown)        41  11/41 (26.8%)")
    }
}
