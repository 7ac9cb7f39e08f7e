import Foundation
import LeadpactAudit
import LeadpactContract
import Testing

/// Input lines (brief §4–§5): bad lines are counted and listed, never silently dropped;
/// `input` counts every line read whatever its date; events at or after `to` are ignored
/// for obligations.
@Suite struct InputConformanceTests {
    private let contract = Conformance.yaml("""
        fields:
          company_size: int
          region: [na, emea]

        activities: [page_view]

        sales:
          accept_within: 30 minutes
          first_touch_within: 1 hour
        """)

    @Test func everyKindOfBadLineIsCountedAndListedByLine() throws {
        // Lines 1–13 are bad for the reason in the comment of each; 14–16 are good
        // (16 lies after the week and still counts as read).
        let result = try Conformance.run(contract, """
            {"ts":"2026-11-16T10:00:00","lead":"B","type":"mql"}
            {"lead":"B","type":"mql"}
            {"ts":"2026-11-16T10:00:00-05:00","type":"mql"}
            {"ts":"2026-11-16T10:00:00-05:00","lead":"B"}
            {"ts":"2026-11-16T10:00:00-05:00","lead":"B","type":"teleport"}
            {"ts":"2026-11-16T10:00:00-05:00","lead":"B","type":"activity","activity":"webinar"}
            {"ts":"2026-11-16T10:00:00-05:00","lead":"B","type":"activity"}
            {"ts":"2026-11-16T10:00:00-05:00","lead":"B","type":"assigned","to":""}
            {"ts":"2026-11-16T10:00:00-05:00","lead":"B","type":"touch","channel":null}
            {"ts":"2026-11-16T10:00:00-05:00","lead":"B","type":"profile"}
            {"ts":"2026-11-16T10:00:00-05:00","lead":"B","type":"profile","set":{"company_size":"big"}}
            {"ts":"2026-11-16T10:00:00-05:00","lead":"B","type":"profile","set":{"shoe_size":3}}
            this is not JSON
            {"ts":"2026-11-16T10:00:00-05:00","lead":"G","type":"mql"}
            {"ts":"2026-11-16T10:10:00-05:00","lead":"G","type":"accepted"}
            {"ts":"2026-11-30T10:00:00-05:00","lead":"G","type":"touch","channel":"call"}
            """)
        #expect(result.input.lines == 16)
        #expect(result.input.badLines == 13)
        #expect(result.input.issues.filter(\.isBadLine).map(\.line) == Array(1...13))
        // Nothing of lead B was read as an event: no cycle, no obligation for it.
        #expect(result.breaches.allSatisfy { $0.lead != "B" })
        #expect(result.tally(.salesAccept) == [1, 0, 0, 0])
        // G's touch on Nov 30 is after the week → the first touch (due 11:00) is breached without met_at.
        #expect(result.tally(.salesFirstTouch) == [0, 1, 0, 0])
        #expect(result.breaches(.salesFirstTouch, lead: "G").first?.metAt == nil)
    }

    @Test func anEventExactlyAtThePeriodEndIsIgnoredForObligations() throws {
        // mql Sun 22:30 → first touch due 23:30; the touch at Mon 00:00 = `to` is not read → breach.
        let result = try Conformance.run(contract, """
            {"ts":"2026-11-22T22:30:00-05:00","lead":"A","type":"mql"}
            {"ts":"2026-11-22T22:40:00-05:00","lead":"A","type":"accepted"}
            {"ts":"2026-11-23T00:00:00-05:00","lead":"A","type":"touch","channel":"call"}
            """)
        #expect(result.tally(.salesFirstTouch) == [0, 1, 0, 0])
        #expect(result.breaches(.salesFirstTouch, lead: "A").first?.metAt == nil)
        #expect(result.input.lines == 3)
        // The next week reads it, but the obligation resolved in W47 and is not judged again.
        let next = try Conformance.run(contract, """
            {"ts":"2026-11-22T22:30:00-05:00","lead":"A","type":"mql"}
            {"ts":"2026-11-22T22:40:00-05:00","lead":"A","type":"accepted"}
            {"ts":"2026-11-23T00:00:00-05:00","lead":"A","type":"touch","channel":"call"}
            """, week: "2026-W48")
        #expect(next.tally(.salesFirstTouch) == [0, 0, 0, 0])
    }

    @Test func anEnumValueOutsideTheEnumIsABadLine() throws {
        // "apac" is not a value of `region` → the value has the wrong type → bad line.
        let result = try Conformance.run(contract, """
            {"ts":"2026-11-16T10:00:00-05:00","lead":"B","type":"profile","set":{"region":"apac"}}
            {"ts":"2026-11-16T10:00:00-05:00","lead":"B","type":"profile","set":{"region":"emea"}}
            """)
        #expect(result.input.badLines == 1)
        #expect(result.input.issues.filter(\.isBadLine).map(\.line) == [1])
    }

    @Test func outOfRangeNumbersAndOffsetsAreBadLinesNotCrashes() throws {
        // 1 past Int64; 2 past Double; 5 an offset of −99:00. 3 is Int64.max and 4 the last
        // second of year 9999 at +14:00: both valid.
        let result = try Conformance.run(contract, """
            {"ts":"2026-11-16T10:00:00-05:00","lead":"B","type":"profile","set":{"company_size":99999999999999999999999}}
            {"ts":"2026-11-16T10:00:00-05:00","lead":"B","type":"profile","set":{"company_size":1e400}}
            {"ts":"2026-11-16T10:00:00-05:00","lead":"B","type":"profile","set":{"company_size":9223372036854775807}}
            {"ts":"9999-12-31T23:59:59+14:00","lead":"B","type":"mql"}
            {"ts":"2026-11-16T10:00:00-99:00","lead":"B","type":"mql"}
            """)
        #expect(result.input.issues.filter(\.isBadLine).map(\.line) == [1, 2, 5])
    }

    @Test func windowsLineEndingsAreRead() throws {
        let result = try Conformance.run(contract, "{\"ts\":\"2026-11-16T10:00:00-05:00\",\"lead\":\"A\",\"type\":\"mql\"}\r\n{\"ts\":\"2026-11-16T10:10:00-05:00\",\"lead\":\"A\",\"type\":\"accepted\"}\r\n")
        #expect(result.input.badLines == 0)
        #expect(result.tally(.salesAccept) == [1, 0, 0, 0])
    }
}
