import LeadpactAudit
@testable import LeadpactReview
import Testing

/// The review writes durations and shares as the audit and the queue do.
@Suite struct ReviewNumbersTests {
    @Test(arguments: [0, 30, 750, 3_600, 7_500, 86_400, 259_200, 277_200, -90] as [Int64])
    func durationsReadAsInTheAudit(_ seconds: Int64) {
        #expect(ReviewNumbers.duration(Double(seconds)) == ReportText.duration(seconds))
    }

    @Test func wholeDaysAndSecondsAreWrittenAsTheAuditWritesThem() {
        #expect(ReviewNumbers.duration(259_200) == "3d")
        #expect(ReviewNumbers.duration(750.9) == "12m 30s")
        #expect(ReviewNumbers.duration(nil) == "—")
    }

    @Test(arguments: [Double.nan, .infinity, -.infinity, 1e19])
    func aDurationNoIntegerHoldsIsADash(_ seconds: Double) {
        #expect(ReviewNumbers.duration(seconds) == "—")
    }

    @Test func sharesReadAsInTheAudit() {
        #expect(ReviewNumbers.rate(1, of: 8) == "1/8 (12.5%)")
        #expect(ReviewNumbers.rate(0, of: 0) == "0/0 (—)")
        #expect(ReviewNumbers.metric(MetricCell(value: 0.4, basis: 5), unit: .share) == ReportText.percent(0.4))
    }
}
