import Foundation
import LeadpactAudit
import LeadpactContract
import Testing

/// The keys `audit --format json` must hold (brief §6), read back as JSON values.
@Suite struct JSONShapeConformanceTests {
    private let contract = Conformance.yaml("""
        marketing:
          volume:
            - { mqls: 5, per: month }

        sales:
          accept_within: 30 minutes
        """)

    @Test func theReportCarriesEveryKeyOfTheBrief() throws {
        // A: accept due 10:30, met 10:40 → breach late by 600 s. B: mql Nov 30 23:50 → accept
        // due Dec 1 00:20, after the month → open. Volume: 2 < 5 → breach with lead null.
        // Line 3 is bad.
        let result = try Conformance.run(contract, """
            {"ts":"2026-11-16T10:00:00-05:00","lead":"A","type":"mql"}
            {"ts":"2026-11-16T10:40:00-05:00","lead":"A","type":"accepted"}
            {"ts":"2026-11-16T10:40:00-05:00","lead":"A"}
            {"ts":"2026-11-30T23:50:00-05:00","lead":"B","type":"mql"}
            """, from: "2026-11-01", to: "2026-12-01")
        let data = Data(JSONReportRenderer().render(result).utf8)
        let root = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let contract = try #require(root["contract"] as? [String: Any])
        #expect(contract["id"] as? String == "conformance")
        #expect(contract["version"] as? String == "1.0.0")
        #expect(contract["digest"] as? String == "sha256:conformance")
        let period = try #require(root["period"] as? [String: Any])
        #expect((period["from"] as? String).map(Conformance.at) == Conformance.at("2026-11-01T00:00:00-04:00"))
        #expect((period["to"] as? String).map(Conformance.at) == Conformance.at("2026-12-01T00:00:00-05:00"))
        let obligations = try #require(root["obligations"] as? [String: Any])
        #expect(obligations["total"] as? Int == 3)
        #expect(obligations["met"] as? Int == 0)
        #expect(obligations["breached"] as? Int == 2)
        #expect(obligations["waived"] as? Int == 0)
        #expect(obligations["open"] as? Int == 1)
        let breaches = try #require(root["breaches"] as? [[String: Any]])
        #expect(breaches.count == 2)
        let accept = try #require(breaches.first)
        for key in ["rule", "side", "lead", "owner", "due", "resolved_at", "met_at", "late_by_seconds", "detail"] {
            #expect(accept[key] != nil, "breach key \(key)")
        }
        #expect(accept["rule"] as? String == "sales.accept")
        #expect(accept["side"] as? String == "sales")
        #expect(accept["lead"] as? String == "A")
        #expect((accept["met_at"] as? String).map(Conformance.at) == Conformance.at("2026-11-16T10:40:00-05:00"))
        #expect(accept["late_by_seconds"] as? Int == 600)
        let volume = try #require(breaches.last)
        #expect(volume["rule"] as? String == "marketing.volume")
        #expect(volume["lead"] is NSNull)
        #expect((volume["resolved_at"] as? String).map(Conformance.at) == Conformance.at("2026-12-01T00:00:00-05:00"))
        let open = try #require(root["open"] as? [[String: Any]])
        #expect(open.count == 1)
        for key in ["rule", "lead", "owner", "due"] { #expect(open.first?[key] != nil, "open key \(key)") }
        #expect((open.first?["due"] as? String).map(Conformance.at) == Conformance.at("2026-12-01T00:20:00-05:00"))
        let input = try #require(root["input"] as? [String: Any])
        #expect(input["lines"] as? Int == 4)
        #expect(input["bad_lines"] as? Int == 1)
        let issues = try #require(input["issues"] as? [[String: Any]])
        #expect(issues.map { $0["line"] as? Int } == [3])
        #expect(issues.allSatisfy { ($0["message"] as? String)?.isEmpty == false })
    }
}
