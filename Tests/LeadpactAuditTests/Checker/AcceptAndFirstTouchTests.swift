import Foundation
import LeadpactAudit
import LeadpactCalendar
import LeadpactContract
import LeadpactExpressions
import Testing

@Suite struct AcceptAndFirstTouchTests {
    // accept_within 30 minutes, first_touch_within 1 hour (wall clock); week 2026-W47.
    private let events = """
        {"ts":"2026-11-16T10:00:00-05:00","lead":"L-1","type":"mql"}
        {"ts":"2026-11-16T10:30:00-05:00","lead":"L-1","type":"accepted"}
        {"ts":"2026-11-16T10:45:00-05:00","lead":"L-1","type":"touch","channel":"call"}
        {"ts":"2026-11-16T10:00:00-05:00","lead":"L-2","type":"mql"}
        {"ts":"2026-11-16T10:35:00-05:00","lead":"L-2","type":"assigned","to":"bob"}
        {"ts":"2026-11-16T10:40:00-05:00","lead":"L-2","type":"accepted","by":"bob"}
        {"ts":"2026-11-16T10:00:00-05:00","lead":"L-3","type":"mql"}
        {"ts":"2026-11-16T10:10:00-05:00","lead":"L-3","type":"won"}
        {"ts":"2026-11-22T23:50:00-05:00","lead":"L-4","type":"mql"}
        {"ts":"2026-11-22T23:51:00-05:00","lead":"L-4","type":"assigned","to":"cy"}
        {"ts":"2026-11-16T10:00:00-05:00","lead":"L-5","type":"mql"}
        {"ts":"2026-11-16T10:30:00-05:00","lead":"L-5","type":"lost"}
        """

    @Test func metBreachedWaivedAndOpen() throws {
        let result = try AuditHarness.run(TestContract.make(), jsonl: events)
        #expect(AuditHarness.counts(result, .salesAccept) == [1, 2, 1, 1])
        #expect(AuditHarness.counts(result, .salesFirstTouch) == [1, 1, 2, 1])
        #expect(result.obligations.total == 10)
        #expect(AuditHarness.lines(result) == [
            "sales.accept L-2 unassigned due 2026-11-16T10:30:00-05:00 resolved 2026-11-16T10:30:00-05:00 met 2026-11-16T10:40:00-05:00",
            "sales.accept L-5 unassigned due 2026-11-16T10:30:00-05:00 resolved 2026-11-16T10:30:00-05:00",
            "sales.first_touch L-2 bob due 2026-11-16T11:00:00-05:00 resolved 2026-11-16T11:00:00-05:00",
        ])
        #expect(result.breaches[0].lateBySeconds == 600)
        #expect(result.breaches[0].lateByBusinessSeconds == 600)
        #expect(result.breaches[0].detail == "accepted at 2026-11-16T10:40:00-05:00 — 10 minutes late")
        #expect(result.breaches[1].lateBySeconds == nil)
        #expect(AuditHarness.openLines(result) == [
            "sales.accept L-4 cy due 2026-11-23T00:20:00-05:00 left 1200",
            "sales.first_touch L-4 cy due 2026-11-23T00:50:00-05:00 left 3000",
        ])
    }

    @Test func theNextWeekJudgesWhatWasOpen() throws {
        let later = events + "\n" + """
            {"ts":"2026-11-23T00:20:00-05:00","lead":"L-4","type":"accepted"}
            {"ts":"2026-11-23T00:51:00-05:00","lead":"L-4","type":"touch","channel":"email"}
            """
        let result = try AuditHarness.run(TestContract.make(), week: "2026-W48", jsonl: later)
        #expect(AuditHarness.counts(result, .salesAccept) == [1, 0, 0, 0])
        #expect(AuditHarness.counts(result, .salesFirstTouch) == [0, 1, 0, 0])
        #expect(AuditHarness.lines(result) == [
            "sales.first_touch L-4 cy due 2026-11-23T00:50:00-05:00 resolved 2026-11-23T00:50:00-05:00 met 2026-11-23T00:51:00-05:00"
        ])
        // The same log re-run for W47 gives the W47 report unchanged.
        let again = try AuditHarness.run(TestContract.make(), jsonl: later)
        let first = try AuditHarness.run(TestContract.make(), jsonl: events)
        #expect(JSONReportRenderer().render(again).replacingOccurrences(of: "\"lines\":14", with: "\"lines\":12")
            == JSONReportRenderer().render(first))
    }

    @Test func rejectedAndSQLAnswerTheAccept() throws {
        let result = try AuditHarness.run(TestContract.make(), jsonl: """
            {"ts":"2026-11-16T10:00:00-05:00","lead":"A","type":"mql"}
            {"ts":"2026-11-16T10:30:00-05:00","lead":"A","type":"rejected","reason":"no_budget"}
            {"ts":"2026-11-16T10:00:00-05:00","lead":"B","type":"mql"}
            {"ts":"2026-11-16T10:05:00-05:00","lead":"B","type":"sql"}
            {"ts":"2026-11-16T10:06:00-05:00","lead":"B","type":"touch","channel":"call"}
            """)
        #expect(AuditHarness.counts(result, .salesAccept) == [2, 0, 0, 0])
        // A's first touch is waived by the rejection; B's is met.
        #expect(AuditHarness.counts(result, .salesFirstTouch) == [1, 0, 1, 0])
        #expect(AuditHarness.counts(result, .salesReason) == [1, 0, 0, 0])
    }

    @Test func expediteReplacesTheFirstTouchTime() throws {
        var sales = TestContract.defaultSales
        sales.expedite = [ExpediteRule(
            when: .compare(.count(activity: "demo_request", windowSeconds: 7 * 86_400), .greaterOrEqual, .literal(.int(1))),
            firstTouchWithin: .wallClock(seconds: 300))]
        let result = try AuditHarness.run(TestContract.make(sales: sales), jsonl: """
            {"ts":"2026-11-16T09:00:00-05:00","lead":"A","type":"activity","activity":"demo_request"}
            {"ts":"2026-11-16T10:00:00-05:00","lead":"A","type":"mql"}
            {"ts":"2026-11-16T10:06:00-05:00","lead":"A","type":"touch","channel":"call"}
            {"ts":"2026-11-16T10:00:00-05:00","lead":"B","type":"mql"}
            {"ts":"2026-11-16T10:06:00-05:00","lead":"B","type":"touch","channel":"call"}
            """)
        #expect(AuditHarness.lines(result).filter { $0.hasPrefix("sales.first_touch") } == [
            "sales.first_touch A unassigned due 2026-11-16T10:05:00-05:00 resolved 2026-11-16T10:05:00-05:00 met 2026-11-16T10:06:00-05:00"
        ])
        #expect(result.breaches.first { $0.rule == .salesFirstTouch }?.detail
            == "first touch at 2026-11-16T10:06:00-05:00 — 1 minute late (expedited: count(demo_request, 7d) >= 1)")
    }
}
