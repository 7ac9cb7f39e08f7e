import Foundation
import LeadpactAudit
import LeadpactContract
import Testing

@Suite struct AuditMetricsTests {
    @Test func percentilesUseNearestRank() {
        let stats = DurationStatistics(samples: [10, 1, 9, 2, 8, 3, 7, 4, 6, 5])
        #expect(stats.p50 == 5)
        #expect(stats.p90 == 9)
        #expect(stats.percentile(100) == 10)
        #expect(stats.share(atOrBelow: 3) == 0.3)
        #expect(DurationStatistics(samples: []).p50 == nil)
        #expect(DurationStatistics(samples: [42]).p90 == 42)
    }

    @Test func funnelCountsHandoffsOfThePeriod() {
        let metrics = AuditMetrics(result: SampleResults.week47)
        // L-0 was handed off before the period; L-3 was rejected on arrival.
        #expect(metrics.funnel == FunnelMetrics(mqls: 4, accepted: 2, sqls: 1, won: 0))
        #expect(metrics.funnel.mqlToSQL == 0.25)
        #expect(metrics.funnel.acceptRate == 0.5)
    }

    @Test func speedCountsAnswersMadeInThePeriod() {
        let metrics = AuditMetrics(result: SampleResults.week47)
        #expect(metrics.timeToAccept.samples == [720, 1_800, 3_600])
        #expect(metrics.timeToFirstTouch.samples == [1_800, 10_800, 40_000])
        #expect(metrics.timeToAccept.p50 == 1_800)
    }

    @Test func complianceLeavesOutWaivedAndOpen() {
        let metrics = AuditMetrics(result: SampleResults.week47)
        let sales = metrics.compliance.first { $0.side == .sales }
        #expect(sales?.counts == ObligationCounts(met: 6, breached: 2, waived: 1, open: 1))
        #expect(sales?.rate == 0.75)
    }

    @Test func ownersAndSourcesAndReasons() {
        let metrics = AuditMetrics(result: SampleResults.week47)
        #expect(metrics.owners.map(\.owner) == ["alice", "bruno", "marketing", "unassigned"])
        #expect(metrics.owners.first?.cycles == 2)
        #expect(metrics.owners.first { $0.owner == "bruno" }?.won == 1)
        #expect(metrics.sources.map(\.source) == ["webinar", nil, "paid_search"])
        #expect(metrics.sources.first?.meetingCriteria == 1)
        #expect(metrics.reasons == [ReasonCount(end: .recycled, reason: "no_response", count: 1), ReasonCount(end: .rejected, reason: nil, count: 1)])
    }

    @Test func volumeIsProRatedInsideAnUnfinishedMonth() throws {
        let pace = try #require(AuditMetrics(result: SampleResults.week47).targets.first)
        // November 1 → November 23 (EST) is 22 of 30 days.
        #expect(abs(pace.elapsed - 22.0 / 30.0) < 0.002)
        #expect(Int(pace.expectedByNow.rounded()) == 293)
        #expect(!pace.onPace)
    }
}
