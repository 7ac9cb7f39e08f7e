import Foundation
import LeadpactAudit
import LeadpactContract
import Testing

/// CSV cells are typed by the contract's `fields` like JSON values (brief §4): `50` is an int,
/// `true` a bool; quoted cells keep their commas and doubled quotes; an empty `reason` cell is
/// a missing reason.
@Suite struct CSVConformanceTests {
    private let contract = Conformance.yaml("""
        fields:
          company_size: int
          authority: bool
          title: string

        stages:
          mql:
            when: 'company_size >= 50 and authority and title == "VP, Sales"'

        marketing:
          handoff_context: [trigger]

        sales:
          reasons: [no_budget]
        """)

    @Test func cellsAreTypedByTheContract() throws {
        // C1 meets the criteria only if 50, true and "VP, Sales" are read as int, bool, string.
        // The context trigger holds a comma and quotes → present. The 10:05 recycle has a
        // listed reason (met); the 10:06 one (no cycle) has an empty cell → missing → breach.
        let csv = #"""
            ts,lead,type,reason,set.company_size,set.authority,set.title,context.trigger
            2026-11-16T09:00:00-05:00,C1,profile,,50,true,"VP, Sales",
            2026-11-16T10:00:00-05:00,C1,mql,,,,,"pricing ""x3"", webinar"
            2026-11-16T10:05:00-05:00,C1,recycled,no_budget,,,,
            2026-11-16T10:06:00-05:00,C1,recycled,,,,,
            """#
        let contract = try Conformance.contract(self.contract)
        let result = try Conformance.audit(contract, files: [("events.csv", csv + "\n")], period: try Conformance.week47())
        #expect(result.input.badLines == 0)
        #expect(result.tally(.marketingMQLCriteria) == [1, 0, 0, 0])
        #expect(result.tally(.marketingHandoffContext) == [1, 0, 0, 0])
        #expect(result.tally(.salesReason) == [1, 1, 0, 0])
    }
}
