import Foundation
import LeadpactAudit
import LeadpactContract
import Testing

/// `effective` / `expires` (brief §5): in force from 00:00 of `effective` to 00:00 of `expires`
/// in contract.timezone; only cycles whose mql lies in the span owe anything, only events in the
/// span owe `sales.reason` / `sales.sql_criteria`, a cycle that owes nothing makes its events
/// owe nothing, and earlier events still build state.
@Suite struct SpanConformanceTests {
    private let contract = Conformance.yaml("""
        fields:
          authority: bool

        stages:
          sql:
            when: "authority"

        sales:
          accept_within: 30 minutes
          reasons: [no_budget]
        """, contractExtra: "  effective: 2026-11-17\n  expires: 2026-11-19\n")

    @Test func onlyCyclesAndEventsInsideTheSpanOweAnything() throws {
        // A: mql Nov 16 23:50 (before the span) → owes nothing; its Nov 17 mql is a duplicate
        //    handoff; its in-span disqualification (bad reason) belongs to that cycle → owes nothing.
        // B: mql Nov 17 00:00, the span's first instant → accept due 00:30 → breach.
        // C: mql Nov 19 00:00 = expires → outside → owes nothing.
        // D: mql Nov 18 23:50 inside → accept due Nov 19 00:20, after expiry, still owed → breach.
        // E: a recycle with an unknown reason, no cycle, Nov 16 (before) → owes nothing.
        // F: the same on Nov 18 (inside) → sales.reason breach.
        // G: a profile before the span builds the state of an in-span sql → met.
        let result = try Conformance.run(contract, """
            {"ts":"2026-11-16T23:50:00-05:00","lead":"A","type":"mql"}
            {"ts":"2026-11-17T10:00:00-05:00","lead":"A","type":"mql"}
            {"ts":"2026-11-17T11:00:00-05:00","lead":"A","type":"disqualified","reason":"bogus"}
            {"ts":"2026-11-17T00:00:00-05:00","lead":"B","type":"mql"}
            {"ts":"2026-11-19T00:00:00-05:00","lead":"C","type":"mql"}
            {"ts":"2026-11-18T23:50:00-05:00","lead":"D","type":"mql"}
            {"ts":"2026-11-16T12:00:00-05:00","lead":"E","type":"recycled","reason":"bogus"}
            {"ts":"2026-11-18T12:00:00-05:00","lead":"F","type":"recycled","reason":"bogus"}
            {"ts":"2026-11-16T09:00:00-05:00","lead":"G","type":"profile","set":{"authority":true}}
            {"ts":"2026-11-18T09:00:00-05:00","lead":"G","type":"sql"}
            """)
        #expect(result.tally(.salesAccept) == [0, 2, 0, 0])
        #expect(result.breaches(.salesAccept).compactMap(\.lead).sorted() == ["B", "D"])
        #expect(result.breaches(.salesAccept, lead: "D").first?.due == Conformance.at("2026-11-19T00:20:00-05:00"))
        #expect(result.tally(.salesReason) == [0, 1, 0, 0])
        #expect(result.breaches(.salesReason).compactMap(\.lead) == ["F"])
        #expect(result.tally(.salesSQLCriteria) == [1, 0, 0, 0])
        #expect(result.input.issues.filter { !$0.isBadLine }.map(\.line) == [2])
    }

    @Test func anSQLOutsideTheSpanOwesNoCriteria() throws {
        // sql Nov 16 (before) and Nov 19 00:00 (at expiry) without authority → nothing owed;
        // sql Nov 18 23:59:59 without authority → breach.
        let result = try Conformance.run(contract, """
            {"ts":"2026-11-16T10:00:00-05:00","lead":"A","type":"sql"}
            {"ts":"2026-11-19T00:00:00-05:00","lead":"B","type":"sql"}
            {"ts":"2026-11-18T23:59:59-05:00","lead":"C","type":"sql"}
            """)
        #expect(result.tally(.salesSQLCriteria) == [0, 1, 0, 0])
        #expect(result.breaches(.salesSQLCriteria).compactMap(\.lead) == ["C"])
    }
}
