import Foundation
import LeadpactAudit
import LeadpactContract
import Testing

/// Wall-clock durations are exact lengths across DST (brief §2: a day is 24 hours), and
/// breaches come sorted by (resolved_at, rule, lead) (brief §6).
@Suite struct WallClockConformanceTests {
    private let contract = Conformance.yaml("""
        sales:
          accept_within: 30 minutes
          first_touch_within: 1 day
          sequence:
            touches: 1
            within: 2 days
        """)

    @Test func aDayIsTwentyFourHoursAcrossTheDaylightSavingChange() throws {
        // mql Sat 2026-10-31 12:00 EDT (16:00Z). New York leaves DST on Sun Nov 1 at 02:00.
        // first touch: + 24 h = Sun 16:00Z = 11:00 EST; sequence: + 48 h = Mon 16:00Z = 11:00 EST.
        let result = try Conformance.run(contract, """
            {"ts":"2026-10-31T12:00:00-04:00","lead":"D","type":"mql"}
            {"ts":"2026-10-31T12:10:00-04:00","lead":"D","type":"accepted"}
            """, from: "2026-10-31", to: "2026-11-03")
        #expect(result.breaches(.salesFirstTouch, lead: "D").first?.due == Conformance.at("2026-11-01T11:00:00-05:00"))
        #expect(result.breaches(.salesSequence, lead: "D").first?.due == Conformance.at("2026-11-02T11:00:00-05:00"))
    }

    @Test func breachesAreSortedByResolvedAtThenRuleThenLead() throws {
        // B and A: accept 10:30 (both), first touch Tue 10:00 (both). C: accept 10:20.
        // Order: C accept 10:20; A accept 10:30; B accept 10:30; A first_touch; A sequence
        // (both resolve Tue 10:00: first_touch < sequence); B first_touch; B sequence.
        let result = try Conformance.run(contract, """
            {"ts":"2026-11-16T10:00:00-05:00","lead":"B","type":"mql"}
            {"ts":"2026-11-16T10:00:00-05:00","lead":"A","type":"mql"}
            {"ts":"2026-11-16T09:50:00-05:00","lead":"C","type":"mql"}
            {"ts":"2026-11-16T09:51:00-05:00","lead":"C","type":"touch","channel":"call"}
            """)
        let order = result.breaches.map { "\($0.rule.rawValue) \($0.lead ?? "-")" }
        #expect(order == [
            "sales.accept C", "sales.accept A", "sales.accept B",
            "sales.first_touch A", "sales.first_touch B", "sales.sequence A", "sales.sequence B",
        ])
    }

    @Test func anMqlAtTheInstantOfAnEndFollowsFileOrder() throws {
        // P: the end comes first at 11:00, then the mql → a new cycle (no issue).
        // Q: the mql comes first at 11:00 while the cycle is open → duplicate handoff; the end
        //    then closes the cycle and no new one starts.
        let result = try Conformance.run(contract, """
            {"ts":"2026-11-16T10:00:00-05:00","lead":"P","type":"mql"}
            {"ts":"2026-11-16T10:05:00-05:00","lead":"P","type":"accepted"}
            {"ts":"2026-11-16T11:00:00-05:00","lead":"P","type":"lost"}
            {"ts":"2026-11-16T11:00:00-05:00","lead":"P","type":"mql"}
            {"ts":"2026-11-16T11:05:00-05:00","lead":"P","type":"accepted"}
            {"ts":"2026-11-16T10:00:00-05:00","lead":"Q","type":"mql"}
            {"ts":"2026-11-16T10:05:00-05:00","lead":"Q","type":"accepted"}
            {"ts":"2026-11-16T11:00:00-05:00","lead":"Q","type":"mql"}
            {"ts":"2026-11-16T11:00:00-05:00","lead":"Q","type":"lost"}
            {"ts":"2026-11-16T11:05:00-05:00","lead":"Q","type":"accepted"}
            """)
        #expect(result.tally(.salesAccept) == [3, 0, 0, 0])
        #expect(result.input.issues.map(\.line) == [8])
    }

    @Test func openObligationsAreListedByDueThenRuleThenLead() throws {
        // Y and X at Sun 23:40 → accept due Mon 00:10 (both), first touch Mon 23:40, sequence
        // Tue 23:40. Z at Sun 23:50 → accept 00:20. Time left counts from Mon 00:00.
        let result = try Conformance.run(contract, """
            {"ts":"2026-11-22T23:40:00-05:00","lead":"Y","type":"mql"}
            {"ts":"2026-11-22T23:50:00-05:00","lead":"Z","type":"mql"}
            {"ts":"2026-11-22T23:40:00-05:00","lead":"X","type":"mql"}
            """)
        let order = result.open.map { "\($0.rule.rawValue) \($0.lead ?? "-") \($0.timeLeftSeconds)" }
        #expect(order == [
            "sales.accept X 600", "sales.accept Y 600", "sales.accept Z 1200",
            "sales.first_touch X 85200", "sales.first_touch Y 85200", "sales.first_touch Z 85800",
            "sales.sequence X 171600", "sales.sequence Y 171600", "sales.sequence Z 172200",
        ])
    }
}
