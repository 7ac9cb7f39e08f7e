import Foundation
import LeadpactAudit
import LeadpactContract
import Testing

/// `sales.accept` and the due-instant rules of brief §5, on a wall-clock 30-minute accept.
/// Week 2026-W47 runs Mon 2026-11-16 00:00 to Mon 2026-11-23 00:00 New York time (EST, −05:00).
@Suite struct AcceptConformanceTests {
    private let contract = Conformance.yaml("""
        sales:
          accept_within: 30 minutes
          reasons: [no_budget, no_response]
        """)

    @Test func anAcceptExactlyAtTheDueInstantIsMet() throws {
        // mql 10:00 + 30 min = due 10:30; accepted 10:30 — `within` is inclusive.
        let result = try Conformance.run(contract, """
            {"ts":"2026-11-16T10:00:00-05:00","lead":"A","type":"mql"}
            {"ts":"2026-11-16T10:30:00-05:00","lead":"A","type":"accepted"}
            """)
        #expect(result.tally(.salesAccept) == [1, 0, 0, 0])
        #expect(result.breaches.isEmpty)
    }

    @Test func anAcceptOneSecondLateIsABreachMetLate() throws {
        // due 10:30:00; accepted 10:30:01 → breach resolved at due, met_at 10:30:01, late by 1 s.
        let result = try Conformance.run(contract, """
            {"ts":"2026-11-16T10:00:00-05:00","lead":"A","type":"mql"}
            {"ts":"2026-11-16T10:30:01-05:00","lead":"A","type":"accepted"}
            """)
        #expect(result.tally(.salesAccept) == [0, 1, 0, 0])
        let breach = try #require(result.breaches(.salesAccept, lead: "A").first)
        #expect(breach.due == Conformance.at("2026-11-16T10:30:00-05:00"))
        #expect(breach.resolvedAt == Conformance.at("2026-11-16T10:30:00-05:00"))
        #expect(breach.metAt == Conformance.at("2026-11-16T10:30:01-05:00"))
        #expect(breach.lateBySeconds == 1)
        #expect(breach.owner == "unassigned")
        #expect(breach.side == .sales)
    }

    @Test func anUnansweredAcceptBreachesAtItsDueWithoutMetAt() throws {
        let result = try Conformance.run(contract, """
            {"ts":"2026-11-17T14:00:00-05:00","lead":"A","type":"mql"}
            {"ts":"2026-11-17T14:01:00-05:00","lead":"A","type":"touch","channel":"call"}
            """)
        #expect(result.tally(.salesAccept) == [0, 1, 0, 0])
        let breach = try #require(result.breaches(.salesAccept, lead: "A").first)
        #expect(breach.due == Conformance.at("2026-11-17T14:30:00-05:00"))
        #expect(breach.resolvedAt == breach.due)
        #expect(breach.metAt == nil)
        #expect(breach.lateBySeconds == nil)
    }

    @Test func rejectedDisqualifiedAndSQLAnswerTheAccept() throws {
        // Each is one of "the cycle's first accepted, rejected, disqualified or sql".
        let result = try Conformance.run(contract, """
            {"ts":"2026-11-16T10:00:00-05:00","lead":"R","type":"mql"}
            {"ts":"2026-11-16T10:29:00-05:00","lead":"R","type":"rejected","reason":"no_budget"}
            {"ts":"2026-11-16T10:00:00-05:00","lead":"D","type":"mql"}
            {"ts":"2026-11-16T10:29:00-05:00","lead":"D","type":"disqualified","reason":"no_budget"}
            {"ts":"2026-11-16T10:00:00-05:00","lead":"S","type":"mql"}
            {"ts":"2026-11-16T10:29:00-05:00","lead":"S","type":"sql"}
            """)
        #expect(result.tally(.salesAccept) == [3, 0, 0, 0])
    }

    @Test func aRecycleBeforeTheDueWaivesTheAcceptRatherThanMeetingIt() throws {
        // recycled is not an answer to the accept, but it ends the cycle at 10:10 < due 10:30:
        // "neither met nor due when the cycle ends" → waived.
        let result = try Conformance.run(contract, """
            {"ts":"2026-11-16T10:00:00-05:00","lead":"A","type":"mql"}
            {"ts":"2026-11-16T10:10:00-05:00","lead":"A","type":"recycled","reason":"no_budget"}
            """)
        #expect(result.tally(.salesAccept) == [0, 0, 1, 0])
        #expect(result.breaches(.salesAccept).isEmpty)
    }

    @Test func anEndExactlyAtTheDueInstantComesTooLateToWaive() throws {
        // lost at 10:30 = due 10:30, nothing answered → breach resolved at 10:30.
        let result = try Conformance.run(contract, """
            {"ts":"2026-11-16T10:00:00-05:00","lead":"A","type":"mql"}
            {"ts":"2026-11-16T10:30:00-05:00","lead":"A","type":"lost"}
            """)
        #expect(result.tally(.salesAccept) == [0, 1, 0, 0])
        let breach = try #require(result.breaches(.salesAccept, lead: "A").first)
        #expect(breach.due == Conformance.at("2026-11-16T10:30:00-05:00"))
        #expect(breach.resolvedAt == Conformance.at("2026-11-16T10:30:00-05:00"))
        #expect(breach.metAt == nil)
    }

    @Test func anAcceptDueExactlyAtThePeriodEndIsOpen() throws {
        // mql Sun 23:30 + 30 min = due Mon 2026-11-23 00:00 = the week's `to` → open, 0 s left.
        let result = try Conformance.run(contract, """
            {"ts":"2026-11-22T23:30:00-05:00","lead":"A","type":"mql"}
            """)
        #expect(result.tally(.salesAccept) == [0, 0, 0, 1])
        let open = try #require(result.open(.salesAccept, lead: "A").first)
        #expect(open.due == Conformance.at("2026-11-23T00:00:00-05:00"))
        #expect(open.timeLeftSeconds == 0)
        #expect(open.owner == "unassigned")
        #expect(result.breaches.isEmpty)
    }

    @Test func anObligationStraddlingTwoWeeksIsJudgedOnceInTheWeekItResolves() throws {
        // mql Sun 2026-11-15 23:50 (W46) → due Mon 2026-11-16 00:20 (W47).
        let events = """
            {"ts":"2026-11-15T23:50:00-05:00","lead":"A","type":"mql"}
            """
        let w46 = try Conformance.run(contract, events, week: "2026-W46")
        #expect(w46.tally(.salesAccept) == [0, 0, 0, 1])
        #expect(w46.open(.salesAccept, lead: "A").first?.timeLeftSeconds == 1200)
        let w47 = try Conformance.run(contract, events, week: "2026-W47")
        #expect(w47.tally(.salesAccept) == [0, 1, 0, 0])
        #expect(w47.breaches(.salesAccept, lead: "A").first?.resolvedAt == Conformance.at("2026-11-16T00:20:00-05:00"))
        let w48 = try Conformance.run(contract, events, week: "2026-W48")
        #expect(w48.tally(.salesAccept) == [0, 0, 0, 0])
    }

    @Test func anAnswerAfterThePeriodEndIsNotSeenByThatPeriod() throws {
        // due Sun 23:30 (in W47); accepted Mon 2026-11-23 00:10 ≥ to → ignored by W47:
        // a breach with no met_at. The line still counts in `input`.
        let result = try Conformance.run(contract, """
            {"ts":"2026-11-22T23:00:00-05:00","lead":"A","type":"mql"}
            {"ts":"2026-11-23T00:10:00-05:00","lead":"A","type":"accepted"}
            """)
        #expect(result.tally(.salesAccept) == [0, 1, 0, 0])
        let breach = try #require(result.breaches(.salesAccept, lead: "A").first)
        #expect(breach.resolvedAt == Conformance.at("2026-11-22T23:30:00-05:00"))
        #expect(breach.metAt == nil)
        #expect(result.input.lines == 2)
    }

    @Test func anAcceptMetInThePeriodForAnMqlOfThePreviousWeekCountsHere() throws {
        // mql Sun 2026-11-15 23:50, accepted Mon 00:05 → resolves at min(met, due) = 00:05, in W47.
        let events = """
            {"ts":"2026-11-15T23:50:00-05:00","lead":"A","type":"mql"}
            {"ts":"2026-11-16T00:05:00-05:00","lead":"A","type":"accepted"}
            """
        #expect(try Conformance.run(contract, events, week: "2026-W47").tally(.salesAccept) == [1, 0, 0, 0])
        #expect(try Conformance.run(contract, events, week: "2026-W46").tally(.salesAccept) == [0, 0, 0, 1])
    }

    @Test func aLateRejectionIsTheLateAnswer() throws {
        // due 10:30; rejected at 10:45 is the cycle's first answer → breach met late at 10:45
        // (900 s), and the rejection ends the cycle.
        let result = try Conformance.run(contract, """
            {"ts":"2026-11-16T10:00:00-05:00","lead":"A","type":"mql"}
            {"ts":"2026-11-16T10:45:00-05:00","lead":"A","type":"rejected","reason":"no_budget"}
            {"ts":"2026-11-16T10:50:00-05:00","lead":"A","type":"accepted"}
            """)
        let breach = try #require(result.breaches(.salesAccept, lead: "A").first)
        #expect(breach.metAt == Conformance.at("2026-11-16T10:45:00-05:00"))
        #expect(breach.lateBySeconds == 900)
        #expect(result.tally(.salesAccept) == [0, 1, 0, 0])
    }
}
