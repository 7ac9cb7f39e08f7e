@testable import LeadpactAudit
import Testing

@Suite struct CycleObligationTests {
    @Test func metExactlyAtTheDueTime() {
        var obligation = CycleObligation(rule: .salesAccept, due: 100, isBusiness: false)
        obligation.expire(before: 100)
        obligation.fulfil(at: 100)
        #expect(obligation.status == .met)
        #expect(obligation.resolvedAt == 100)
    }

    @Test func breachedAtTheDueTimeThenMetLate() {
        var obligation = CycleObligation(rule: .salesAccept, due: 100, isBusiness: false)
        obligation.expire(before: 101)
        obligation.fulfil(at: 101)
        obligation.fulfil(at: 150)
        #expect(obligation.status == .breached)
        #expect(obligation.resolvedAt == 100)
        #expect(obligation.metAt == 101)
    }

    @Test func anEndBeforeTheDueTimeWaivesAndOneAtItIsTooLate() {
        var early = CycleObligation(rule: .salesFirstTouch, due: 100, isBusiness: true)
        early.waive(at: 99)
        #expect(early.status == .waived)
        #expect(early.resolvedAt == 99)
        var tie = CycleObligation(rule: .salesFirstTouch, due: 100, isBusiness: true)
        tie.waive(at: 100)
        #expect(tie.status == .breached)
        #expect(tie.resolvedAt == 100)
        #expect(tie.note == nil)
    }

    @Test func aBreakResolvesAtTheEventAndIsNeverMetAfter() {
        var obligation = CycleObligation(rule: .salesSequence, due: 100, isBusiness: true)
        obligation.breakNow(at: 40, because: "recycled")
        obligation.fulfil(at: 60)
        #expect(obligation.status == .breached)
        #expect(obligation.resolvedAt == 40)
        #expect(obligation.metAt == nil)
        #expect(obligation.note == "recycled")
    }
}
