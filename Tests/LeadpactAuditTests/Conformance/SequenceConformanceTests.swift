import Foundation
import LeadpactAudit
import LeadpactContract
import Testing

/// `sales.sequence`: 2 touches, at least 1 call, by mql + 2 hours. Every cycle here starts with
/// an mql at 10:00 EST, so the sequence is due at 12:00 the same day (week 2026-W47).
@Suite struct SequenceConformanceTests {
    private let contract = Conformance.yaml("""
        sales:
          sequence:
            touches: 2
            within: 2 hours
            channels: { call: 1 }
          reasons: [no_budget, no_response]
        """)

    private let due = Conformance.at("2026-11-16T12:00:00-05:00")

    /// The mql at 10:00 and a call at 10:05 for `lead`, then `rest`.
    private func cycle(_ lead: String, _ rest: String = "") -> String {
        """
        {"ts":"2026-11-16T10:00:00-05:00","lead":"\(lead)","type":"mql"}
        {"ts":"2026-11-16T10:05:00-05:00","lead":"\(lead)","type":"touch","channel":"call"}
        """ + (rest.isEmpty ? "" : "\n" + rest)
    }

    @Test func touchesAndChannelMinimumsByTheDueAreMetIncludingAtTheInstant() throws {
        let result = try Conformance.run(contract, [
            cycle("A", #"{"ts":"2026-11-16T11:00:00-05:00","lead":"A","type":"touch","channel":"email"}"#),
            cycle("B", #"{"ts":"2026-11-16T12:00:00-05:00","lead":"B","type":"touch","channel":"email"}"#),
        ].joined(separator: "\n"))
        #expect(result.tally(.salesSequence) == [2, 0, 0, 0])
    }

    @Test func enoughTouchesWithoutTheChannelMinimumIsABreachMetLate() throws {
        // Two emails by 12:00 but no call until 12:30 → breach at 12:00, met_at 12:30, 1800 s late.
        let result = try Conformance.run(contract, """
            {"ts":"2026-11-16T10:00:00-05:00","lead":"A","type":"mql"}
            {"ts":"2026-11-16T10:05:00-05:00","lead":"A","type":"touch","channel":"email"}
            {"ts":"2026-11-16T10:10:00-05:00","lead":"A","type":"touch","channel":"email"}
            {"ts":"2026-11-16T12:30:00-05:00","lead":"A","type":"touch","channel":"call"}
            """)
        #expect(result.tally(.salesSequence) == [0, 1, 0, 0])
        let breach = try #require(result.breaches(.salesSequence, lead: "A").first)
        #expect(breach.due == due)
        #expect(breach.resolvedAt == due)
        #expect(breach.metAt == Conformance.at("2026-11-16T12:30:00-05:00"))
        #expect(breach.lateBySeconds == 1800)
    }

    @Test func anSQLBeforeTheDueWaivesItButAnSQLAtTheDueComesTooLate() throws {
        // W: sql 11:59:59 < 12:00 → waived. L: sql at 12:00 with one touch → breach at 12:00.
        let result = try Conformance.run(contract, [
            cycle("W", #"{"ts":"2026-11-16T11:59:59-05:00","lead":"W","type":"sql"}"#),
            cycle("L", #"{"ts":"2026-11-16T12:00:00-05:00","lead":"L","type":"sql"}"#),
        ].joined(separator: "\n"))
        #expect(result.tally(.salesSequence) == [0, 1, 1, 0])
        let breach = try #require(result.breaches(.salesSequence, lead: "L").first)
        #expect(breach.resolvedAt == due)
        #expect(breach.metAt == nil)
    }

    @Test func aRecycleForNoResponseBreaksItAtThatMoment() throws {
        // recycled (no_response) at 11:00 before the 12:00 due → breach resolved at 11:00.
        let result = try Conformance.run(contract, cycle("A", """
            {"ts":"2026-11-16T11:00:00-05:00","lead":"A","type":"recycled","reason":"no_response"}
            """))
        #expect(result.tally(.salesSequence) == [0, 1, 0, 0])
        let breach = try #require(result.breaches(.salesSequence, lead: "A").first)
        #expect(breach.due == due)
        #expect(breach.resolvedAt == Conformance.at("2026-11-16T11:00:00-05:00"))
        #expect(breach.metAt == nil)
        #expect(result.tally(.salesReason) == [1, 0, 0, 0])
    }

    @Test func aRenurtureOrDisqualificationWithAMissingReasonBreaksIt() throws {
        // absent, null and blank reasons are all missing → each breaks the sequence at 11:00
        // and breaks sales.reason.
        let result = try Conformance.run(contract, [
            cycle("N", #"{"ts":"2026-11-16T11:00:00-05:00","lead":"N","type":"renurture"}"#),
            cycle("U", #"{"ts":"2026-11-16T11:00:00-05:00","lead":"U","type":"disqualified","reason":null}"#),
            cycle("B", #"{"ts":"2026-11-16T11:00:00-05:00","lead":"B","type":"disqualified","reason":""}"#),
        ].joined(separator: "\n"))
        #expect(result.tally(.salesSequence) == [0, 3, 0, 0])
        #expect(result.breaches(.salesSequence).allSatisfy { $0.resolvedAt == Conformance.at("2026-11-16T11:00:00-05:00") })
        #expect(result.tally(.salesReason) == [0, 3, 0, 0])
    }

    @Test func reasonsAreComparedExactlyAndAnUnknownReasonCountsAsPresent() throws {
        // C "No_Response" and S " no_response" are not no_response and not missing → waived;
        // both are outside sales.reasons → sales.reason breached.
        // K reason 42 (not a string) is unknown: present for the sequence (waived), breaks the reason.
        let result = try Conformance.run(contract, [
            cycle("C", #"{"ts":"2026-11-16T11:00:00-05:00","lead":"C","type":"disqualified","reason":"No_Response"}"#),
            cycle("S", #"{"ts":"2026-11-16T11:00:00-05:00","lead":"S","type":"recycled","reason":" no_response"}"#),
            cycle("K", #"{"ts":"2026-11-16T11:00:00-05:00","lead":"K","type":"renurture","reason":42}"#),
        ].joined(separator: "\n"))
        #expect(result.tally(.salesSequence) == [0, 0, 3, 0])
        #expect(result.tally(.salesReason) == [0, 3, 0, 0])
        #expect(result.input.badLines == 0)
    }

    @Test func otherEndsWaiveItEvenRejectedForNoResponse() throws {
        // rejected is not one of recycled/renurture/disqualified → its end waives; so do won,
        // lost, and a recycle for another listed reason.
        let result = try Conformance.run(contract, [
            cycle("R", #"{"ts":"2026-11-16T11:00:00-05:00","lead":"R","type":"rejected","reason":"no_response"}"#),
            cycle("W", #"{"ts":"2026-11-16T11:00:00-05:00","lead":"W","type":"won"}"#),
            cycle("L", #"{"ts":"2026-11-16T11:00:00-05:00","lead":"L","type":"lost"}"#),
            cycle("Y", #"{"ts":"2026-11-16T11:00:00-05:00","lead":"Y","type":"recycled","reason":"no_budget"}"#),
        ].joined(separator: "\n"))
        #expect(result.tally(.salesSequence) == [0, 0, 4, 0])
        #expect(result.breaches.isEmpty)
    }

    @Test func anEndAtTheDueInstantOfAnUnmetSequenceBreaksItAtTheDue() throws {
        // won at 12:00 with one touch: too late to waive → breach resolved at the due.
        let result = try Conformance.run(contract, cycle("A", """
            {"ts":"2026-11-16T12:00:00-05:00","lead":"A","type":"won"}
            """))
        #expect(result.tally(.salesSequence) == [0, 1, 0, 0])
        #expect(result.breaches(.salesSequence, lead: "A").first?.resolvedAt == due)
    }

    @Test func touchesBetweenCyclesBelongToNone() throws {
        // A: cycle 1 (10:00) ends at 10:01; the call and email at 10:02–10:03 belong to no
        // cycle; cycle 2 starts at 10:10 (due 12:10) and gets no touch → breach at 12:10.
        // Cycle 1's sequence was waived at 10:01. M: a met sequence stays met when an sql follows.
        let result = try Conformance.run(contract, """
            {"ts":"2026-11-16T10:00:00-05:00","lead":"A","type":"mql"}
            {"ts":"2026-11-16T10:01:00-05:00","lead":"A","type":"lost"}
            {"ts":"2026-11-16T10:02:00-05:00","lead":"A","type":"touch","channel":"call"}
            {"ts":"2026-11-16T10:03:00-05:00","lead":"A","type":"touch","channel":"email"}
            {"ts":"2026-11-16T10:10:00-05:00","lead":"A","type":"mql"}
            {"ts":"2026-11-16T10:00:00-05:00","lead":"M","type":"mql"}
            {"ts":"2026-11-16T10:05:00-05:00","lead":"M","type":"touch","channel":"call"}
            {"ts":"2026-11-16T10:30:00-05:00","lead":"M","type":"touch","channel":"email"}
            {"ts":"2026-11-16T11:00:00-05:00","lead":"M","type":"sql"}
            """)
        #expect(result.tally(.salesSequence) == [1, 1, 1, 0])
        let breach = try #require(result.breaches(.salesSequence, lead: "A").first)
        #expect(breach.due == Conformance.at("2026-11-16T12:10:00-05:00"))
        #expect(breach.resolvedAt == breach.due)
        #expect(breach.metAt == nil)
        #expect(result.input.issues.isEmpty)
    }
}
