import Foundation
import LeadpactAudit
import LeadpactContract
import Testing

/// Scenarios where the checker and the brief disagree. These fail against the checker as it
/// stands; they are kept off main so its build stays green.
@Suite struct KnownDiscrepancyConformanceTests {
    private let contract = Conformance.yaml("""
        fields:
          authority: bool

        stages:
          sql:
            when: "authority"

        sales:
          accept_within: 30 minutes
          reasons: [no_budget, "café"]
        """)

    @Test func anObligationOfAnEventInNoCycleIsUnassigned() throws {
        // Brief §4: the owner is "the `to` of the cycle's last `assigned` event at or before the
        // moment the obligation resolves …, else `unassigned`", and "events after a cycle ends
        // and before the next mql belong to no cycle". The recycle at 10:10 and the sql at 10:20
        // belong to no cycle, so their sales.reason / sales.sql_criteria breaches have no cycle
        // assignment → unassigned (alice owned the cycle that was won at 10:03).
        let result = try Conformance.run(contract, """
            {"ts":"2026-11-16T10:00:00-05:00","lead":"A","type":"mql"}
            {"ts":"2026-11-16T10:01:00-05:00","lead":"A","type":"assigned","to":"alice"}
            {"ts":"2026-11-16T10:02:00-05:00","lead":"A","type":"accepted"}
            {"ts":"2026-11-16T10:03:00-05:00","lead":"A","type":"won"}
            {"ts":"2026-11-16T10:10:00-05:00","lead":"A","type":"recycled","reason":"bogus"}
            {"ts":"2026-11-16T10:20:00-05:00","lead":"A","type":"sql"}
            """)
        #expect(result.breaches(.salesReason, lead: "A").first?.owner == "unassigned")
        #expect(result.breaches(.salesSQLCriteria, lead: "A").first?.owner == "unassigned")
    }

    @Test func reasonsAreComparedByTheirCodePointsNotByCanonicalEquivalence() throws {
        // Brief §4: reasons are "compared exactly as written (no trimming, no case folding)".
        // "cafe\u0301" (e + combining acute, NFD) is not written as the contract's "café" (NFC):
        // not in sales.reasons → breach. (Swift's String == treats them as equal.)
        let result = try Conformance.run(contract, #"""
            {"ts":"2026-11-16T10:05:00-05:00","lead":"D","type":"recycled","reason":"cafe\u0301"}
            {"ts":"2026-11-16T10:05:00-05:00","lead":"N","type":"recycled","reason":"caf\u00e9"}
            """#)
        #expect(result.tally(.salesReason) == [1, 1, 0, 0])
        #expect(result.breaches(.salesReason).compactMap(\.lead) == ["D"])
    }
}
