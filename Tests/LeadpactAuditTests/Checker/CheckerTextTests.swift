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
