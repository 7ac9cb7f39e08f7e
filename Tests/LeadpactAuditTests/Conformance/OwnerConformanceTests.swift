import Foundation
import LeadpactAudit
import LeadpactContract
import Testing

/// Owner resolution (brief §4): the `to` of the cycle's last `assigned` at or before the moment
/// the obligation resolves (for an open one, the period's end), else `unassigned`.
@Suite struct OwnerConformanceTests {
    private let contract = Conformance.yaml("""
        sales:
          accept_within: 30 minutes
          first_touch_within: 1 hour
          sequence:
            touches: 1
            within: 2 hours
          reasons: [no_budget, no_response]
        """)

    @Test func eachObligationTakesTheOwnerAtItsOwnResolveMoment() throws {
        // accept resolves at its due 10:30 → alice (bob only from 10:40);
        // first touch resolves at 11:00 → bob. bob's late accept at 10:45 does not change it.
        let result = try Conformance.run(contract, """
            {"ts":"2026-11-16T10:00:00-05:00","lead":"A","type":"mql"}
            {"ts":"2026-11-16T10:00:00-05:00","lead":"A","type":"assigned","to":"alice"}
            {"ts":"2026-11-16T10:40:00-05:00","lead":"A","type":"assigned","to":"bob"}
            {"ts":"2026-11-16T10:45:00-05:00","lead":"A","type":"accepted","by":"bob"}
            {"ts":"2026-11-16T11:30:00-05:00","lead":"A","type":"touch","channel":"call"}
            """)
        #expect(result.breaches(.salesAccept, lead: "A").first?.owner == "alice")
        #expect(result.breaches(.salesFirstTouch, lead: "A").first?.owner == "bob")
    }

    @Test func anAssignmentExactlyAtTheResolveMomentCounts() throws {
        // accept due 10:30; carol assigned at 10:30 → "at or before" → carol.
        let result = try Conformance.run(contract, """
            {"ts":"2026-11-16T10:00:00-05:00","lead":"A","type":"mql"}
            {"ts":"2026-11-16T10:30:00-05:00","lead":"A","type":"assigned","to":"carol"}
            """)
        #expect(result.breaches(.salesAccept, lead: "A").first?.owner == "carol")
    }

    @Test func anOpenObligationTakesTheOwnerAtThePeriodEnd() throws {
        // mql Sun 23:00; first touch due Mon 00:00 = `to` → open; sequence due 01:00 → open.
        // dave at 23:10; erin at 00:00 is not before the period's end and is not read → dave.
        let result = try Conformance.run(contract, """
            {"ts":"2026-11-22T23:00:00-05:00","lead":"A","type":"mql"}
            {"ts":"2026-11-22T23:10:00-05:00","lead":"A","type":"assigned","to":"dave"}
            {"ts":"2026-11-23T00:00:00-05:00","lead":"A","type":"assigned","to":"erin"}
            """)
        #expect(result.tally(.salesFirstTouch) == [0, 0, 0, 1])
        #expect(result.open(.salesFirstTouch, lead: "A").first?.owner == "dave")
        #expect(result.open(.salesSequence, lead: "A").first?.owner == "dave")
        #expect(result.breaches(.salesAccept, lead: "A").first?.owner == "dave")
    }

    @Test func anEarlierCycleOrABetweenCyclesAssignmentDoesNotCarryOver() throws {
        // Cycle 1 is assigned to alice and won; bob's assignment at 10:04 belongs to no cycle;
        // cycle 2 (mql 10:10, accept due 10:40) has no assignment → unassigned.
        let result = try Conformance.run(contract, """
            {"ts":"2026-11-16T10:00:00-05:00","lead":"A","type":"mql"}
            {"ts":"2026-11-16T10:01:00-05:00","lead":"A","type":"assigned","to":"alice"}
            {"ts":"2026-11-16T10:02:00-05:00","lead":"A","type":"accepted"}
            {"ts":"2026-11-16T10:03:00-05:00","lead":"A","type":"won"}
            {"ts":"2026-11-16T10:04:00-05:00","lead":"A","type":"assigned","to":"bob"}
            {"ts":"2026-11-16T10:10:00-05:00","lead":"A","type":"mql"}
            """)
        let breach = try #require(result.breaches(.salesAccept, lead: "A").first)
        #expect(breach.due == Conformance.at("2026-11-16T10:40:00-05:00"))
        #expect(breach.owner == "unassigned")
    }

    @Test func aBrokenSequenceTakesTheOwnerAtTheBreakingEvent() throws {
        // recycled (no_response) at 11:00 breaks the sequence then: frank (10:30) owns it;
        // gina's 11:30 assignment comes after the cycle ended.
        let result = try Conformance.run(contract, """
            {"ts":"2026-11-16T10:00:00-05:00","lead":"A","type":"mql"}
            {"ts":"2026-11-16T10:10:00-05:00","lead":"A","type":"accepted"}
            {"ts":"2026-11-16T10:20:00-05:00","lead":"A","type":"assigned","to":"eve"}
            {"ts":"2026-11-16T10:30:00-05:00","lead":"A","type":"assigned","to":"frank"}
            {"ts":"2026-11-16T11:00:00-05:00","lead":"A","type":"recycled","reason":"no_response"}
            {"ts":"2026-11-16T11:30:00-05:00","lead":"A","type":"assigned","to":"gina"}
            """)
        let breach = try #require(result.breaches(.salesSequence, lead: "A").first)
        #expect(breach.resolvedAt == Conformance.at("2026-11-16T11:00:00-05:00"))
        #expect(breach.owner == "frank")
    }
}
