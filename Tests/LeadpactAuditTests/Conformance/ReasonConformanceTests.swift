import Foundation
import LeadpactAudit
import LeadpactContract
import Testing

/// `sales.reason` (brief §5): each rejected, disqualified, recycled or renurture — in a cycle or
/// not — carries a reason from `sales.reasons`, compared exactly as written.
@Suite struct ReasonConformanceTests {
    private let contract = Conformance.yaml("""
        sales:
          reasons: [no_budget, no_response]
        """)

    @Test func everyClosingEventOwesAReasonInACycleOrNot() throws {
        // Each event is judged at its own instant. Met: R1 rejected no_budget (in a cycle),
        // R2 recycled no_response with no cycle. Breached: R3 renurture "no budget" (not in the
        // list), R4 disqualified "NO_BUDGET" (no case folding), R5 rejected "no_budget " (no
        // trimming), R6 recycled after the cycle was won, without a reason.
        // won and lost owe no reason.
        let result = try Conformance.run(contract, """
            {"ts":"2026-11-16T10:00:00-05:00","lead":"R1","type":"mql"}
            {"ts":"2026-11-16T10:05:00-05:00","lead":"R1","type":"rejected","reason":"no_budget"}
            {"ts":"2026-11-16T10:05:00-05:00","lead":"R2","type":"recycled","reason":"no_response"}
            {"ts":"2026-11-16T10:05:00-05:00","lead":"R3","type":"renurture","reason":"no budget"}
            {"ts":"2026-11-16T10:05:00-05:00","lead":"R4","type":"disqualified","reason":"NO_BUDGET"}
            {"ts":"2026-11-16T10:05:00-05:00","lead":"R5","type":"rejected","reason":"no_budget "}
            {"ts":"2026-11-16T10:00:00-05:00","lead":"R6","type":"mql"}
            {"ts":"2026-11-16T10:01:00-05:00","lead":"R6","type":"won"}
            {"ts":"2026-11-16T10:02:00-05:00","lead":"R6","type":"lost"}
            {"ts":"2026-11-16T10:07:00-05:00","lead":"R6","type":"recycled"}
            """)
        #expect(result.tally(.salesReason) == [2, 4, 0, 0])
        #expect(result.breaches(.salesReason).compactMap(\.lead).sorted() == ["R3", "R4", "R5", "R6"])
        let r6 = try #require(result.breaches(.salesReason, lead: "R6").first)
        #expect(r6.resolvedAt == Conformance.at("2026-11-16T10:07:00-05:00"))
        #expect(r6.side == .sales)
    }

    @Test func aReasonEventAfterThePeriodEndIsNotJudgedYet() throws {
        // recycled on Mon Nov 23 00:00 = W47's `to` → not read in W47; judged in W48.
        let events = """
            {"ts":"2026-11-23T00:00:00-05:00","lead":"A","type":"recycled","reason":"later"}
            """
        #expect(try Conformance.run(contract, events).tally(.salesReason) == [0, 0, 0, 0])
        #expect(try Conformance.run(contract, events, week: "2026-W48").tally(.salesReason) == [0, 1, 0, 0])
    }
}
