import Foundation
import LeadpactAudit
import LeadpactContract
import Testing

@Suite struct JSONReportRendererTests {
    private func sample() -> AuditResult {
        let from = Date(timeIntervalSince1970: 1_794_805_200)  // 2026-11-16T00:00:00-05:00
        let due = from.addingTimeInterval(3600)
        let breach = Breach(
            rule: .salesAccept, lead: "L-1", owner: "alice", due: due, resolvedAt: due,
            metAt: due.addingTimeInterval(720), lateBySeconds: 720, lateByBusinessSeconds: 720, calendar: "na",
            detail: "accepted at … — 12 business minutes late", evidence: [EvidenceItem("calendar", "na")])
        let target = Breach(
            rule: .marketingVolume, lead: nil, owner: "marketing", due: due, resolvedAt: due,
            detail: "3 MQLs < 400 required")
        var counts = ObligationCounts()
        counts.record(.breached)
        counts.record(.breached)
        counts.record(.met)
        counts.record(.open)
        return AuditResult(
            contract: AuditedContract(id: "acme", version: "1.0.0", digest: "sha256:00", title: "T", timeZone: "America/New_York"),
            period: ReportPeriod(from: from, to: from.addingTimeInterval(7 * 86_400), label: "2026-W47"),
            obligations: counts,
            rules: [RuleCounts(rule: .salesAccept, counts: counts)],
            breaches: [breach, target],
            open: [OpenObligation(rule: .salesSequence, lead: "L-2", owner: "bob", due: due, timeLeftSeconds: 60, detail: "1 of 7")],
            input: InputSummary(lines: 10, badLines: 1, issues: [InputIssue(file: "e.jsonl", line: 3, message: "missing ts", isBadLine: true)]),
            cycles: [], targets: [])
    }

    @Test func holdsTheBriefsKeysWithTimesInTheContractZone() throws {
        let text = JSONReportRenderer().render(sample())
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let contract = try #require(object["contract"] as? [String: Any])
        #expect(contract["digest"] as? String == "sha256:00")
        let period = try #require(object["period"] as? [String: Any])
        #expect(period["from"] as? String == "2026-11-16T00:00:00-05:00")
        let obligations = try #require(object["obligations"] as? [String: Any])
        #expect(obligations["total"] as? Int == 4)
        #expect(obligations["breached"] as? Int == 2)
        let breaches = try #require(object["breaches"] as? [[String: Any]])
        #expect(breaches.count == 2)
        #expect(breaches[0]["met_at"] as? String == "2026-11-16T01:12:00-05:00")
        #expect(breaches[0]["late_by_seconds"] as? Int == 720)
        #expect(breaches[1]["lead"] is NSNull)
        #expect(breaches[1]["met_at"] is NSNull)
        #expect(breaches[1]["side"] as? String == "marketing")
        let open = try #require(object["open"] as? [[String: Any]])
        #expect(open.first?["due"] as? String == "2026-11-16T01:00:00-05:00")
        let input = try #require(object["input"] as? [String: Any])
        #expect(input["bad_lines"] as? Int == 1)
        let issues = try #require(input["issues"] as? [[String: Any]])
        #expect(issues.first?["line"] as? Int == 3)
        #expect(issues.first?["file"] as? String == "e.jsonl")
    }

    @Test func escapesTextAndEndsWithANewline() {
        var result = sample()
        result.breaches[0].detail = "quote \" backslash \\ tab \t bell \u{7}"
        let text = JSONReportRenderer().render(result)
        #expect(text.hasSuffix("}\n"))
        #expect(text.contains(#""detail":"quote \" backslash \\ tab \t bell \u0007""#))
    }
}
