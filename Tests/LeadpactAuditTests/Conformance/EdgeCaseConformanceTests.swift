import Foundation
import LeadpactAudit
import LeadpactContract
import Testing

/// Values of unusual kinds and instants on a period's first edge (brief §4–§5): any non-blank
/// context value counts; a whitespace reason is blank (missing), a non-text one unknown;
/// malformed timestamps and blank required keys make bad lines; an obligation due exactly at a
/// period's `from` belongs to that period (and is open in the one before).
@Suite struct EdgeCaseConformanceTests {
    private let contract = Conformance.yaml("""
        marketing:
          handoff_context: [trigger, source]

        sales:
          accept_within: 30 minutes
          sequence:
            touches: 2
            within: 2 hours
          reasons: [no_budget, no_response]
        """)

    @Test func contextValuesOfAnyKindCount() throws {
        // false, an object and an array are values: not absent, null or blank → met.
        let result = try Conformance.run(contract, """
            {"ts":"2026-11-16T10:00:00-05:00","lead":"H8","type":"mql","context":{"trigger":"t","source":false}}
            {"ts":"2026-11-16T10:00:00-05:00","lead":"H9","type":"mql","context":{"trigger":"t","source":{"a":1}}}
            {"ts":"2026-11-16T10:00:00-05:00","lead":"H10","type":"mql","context":{"trigger":"t","source":["x"]}}
            """)
        #expect(result.input.badLines == 0)
        #expect(result.tally(.marketingHandoffContext) == [3, 0, 0, 0])
    }

    @Test func whitespaceAndNonTextReasons() throws {
        // W "   " is blank → missing → breaks the sequence at 11:00 (due 12:00).
        // R an array and T a bool are not strings → unknown → present → waived.
        // All three break sales.reason.
        let result = try Conformance.run(contract, """
            {"ts":"2026-11-16T10:00:00-05:00","lead":"W","type":"mql","context":{"trigger":"t","source":"s"}}
            {"ts":"2026-11-16T11:00:00-05:00","lead":"W","type":"recycled","reason":"   "}
            {"ts":"2026-11-16T10:00:00-05:00","lead":"R","type":"mql","context":{"trigger":"t","source":"s"}}
            {"ts":"2026-11-16T11:00:00-05:00","lead":"R","type":"recycled","reason":["no_response"]}
            {"ts":"2026-11-16T10:00:00-05:00","lead":"T","type":"mql","context":{"trigger":"t","source":"s"}}
            {"ts":"2026-11-16T11:00:00-05:00","lead":"T","type":"recycled","reason":true}
            """)
        #expect(result.input.badLines == 0)
        #expect(result.tally(.salesSequence) == [0, 1, 2, 0])
        #expect(result.breaches(.salesSequence).compactMap(\.lead) == ["W"])
        #expect(result.tally(.salesReason) == [0, 3, 0, 0])
    }

    @Test func malformedTimestampsAndBlankRequiredKeysAreBadLines() throws {
        // 1 Feb 30; 2 blank lead; 3 blank `to`; 4 blank channel; 5 hour 25; 7 blank ts;
        // 8 blank type; 9 null set. Line 6 uses RFC 3339's space separator and is read.
        let result = try Conformance.run(contract, """
            {"ts":"2026-02-30T10:00:00-05:00","lead":"B","type":"mql"}
            {"ts":"2026-11-16T10:00:00-05:00","lead":"","type":"mql"}
            {"ts":"2026-11-16T10:00:00-05:00","lead":"B","type":"assigned","to":"   "}
            {"ts":"2026-11-16T10:00:00-05:00","lead":"B","type":"touch","channel":"  "}
            {"ts":"2026-11-16T25:00:00-05:00","lead":"B","type":"mql"}
            {"ts":"2026-11-16 10:00:00-05:00","lead":"B","type":"mql"}
            {"ts":"","lead":"B","type":"mql"}
            {"ts":"2026-11-16T10:00:00-05:00","lead":"B","type":""}
            {"ts":"2026-11-16T10:00:00-05:00","lead":"B","type":"profile","set":null}
            """)
        #expect(result.input.issues.filter(\.isBadLine).map(\.line) == [1, 2, 3, 4, 5, 7, 8, 9])
    }

    @Test func anObligationDueExactlyAtTheStartOfAPeriodBelongsToIt() throws {
        // mql Sun 23:30 → accept due Mon 2026-11-16 00:00: `to` of W46 (open there) and `from`
        // of W47 (breached there).
        let events = #"{"ts":"2026-11-15T23:30:00-05:00","lead":"A","type":"mql","context":{"trigger":"t","source":"s"}}"#
        #expect(try Conformance.run(contract, events, week: "2026-W46").tally(.salesAccept) == [0, 0, 0, 1])
        #expect(try Conformance.run(contract, events, week: "2026-W47").tally(.salesAccept) == [0, 1, 0, 0])
    }
}
