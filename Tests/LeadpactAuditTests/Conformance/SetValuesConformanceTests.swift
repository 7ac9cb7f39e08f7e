import Foundation
import LeadpactAudit
import LeadpactContract
import Testing

/// `set` values are typed by the contract's `fields` (brief §2, §4): a value of the wrong type
/// makes a bad line; a key whose value is null or blank counts as absent (it changes nothing).
@Suite struct SetValuesConformanceTests {
    private let contract = Conformance.yaml("""
        fields:
          company_size: int
          revenue: number
          authority: bool
          title: string

        stages:
          mql:
            when: "company_size >= 50 and title == 'VP'"
        """)

    @Test func valuesOfTheWrongTypeAreBadLines() throws {
        // 1 int as text; 2 bool as text; 3 int with a fraction; 4 string as a number.
        // 5 a number field takes an int; 6 a decimal. 5 and 6 are good.
        let result = try Conformance.run(contract, """
            {"ts":"2026-11-16T10:00:00-05:00","lead":"B","type":"profile","set":{"company_size":"50"}}
            {"ts":"2026-11-16T10:00:00-05:00","lead":"B","type":"profile","set":{"authority":"true"}}
            {"ts":"2026-11-16T10:00:00-05:00","lead":"B","type":"profile","set":{"company_size":5.5}}
            {"ts":"2026-11-16T10:00:00-05:00","lead":"B","type":"profile","set":{"title":5}}
            {"ts":"2026-11-16T10:00:00-05:00","lead":"B","type":"profile","set":{"revenue":5}}
            {"ts":"2026-11-16T10:00:00-05:00","lead":"B","type":"profile","set":{"revenue":5.25}}
            """)
        #expect(result.input.issues.filter(\.isBadLine).map(\.line) == [1, 2, 3, 4])
    }

    @Test func aNullOrBlankValueLeavesTheAttributeAsItWas() throws {
        // N: size 50 and title VP, then a profile whose values are null and blank → still
        //    50 / VP at the mql → met; the null/blank profile is not a bad line.
        let result = try Conformance.run(contract, """
            {"ts":"2026-11-16T09:00:00-05:00","lead":"N","type":"profile","set":{"company_size":50,"title":"VP"}}
            {"ts":"2026-11-16T09:30:00-05:00","lead":"N","type":"profile","set":{"company_size":null,"title":""}}
            {"ts":"2026-11-16T10:00:00-05:00","lead":"N","type":"mql"}
            """)
        #expect(result.input.badLines == 0)
        #expect(result.tally(.marketingMQLCriteria) == [1, 0, 0, 0])
    }
}
