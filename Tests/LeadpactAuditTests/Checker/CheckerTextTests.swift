import Foundation
@testable import LeadpactAudit
import Testing

@Suite struct CheckerTextTests {
    @Test func durationsInWords() {
        #expect(DurationText.describe(seconds: 1, business: false) == "1 second")
        #expect(DurationText.describe(seconds: 59, business: true) == "59 business seconds")
        #expect(DurationText.describe(seconds: 60, business: true) == "1 business minute")
        #expect(DurationText.describe(seconds: 3_600, business: false) == "1 hour")
        #expect(DurationText.describe(seconds: 5_400, business: true) == "1 business hour 30 minutes")
        #expect(DurationText.describe(seconds: 47 * 3_600 + 60, business: false) == "47 hours 1 minute")
        #expect(DurationText.describe(seconds: 14 * 86_400, business: false) == "14 days")
        #expect(DurationText.describe(seconds: 3 * 86_400 + 4 * 3_600, business: true) == "3 business days 4 hours")
        #expect(DurationText.describe(seconds: 86_400 + 3_600, business: true) == "25 business hours")
        #expect(DurationText.describe(seconds: 0, business: false) == "0 seconds")
    }

    @Test func explanationsArePackedInOneString() {
        var builder = BreachExplanation.Builder()
        builder.append("first touch at " as StaticString)
        builder.append("42")
        builder.item("mql_at")
        builder.append("2026-11-16T09:03:00-05:00")
        builder.item("calendar")
        builder.append("na")
        let breach = Breach(
            rule: .salesFirstTouch, lead: "L-1", owner: "ann", due: .distantPast, resolvedAt: .distantPast, metAt: nil,
            lateBySeconds: nil, lateByBusinessSeconds: nil, calendar: "na", explanation: builder.explanation())
        #expect(breach.detail == "first touch at 42")
        #expect(breach.evidence == [EvidenceItem("mql_at", "2026-11-16T09:03:00-05:00"), EvidenceItem("calendar", "na")])
        guard case .packed = builder.explanation() else {
            Issue.record("expected one packed string")
            return
        }
        builder.reset()
        builder.append("no items")
        #expect(builder.explanation() == BreachExplanation(detail: "no items", evidence: []))
    }

    @Test func aTextHoldingASeparatorKeepsThePartsApart() {
        var builder = BreachExplanation.Builder()
        builder.append("odd \u{1F} detail")
        builder.item("calendar")
        builder.append("a\u{1E}b")
        builder.item("expedite")
        builder.append("")
        let explanation = builder.explanation()
        #expect(explanation == .separate("odd \u{1F} detail", [EvidenceItem("calendar", "a\u{1E}b"), EvidenceItem("expedite", "")]))
        #expect(explanation.detail == "odd \u{1F} detail")
    }

    @Test func basisPointsAsPercentages() {
        #expect(TargetText.percent(2_000) == "20%")
        #expect(TargetText.percent(1_250) == "12.5%")
        #expect(TargetText.percent(3_333) == "33.33%")
        #expect(TargetText.percent(5) == "0.05%")
        #expect(TargetText.percent(0) == "0%")
    }

    @Test func scoresAreCutNotRounded() {
        #expect(ExpressionExplainer.formatScore(99.999) == "99.99")
        #expect(ExpressionExplainer.formatScore(80) == "80")
        #expect(ExpressionExplainer.formatScore(97.5) == "97.5")
        #expect(ExpressionExplainer.formatScore(-12.345) == "-12.35")
    }
}
