import Foundation
import LeadpactAudit
import Testing

/// The HTML page lists the first breaches of each rule and the worst owners, never all of a
/// large log's: its size does not grow with the number of breaches.
@Suite struct HTMLReportLimitTests {
    /// The sample week with `accepts` late accepts, each owned by its own owner, and its
    /// reason breach.
    static func result(accepts: Int) -> AuditResult {
        var result = SampleResults.week47
        let start = SampleResults.at(hours: 1)
        let late = (0..<accepts).map { index in
            Breach(rule: .salesAccept, lead: "L-\(1_000 + index)", owner: "rep-\(index)", due: start, resolvedAt: start,
                   detail: "no accept, reject, disqualify or sql by 01:00 (breach \(index))")
        }
        result.breaches = (result.breaches + late).sorted(by: Breach.reportOrder)
        return result
    }

    @Test func eachRuleListsItsFirstBreachesAndSaysHowManyMore() {
        let html = HTMLReportRenderer().render(Self.result(accepts: 60))
        #expect(html.contains("<h2>Breaches (63)</h2>"))
        #expect(html.contains("(breach 24)"))
        #expect(!html.contains("(breach 25)"))
        #expect(html.contains("… and 35 more breaches of <code>sales.accept</code>"))
        #expect(html.contains("the CSV and JSON reports list every breach"))
        #expect(html.contains("rejected without a reason"))
        #expect(!html.contains("more breaches of <code>sales.reason</code>"))
        #expect(html.contains("… and 39 more owners."))
    }

    @Test func aRuleWithinTheLimitIsListedWhole() {
        let html = HTMLReportRenderer().render(Self.result(accepts: 25))
        #expect(html.contains("(breach 24)"))
        #expect(!html.contains("more breaches of"))
    }

    @Test func thePageDoesNotGrowWithTheBreaches() {
        let small = HTMLReportRenderer().render(Self.result(accepts: 100)).utf8.count
        let large = HTMLReportRenderer().render(Self.result(accepts: 20_000)).utf8.count
        // Only the counts and which owners tie for the worst rows differ.
        #expect(large - small < 1_000)
    }
}
