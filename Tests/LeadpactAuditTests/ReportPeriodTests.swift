import Foundation
import LeadpactAudit
import Testing

@Suite struct ReportPeriodTests {
    @Test func isHalfOpen() {
        let period = ReportPeriod(from: Date(timeIntervalSince1970: 0), to: Date(timeIntervalSince1970: 60), label: "t")
        #expect(period.contains(Date(timeIntervalSince1970: 0)))
        #expect(!period.contains(Date(timeIntervalSince1970: 60)))
    }
}
