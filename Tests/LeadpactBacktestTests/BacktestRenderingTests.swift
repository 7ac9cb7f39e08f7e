import Foundation
import LeadpactAudit
import LeadpactBacktest
import LeadpactContract
import Testing

/// The short forms list the first 50 flips and say so; json lists every one.
@Suite struct BacktestRenderingTests {
    static func manyFlips() throws -> BacktestResult {
        let baseline = try BacktestFixtures.compile(try BacktestFixtures.contractText(), name: "acme-global.sla.yaml")
        let draft = try BacktestFixtures.draft([
            ("accept_within: 30 business minutes", "accept_within: 1 business minute"),
        ])
        let period = try ReportPeriod.month("2026-11", timeZone: baseline.metadata.timeZone)
        return try Backtester.run(
            baseline: baseline, baselineDigest: baseline.digest, draft: draft, draftDigest: draft.digest,
            eventFiles: [BacktestFixtures.path(BacktestFixtures.eventsPath)], period: period, options: AuditOptions())
    }

    @Test func textMarkdownAndHTMLListTheFirstFiftyFlipsAndJSONAll() throws {
        let result = try Self.manyFlips()
        #expect(result.flips.count > 50)
        let note = "The first 50 of \(result.flips.count) flips; --format json lists all."
        let expected = result.flips.prefix(50).map(\.lead)

        let text = try Self.after("Verdict flips:", in: BacktestFormat.text.render(result))
        let textRows = text.split(separator: "\n").dropFirst(2).filter { !$0.contains(note) }
        #expect(textRows.map { String($0.split(separator: " ")[1]) } == expected)
        #expect(text.contains(note))

        let markdown = try Self.after("### Verdict flips", in: BacktestFormat.markdown.render(result))
        let markdownRows = markdown.split(separator: "\n").filter { $0.hasPrefix("| ") }.dropFirst(2)  // the header and its rule
        #expect(markdownRows.count == 50)
        #expect(markdown.contains(note))

        let html = try Self.after("Verdict flips:", in: BacktestFormat.html.render(result))
        #expect(html.components(separatedBy: "<tr><td>").count - 1 == 50)
        #expect(html.contains(note))

        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(BacktestFormat.json.render(result).utf8)) as? [String: Any])
        let flips = try #require(json["flips"] as? [[String: String]])
        #expect(flips.count == result.flips.count)
        #expect(flips.map { "\($0["rule"] ?? "") \($0["lead"] ?? "")" } == result.flips.map { "\($0.rule.rawValue) \($0.lead)" })
    }

    /// The text from `marker` on.
    static func after(_ marker: String, in text: String) throws -> Substring {
        let range = try #require(text.range(of: marker), "no \(marker)")
        return text[range.lowerBound...]
    }
}
