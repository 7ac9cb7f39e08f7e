import Foundation
import Testing

/// `leadpact backtest DRAFT --baseline CURRENT --events FILE… <period>`: a draft judged on the
/// events the current contract judged.
@Suite struct BacktestCommandTests {
    static let current = "contracts/acme-global.sla.yaml"
    static let older = "contracts/history/acme-global-1.3.0.sla.yaml"
    static let events = "fixtures/acme-global-12w.jsonl"

    /// The example of docs/backtest.md prints exactly the output shown under it.
    @Test func theDocumentedExampleShowsItsOutput() throws {
        let text = try Repository.text("docs/backtest.md")
        let block = try #require(
            text.firstRange(of: #/```console\n\$ leadpact (?<command>backtest[^\n]*)\n(?<output>(?:.*\n)*?)```/#),
            "docs/backtest.md has no ```console block starting with $ leadpact backtest")
        let match = try #require(text[block].wholeMatch(of: #/```console\n\$ leadpact (?<command>backtest[^\n]*)\n(?<output>(?:.*\n)*?)```/#))
        let result = try CommandRunner.run(try HelpText.words(String(match.output.command)))
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout == String(match.output.output), "\(result)")
    }

    @Test func aContractAgainstItselfShowsZeroDeltasAndNoFlips() throws {
        let (result, json) = try CommandRunner.runJSON([
            "backtest", Self.current, "--baseline", Self.current, "--events", Self.events, "--week", "2026-W47",
            "--format", "json",
        ])
        #expect(result.status == 0, "\(result)")
        let document = try #require(json as? [String: Any])
        #expect((document["flips"] as? [Any])?.isEmpty == true, "\(result)")
        #expect((document["changes"] as? [Any])?.isEmpty == true, "\(result)")
        let rules = try #require(document["rules"] as? [String: [String: Any]])
        #expect(!rules.isEmpty)
        for (rule, row) in rules {
            let (baseline, draft) = (row["baseline"] as? [String: Any], row["draft"] as? [String: Any])
            for key in ["total", "met", "breached", "waived", "open"] {
                #expect(baseline?[key] as? Int == draft?[key] as? Int, "\(rule).\(key)")
            }
        }
        for key in ["baseline", "draft"] {
            let contract = try #require(document[key] as? [String: Any])
            #expect(Set(contract.keys) == ["id", "version", "digest"])
        }
        let text = try CommandRunner.run([
            "backtest", Self.current, "--baseline", Self.current, "--events", Self.events, "--week", "2026-W47",
        ])
        #expect(text.stdout.contains("Verdict flips: 0 (0 newly breached, 0 no longer breached)"), "\(text)")
        for line in text.stdoutLines where line.hasPrefix("  ") {
            #expect(line.firstMatch(of: #/\d%? → |\+\d/#) == nil, "a delta where there is none: \(line)")
        }
    }

    @Test func theHTMLIsOnePageWithPairedBarsAndNoScript() throws {
        let result = try CommandRunner.run([
            "backtest", Self.current, "--baseline", Self.older, "--events", Self.events, "--week", "2026-W47",
            "--format", "html",
        ])
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout.hasPrefix("<!DOCTYPE html>"))
        #expect(result.stdout.components(separatedBy: "<svg").count == 3, "two charts")
        #expect(!result.stdout.contains("<script"))
        #expect(!result.stdout.contains("src="))
    }

    @Test func aPeriodIsRequired() throws {
        let result = try CommandRunner.run(["backtest", Self.current, "--baseline", Self.older, "--events", Self.events])
        #expect(result.status == 2, "\(result)")
        #expect(result.stderr.contains("give exactly one period"), "\(result)")
    }

    @Test func strictFailsWithStatus3OnBadLines() throws {
        let result = try CommandRunner.run([
            "backtest", Self.current, "--baseline", Self.older, "--events", Self.events, "--week", "2026-W47", "--strict",
        ])
        #expect(result.status == 3, "\(result)")
        #expect(result.stderr.contains("\(Self.events):"), "\(result)")
        #expect(result.stdout.isEmpty, "\(result)")
    }

    @Test func anUnreadableEventFileIsAnIOError() throws {
        let result = try CommandRunner.run([
            "backtest", Self.current, "--baseline", Self.older, "--events", "no-such.jsonl", "--week", "2026-W47",
        ])
        #expect(result.status == 2, "\(result)")
        #expect(result.stderr.contains("no-such.jsonl"), "\(result)")
    }
}
