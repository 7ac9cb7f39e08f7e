import Foundation
@testable import LeadpactAudit
import Testing

/// A CSV cell of text from the event log or the contract that a spreadsheet would evaluate as
/// a formula gets a leading `'`; the cells the report writes itself stay exact.
@Suite struct CSVReportRendererTests {
    @Test(arguments: ["=1+1", "+1", "-1", "@SUM(A1)", "\t=1", "\r=1", "=HYPERLINK(\"http://x.example\",\"y\")"])
    func aFormulaStartIsMadeText(_ text: String) {
        #expect(CSVReportRenderer.inert(text) == "'" + text)
    }

    @Test(arguments: ["", "L-1", "alice", "1-1", "a=b", " =1", "'=1", "Bob @ Acme", "score 85 < 100"])
    func otherTextIsLeftAsItIs(_ text: String) {
        #expect(CSVReportRenderer.inert(text) == text)
    }

    @Test func textCellsFromTheInputAreInertAndTheReportsOwnCellsExact() {
        var result = SampleResults.week47
        let due = SampleResults.at(hours: 13)
        result.breaches = [
            Breach(rule: .salesFirstTouch, lead: "=HYPERLINK(\"http://x.example\",\"y\")", owner: "@alice", due: due,
                   resolvedAt: due, metAt: SampleResults.at(hours: 14), lateBySeconds: 3_600, lateByBusinessSeconds: 3_600,
                   calendar: "-na", detail: "+1 first touch"),
        ]
        let records = CSVReportRenderer().render(result).components(separatedBy: "\r\n")
        #expect(records.count == 3)
        #expect(records[1] == "sales.first_touch,sales,\"'=HYPERLINK(\"\"http://x.example\"\",\"\"y\"\")\",'@alice,"
            + "2026-11-16T13:00:00-05:00,2026-11-16T13:00:00-05:00,late,2026-11-16T14:00:00-05:00,3600,3600,"
            + "1h 00m business / 1h 00m wall,'-na,'+1 first touch")
    }
}
