import Foundation
import Testing

/// Control characters from a contract, an event log or a sign-off file are shown escaped in
/// every output for people (`\u{1B}`), and kept exact in the machine formats.
@Suite struct TerminalEscapeTests {
    /// What an attacker would write: set the window title, then clear the screen.
    static let hostileYAML = #"\e]0;owned\a\e[2J"#
    static let hostileJSON = #"\u001b]0;owned\u0007\u001b[2J"#
    static let shown = #"\u{1B}]0;owned\u{7}\u{1B}[2J"#

    private func expectEscaped(_ text: String, _ what: String, as shown: String = TerminalEscapeTests.shown) {
        #expect(!text.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 }, "\(what) has raw control characters")
        #expect(text.contains(shown), "\(what) does not show the escape:\n\(text)")
    }

    /// `shown` as Markdown writes it, brackets escaped.
    static let shownInMarkdown = #"\u{1B}\]0;owned\u{7}\u{1B}\[2J"#

    /// The report scenario with a hostile title and owner.
    private func hostileScenario() throws -> TemporaryDirectory {
        let directory = try TemporaryDirectory()
        let contract = try Repository.text("fixtures/reports/contract.sla.yaml")
            .replacingOccurrences(of: "title: Acme Global — Marketing ⇄ Sales SLA", with: "title: \"Acme \(Self.hostileYAML)\"")
        try directory.write(contract, to: "contract.sla.yaml")
        let events = try Repository.text("fixtures/reports/events.jsonl")
            .replacingOccurrences(of: "\"chloe\"", with: "\"chloe\(Self.hostileJSON)\"")
        try directory.write(events, to: "events.jsonl")
        return directory
    }

    @Test func theAuditReportsForPeopleShowTheEscapes() throws {
        let directory = try hostileScenario()
        defer { directory.remove() }
        let audit = ["audit", "contract.sla.yaml", "--events", "events.jsonl", "--week", "2026-W47"]
        for (format, shown) in [("text", Self.shown), ("markdown", Self.shownInMarkdown)] {
            let result = try CommandRunner.run(audit + ["--format", format], in: directory.url)
            #expect(result.status == 0, "\(result)")
            expectEscaped(result.stdout, format, as: shown)
            #expect(result.stdout.contains("chloe" + shown), "\(format): the owner is not shown escaped")
        }
        let json = try CommandRunner.run(audit + ["--format", "json"], in: directory.url)
        #expect(json.stdout.lowercased().contains(Self.hostileJSON.lowercased()), "JSON keeps the exact value")
    }

    @Test func checkShowsTheEscapesInTextAndGitHub() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let contract = try Repository.text("contracts/minimal.sla.yaml")
            .replacingOccurrences(of: "  first_touch_within: 1 day", with: "  \"first_touch\(Self.hostileYAML)\": 1 day")
        try directory.write(contract, to: "c.sla.yaml")
        for format in ["text", "github"] {
            let result = try CommandRunner.run(["check", "c.sla.yaml", "--format", format], in: directory.url)
            #expect(result.status == 1, "\(result)")
            expectEscaped(result.stdout, format)
        }
    }

    @Test func verifyShowsTheSignerEscaped() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        try directory.copy("contracts/minimal.sla.yaml", to: "minimal.sla.yaml")
        let signoff = try Repository.text("contracts/minimal.sla.signoff.yaml")
            .replacingOccurrences(of: "signer: \"example-marketing\"", with: "signer: \"example-marketing\(Self.hostileYAML)\"")
        try directory.write(signoff, to: "minimal.sla.signoff.yaml")
        let trust = try Repository.text("contracts/trusted-keys.yaml")
            .replacingOccurrences(of: "name: \"example-marketing\"", with: "name: \"example-marketing\(Self.hostileYAML)\"")
        try directory.write(trust, to: "trusted-keys.yaml")
        let result = try CommandRunner.run(["verify", "minimal.sla.yaml"], in: directory.url)
        #expect(result.status == 0, "\(result)")
        expectEscaped(result.stdout + result.stderr, "verify")
    }

    @Test func diffTextShowsTheEscapes() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        try directory.copy("contracts/minimal.sla.yaml", to: "old.sla.yaml")
        let changed = try Repository.text("contracts/minimal.sla.yaml")
            .replacingOccurrences(of: "title: Minimal SLA", with: "title: \"Minimal \(Self.hostileYAML)\"")
        try directory.write(changed, to: "new.sla.yaml")
        let result = try CommandRunner.run(["diff", "old.sla.yaml", "new.sla.yaml"], in: directory.url)
        #expect(result.status == 0, "\(result)")
        expectEscaped(result.stdout, "diff")
    }
}
