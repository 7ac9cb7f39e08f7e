import Foundation
import LeadpactAudit
import LeadpactContract
import Testing

/// `sales.first_touch`: a touch by mql + first_touch_within (or the first matching expedite,
/// evaluated at the mql), waived by a cycle end before it is due. Week 2026-W47, EST (−05:00).
@Suite struct FirstTouchConformanceTests {
    private let contract = Conformance.yaml("""
        sales:
          first_touch_within: 1 hour
        """)

    @Test func aTouchExactlyAtTheDueInstantIsMet() throws {
        // mql 10:00 + 1 h = due 11:00; touch at 11:00 → met (inclusive).
        let result = try Conformance.run(contract, """
            {"ts":"2026-11-16T10:00:00-05:00","lead":"A","type":"mql"}
            {"ts":"2026-11-16T11:00:00-05:00","lead":"A","type":"touch","channel":"call"}
            """)
        #expect(result.tally(.salesFirstTouch) == [1, 0, 0, 0])
    }

    @Test func aTouchAndAnEndAtTheDueInstantCountInFileOrder() throws {
        // T: the touch comes first in the file at 11:00 → met, then the cycle ends.
        // E: the end comes first at 11:00 → too late to waive, the touch after it belongs to no
        //    cycle → breach resolved at 11:00 without met_at.
        let result = try Conformance.run(contract, """
            {"ts":"2026-11-16T10:00:00-05:00","lead":"T","type":"mql"}
            {"ts":"2026-11-16T11:00:00-05:00","lead":"T","type":"touch","channel":"call"}
            {"ts":"2026-11-16T11:00:00-05:00","lead":"T","type":"lost"}
            {"ts":"2026-11-16T10:00:00-05:00","lead":"E","type":"mql"}
            {"ts":"2026-11-16T11:00:00-05:00","lead":"E","type":"lost"}
            {"ts":"2026-11-16T11:00:00-05:00","lead":"E","type":"touch","channel":"call"}
            """)
        #expect(result.tally(.salesFirstTouch) == [1, 1, 0, 0])
        let breach = try #require(result.breaches(.salesFirstTouch, lead: "E").first)
        #expect(breach.due == Conformance.at("2026-11-16T11:00:00-05:00"))
        #expect(breach.resolvedAt == Conformance.at("2026-11-16T11:00:00-05:00"))
        #expect(breach.metAt == nil)
    }

    @Test func anEndOneSecondBeforeTheDueWaivesIt() throws {
        let result = try Conformance.run(contract, """
            {"ts":"2026-11-16T10:00:00-05:00","lead":"A","type":"mql"}
            {"ts":"2026-11-16T10:59:59-05:00","lead":"A","type":"won"}
            {"ts":"2026-11-16T11:30:00-05:00","lead":"A","type":"touch","channel":"call"}
            """)
        #expect(result.tally(.salesFirstTouch) == [0, 0, 1, 0])
        #expect(result.breaches.isEmpty)
    }

    @Test func aLateTouchIsABreachWithItsLateness() throws {
        // due 11:00, touch 11:20 → late by 20 min = 1200 s.
        let result = try Conformance.run(contract, """
            {"ts":"2026-11-18T10:00:00-05:00","lead":"A","type":"mql"}
            {"ts":"2026-11-18T11:20:00-05:00","lead":"A","type":"touch","channel":"email"}
            """)
        let breach = try #require(result.breaches(.salesFirstTouch, lead: "A").first)
        #expect(breach.due == Conformance.at("2026-11-18T11:00:00-05:00"))
        #expect(breach.resolvedAt == breach.due)
        #expect(breach.metAt == Conformance.at("2026-11-18T11:20:00-05:00"))
        #expect(breach.lateBySeconds == 1200)
    }

    @Test func aTouchBeforeTheMqlOrInAnEarlierCycleDoesNotCount() throws {
        // The 09:00 touch precedes the mql (no cycle). Due 11:00, no touch in the cycle → breach.
        let result = try Conformance.run(contract, """
            {"ts":"2026-11-16T09:00:00-05:00","lead":"A","type":"touch","channel":"call"}
            {"ts":"2026-11-16T10:00:00-05:00","lead":"A","type":"mql"}
            """)
        #expect(result.tally(.salesFirstTouch) == [0, 1, 0, 0])
    }

    @Test func anSQLAnswersTheAcceptButNotTheFirstTouch() throws {
        // An sql is no touch and no end: the 10:10 sql leaves the 11:00 first touch owed → breach.
        let result = try Conformance.run(contract, """
            {"ts":"2026-11-16T10:00:00-05:00","lead":"A","type":"mql"}
            {"ts":"2026-11-16T10:10:00-05:00","lead":"A","type":"sql"}
            """)
        #expect(result.tally(.salesFirstTouch) == [0, 1, 0, 0])
        #expect(result.breaches(.salesFirstTouch, lead: "A").first?.resolvedAt == Conformance.at("2026-11-16T11:00:00-05:00"))
    }

    private let expedited = Conformance.yaml("""
        activities: [page_view, demo_request]

        sales:
          first_touch_within: 1 hour
          expedite:
            - { when: "count(demo_request, 7 days) >= 1", first_touch_within: 5 minutes }
            - { when: "count(page_view) >= 1", first_touch_within: 30 minutes }
        """)

    @Test func expediteIsEvaluatedAtTheMqlOnTheWindowInclusive() throws {
        // mql 2026-11-16 10:00 EST; 7 days back (no DST change since Nov 1) = 2026-11-09 10:00.
        // E1 demo at exactly t − 7 d → in [t − D, t] → 5 min → due 10:05; touch 10:06 → late 60 s.
        // E2 demo 1 s earlier → no expedite → due 11:00; touch 10:06 → met.
        // E3 demo at the mql's ts but later in the file → not in the state → due 11:00 → met.
        // E4 demo at the mql's ts earlier in the file → in the state → due 10:05 → breach.
        // E5 demo after the mql → the expedite was decided at the mql → due 11:00 → met.
        // P  page_view only → first match is the second rule → due 10:30; touch 10:31 → breach.
        let result = try Conformance.run(expedited, """
            {"ts":"2026-11-09T10:00:00-05:00","lead":"E1","type":"activity","activity":"demo_request"}
            {"ts":"2026-11-16T10:00:00-05:00","lead":"E1","type":"mql"}
            {"ts":"2026-11-16T10:06:00-05:00","lead":"E1","type":"touch","channel":"call"}
            {"ts":"2026-11-09T09:59:59-05:00","lead":"E2","type":"activity","activity":"demo_request"}
            {"ts":"2026-11-16T10:00:00-05:00","lead":"E2","type":"mql"}
            {"ts":"2026-11-16T10:06:00-05:00","lead":"E2","type":"touch","channel":"call"}
            {"ts":"2026-11-16T10:00:00-05:00","lead":"E3","type":"mql"}
            {"ts":"2026-11-16T10:00:00-05:00","lead":"E3","type":"activity","activity":"demo_request"}
            {"ts":"2026-11-16T10:06:00-05:00","lead":"E3","type":"touch","channel":"call"}
            {"ts":"2026-11-16T10:00:00-05:00","lead":"E4","type":"activity","activity":"demo_request"}
            {"ts":"2026-11-16T10:00:00-05:00","lead":"E4","type":"mql"}
            {"ts":"2026-11-16T10:06:00-05:00","lead":"E4","type":"touch","channel":"call"}
            {"ts":"2026-11-16T10:00:00-05:00","lead":"E5","type":"mql"}
            {"ts":"2026-11-16T10:01:00-05:00","lead":"E5","type":"activity","activity":"demo_request"}
            {"ts":"2026-11-16T10:30:00-05:00","lead":"E5","type":"touch","channel":"call"}
            {"ts":"2026-11-02T10:00:00-05:00","lead":"P","type":"activity","activity":"page_view"}
            {"ts":"2026-11-16T10:00:00-05:00","lead":"P","type":"mql"}
            {"ts":"2026-11-16T10:31:00-05:00","lead":"P","type":"touch","channel":"call"}
            """)
        #expect(result.tally(.salesFirstTouch) == [3, 3, 0, 0])
        #expect(result.breaches(.salesFirstTouch).compactMap(\.lead).sorted() == ["E1", "E4", "P"])
        let e1 = try #require(result.breaches(.salesFirstTouch, lead: "E1").first)
        #expect(e1.due == Conformance.at("2026-11-16T10:05:00-05:00"))
        #expect(e1.lateBySeconds == 60)
        #expect(result.breaches(.salesFirstTouch, lead: "E4").first?.due == Conformance.at("2026-11-16T10:05:00-05:00"))
        #expect(result.breaches(.salesFirstTouch, lead: "P").first?.due == Conformance.at("2026-11-16T10:30:00-05:00"))
    }
}
