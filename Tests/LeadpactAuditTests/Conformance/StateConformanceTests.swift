import Foundation
import LeadpactAudit
import LeadpactContract
import Testing

/// The lead's state at an event (brief §4–§5): built from events strictly before it in
/// (ts, file order); an `sql` judged with its own `set` applied; `active_within` and
/// `count(a, D)` over [t − D, t]; cycles, duplicate handoffs and events between cycles.
@Suite struct StateConformanceTests {
    private let contract = Conformance.yaml("""
        fields:
          company_size: int
          budget: [unknown, none, approved]
          authority: bool

        activities: [page_view, demo_request]

        stages:
          mql:
            when: "company_size > 10"
            active_within: 30 days
          sql:
            when: "budget == approved and authority"

        marketing:
          handoff_context: [trigger, source]

        sales:
          accept_within: 30 minutes
        """)

    @Test func aSameInstantProfileLaterInTheFileIsNotInTheMqlState() throws {
        // P1: the profile at 10:00 comes after the mql in the file → company_size unknown → breach.
        // P2: the profile at 10:00 comes before the mql → 50 > 10 → met.
        let result = try Conformance.run(contract, """
            {"ts":"2026-11-16T09:00:00-05:00","lead":"P1","type":"activity","activity":"page_view"}
            {"ts":"2026-11-16T10:00:00-05:00","lead":"P1","type":"mql","context":{"trigger":"t","source":"s"}}
            {"ts":"2026-11-16T10:00:00-05:00","lead":"P1","type":"profile","set":{"company_size":50}}
            {"ts":"2026-11-16T09:00:00-05:00","lead":"P2","type":"activity","activity":"page_view"}
            {"ts":"2026-11-16T10:00:00-05:00","lead":"P2","type":"profile","set":{"company_size":50}}
            {"ts":"2026-11-16T10:00:00-05:00","lead":"P2","type":"mql","context":{"trigger":"t","source":"s"}}
            """)
        #expect(result.tally(.marketingMQLCriteria) == [1, 1, 0, 0])
        let breach = try #require(result.breaches(.marketingMQLCriteria).first)
        #expect(breach.lead == "P1")
        #expect(breach.side == .marketing)
        #expect(breach.resolvedAt == Conformance.at("2026-11-16T10:00:00-05:00"))
    }

    @Test func activeWithinIsExactlyThirtyTimesTwentyFourHoursInclusive() throws {
        // mql 2026-11-16 10:00 EST = 15:00Z; 30 × 86 400 s earlier = 2026-10-17 15:00Z
        // = 2026-10-17 11:00 EDT (the window crosses the Nov 1 DST change).
        // W1 activity at 11:00:00 EDT → on the window's edge → met.
        // W2 activity at 10:59:59 EDT → outside → breach (a calendar-day window would include it).
        // W3 activity at the mql's instant, later in the file → not in the state → breach.
        // W4 activity at the mql's instant, earlier in the file → in [t − D, t] → met.
        let profile = #"{"ts":"2026-10-01T09:00:00-04:00","lead":"LEAD","type":"profile","set":{"company_size":50}}"#
        let mql = #"{"ts":"2026-11-16T10:00:00-05:00","lead":"LEAD","type":"mql","context":{"trigger":"t","source":"s"}}"#
        func lead(_ id: String, _ lines: [String]) -> String {
            ([profile] + lines).map { $0.replacingOccurrences(of: "LEAD", with: id) }.joined(separator: "\n")
        }
        let result = try Conformance.run(contract, [
            lead("W1", [#"{"ts":"2026-10-17T11:00:00-04:00","lead":"LEAD","type":"activity","activity":"page_view"}"#, mql]),
            lead("W2", [#"{"ts":"2026-10-17T10:59:59-04:00","lead":"LEAD","type":"activity","activity":"page_view"}"#, mql]),
            lead("W3", [mql, #"{"ts":"2026-11-16T10:00:00-05:00","lead":"LEAD","type":"activity","activity":"page_view"}"#]),
            lead("W4", [#"{"ts":"2026-11-16T10:00:00-05:00","lead":"LEAD","type":"activity","activity":"page_view"}"#, mql]),
        ].joined(separator: "\n"))
        #expect(result.tally(.marketingMQLCriteria) == [2, 2, 0, 0])
        #expect(result.breaches(.marketingMQLCriteria).compactMap(\.lead).sorted() == ["W2", "W3"])
    }

    @Test func anSQLIsJudgedWithItsOwnSetAppliedAndOnlyEarlierEvents() throws {
        // S1: budget approved earlier, the sql's own set adds authority → met.
        // S2: the sql sets only budget; authority unknown → comparison false → breach.
        // S3: everything arrives in a profile at the sql's instant, after it in the file → breach.
        // S4: no cycle at all → still judged ("in a cycle or not") → met.
        let result = try Conformance.run(contract, """
            {"ts":"2026-11-16T09:00:00-05:00","lead":"S1","type":"profile","set":{"budget":"approved"}}
            {"ts":"2026-11-16T10:00:00-05:00","lead":"S1","type":"sql","set":{"authority":true}}
            {"ts":"2026-11-16T10:00:00-05:00","lead":"S2","type":"sql","set":{"budget":"approved"}}
            {"ts":"2026-11-16T10:00:00-05:00","lead":"S3","type":"sql"}
            {"ts":"2026-11-16T10:00:00-05:00","lead":"S3","type":"profile","set":{"budget":"approved","authority":true}}
            {"ts":"2026-11-16T10:00:00-05:00","lead":"S4","type":"sql","set":{"budget":"approved","authority":true}}
            """)
        #expect(result.tally(.salesSQLCriteria) == [2, 2, 0, 0])
        #expect(result.breaches(.salesSQLCriteria).compactMap(\.lead).sorted() == ["S2", "S3"])
        #expect(result.breaches(.salesSQLCriteria, lead: "S2").first?.resolvedAt
            == Conformance.at("2026-11-16T10:00:00-05:00"))
    }

    @Test func handoffContextNeedsEveryKeyWithAValue() throws {
        // H1 full → met; H2 missing key, H3 "", H4 null, H5 no context (read as empty),
        // H6 whitespace only (blank) → breach; H7 a number is a value → met.
        let result = try Conformance.run(contract, """
            {"ts":"2026-11-16T10:00:00-05:00","lead":"H1","type":"mql","context":{"trigger":"t","source":"s"}}
            {"ts":"2026-11-16T10:00:00-05:00","lead":"H2","type":"mql","context":{"trigger":"t"}}
            {"ts":"2026-11-16T10:00:00-05:00","lead":"H3","type":"mql","context":{"trigger":"t","source":""}}
            {"ts":"2026-11-16T10:00:00-05:00","lead":"H4","type":"mql","context":{"trigger":"t","source":null}}
            {"ts":"2026-11-16T10:00:00-05:00","lead":"H5","type":"mql"}
            {"ts":"2026-11-16T10:00:00-05:00","lead":"H6","type":"mql","context":{"trigger":"t","source":"   "}}
            {"ts":"2026-11-16T10:00:00-05:00","lead":"H7","type":"mql","context":{"trigger":"t","source":0}}
            """)
        #expect(result.tally(.marketingHandoffContext) == [2, 5, 0, 0])
        #expect(result.breaches(.marketingHandoffContext).compactMap(\.lead).sorted() == ["H2", "H3", "H4", "H5", "H6"])
        #expect(result.input.badLines == 0)
    }

    @Test func aDuplicateHandoffStartsAndEndsNothing() throws {
        // The 10:10 mql arrives while the 10:00 cycle is open: an input issue (not a bad line),
        // no marketing obligation, and the accept stays due at 10:30 → accepted 10:35 is late.
        let result = try Conformance.run(contract, """
            {"ts":"2026-11-16T10:00:00-05:00","lead":"D","type":"mql","context":{"trigger":"t","source":"s"}}
            {"ts":"2026-11-16T10:10:00-05:00","lead":"D","type":"mql"}
            {"ts":"2026-11-16T10:35:00-05:00","lead":"D","type":"accepted"}
            """)
        #expect(result.tally(.marketingHandoffContext) == [1, 0, 0, 0])
        #expect(result.tally(.marketingMQLCriteria) == [0, 1, 0, 0])
        #expect(result.tally(.salesAccept) == [0, 1, 0, 0])
        let breach = try #require(result.breaches(.salesAccept, lead: "D").first)
        #expect(breach.due == Conformance.at("2026-11-16T10:30:00-05:00"))
        #expect(breach.metAt == Conformance.at("2026-11-16T10:35:00-05:00"))
        #expect(result.input.issues.map(\.line) == [2])
        #expect(result.input.issues.allSatisfy { !$0.isBadLine })
        #expect(result.input.badLines == 0)
    }

    @Test func eventsAfterAnEndBelongToNoCycle() throws {
        // Cycle 1 ends at 10:05 (accept waived); the 10:10 accept belongs to no cycle; the
        // 10:20 mql starts cycle 2 (no duplicate), whose accept (due 10:50) is never given.
        let result = try Conformance.run(contract, """
            {"ts":"2026-11-16T10:00:00-05:00","lead":"C","type":"mql","context":{"trigger":"t","source":"s"}}
            {"ts":"2026-11-16T10:05:00-05:00","lead":"C","type":"lost"}
            {"ts":"2026-11-16T10:10:00-05:00","lead":"C","type":"accepted"}
            {"ts":"2026-11-16T10:20:00-05:00","lead":"C","type":"mql","context":{"trigger":"t","source":"s"}}
            """)
        #expect(result.tally(.salesAccept) == [0, 1, 1, 0])
        #expect(result.breaches(.salesAccept, lead: "C").first?.due == Conformance.at("2026-11-16T10:50:00-05:00"))
        #expect(result.tally(.marketingHandoffContext) == [2, 0, 0, 0])
        #expect(result.input.issues.isEmpty)
    }

    @Test func linesAreOrderedByTimeThenFileOrder() throws {
        // O: the accept line comes first in the file but at 10:05 → after the 10:00 mql → met.
        // T: the accept at the mql's own instant, earlier in the file, precedes the mql → it
        //    answers nothing; the cycle's accept (due 10:30) is breached.
        let result = try Conformance.run(contract, """
            {"ts":"2026-11-16T10:05:00-05:00","lead":"O","type":"accepted"}
            {"ts":"2026-11-16T10:00:00-05:00","lead":"O","type":"mql","context":{"trigger":"t","source":"s"}}
            {"ts":"2026-11-16T10:00:00-05:00","lead":"T","type":"accepted"}
            {"ts":"2026-11-16T10:00:00-05:00","lead":"T","type":"mql","context":{"trigger":"t","source":"s"}}
            """)
        #expect(result.tally(.salesAccept) == [1, 1, 0, 0])
        #expect(result.breaches(.salesAccept).compactMap(\.lead) == ["T"])
    }
}
