import Foundation
import LeadpactAudit
import LeadpactContract
import Testing

/// Several files, CSV, `--strict` and timestamp forms (brief §4): ties keep file order across
/// the files as given; CSV columns `set.FIELD` / `context.KEY`; blank cells are absent.
@Suite struct InputFilesConformanceTests {
    private let contract = Conformance.yaml("""
        fields:
          company_size: int
          budget: [unknown, none, approved]

        stages:
          sql:
            when: "budget == approved"

        marketing:
          handoff_context: [trigger, source]

        sales:
          accept_within: 30 minutes
          first_touch_within: 30 minutes
        """)

    @Test func aTieAcrossFilesKeepsTheOrderTheFilesWereGiven() throws {
        // The accept and the mql share 10:00. [a, b]: the accept comes first and answers
        // nothing → breach. [b, a]: the mql comes first → the accept at 10:00 meets it.
        let a = (name: "a.jsonl", text: #"{"ts":"2026-11-16T10:00:00-05:00","lead":"T","type":"accepted"}"#)
        let b = (name: "b.jsonl", text: #"{"ts":"2026-11-16T10:00:00-05:00","lead":"T","type":"mql","context":{"trigger":"t","source":"s"}}"#)
        let contract = try Conformance.contract(self.contract)
        let ab = try Conformance.audit(contract, files: [a, b], period: try Conformance.week47())
        #expect(ab.tally(.salesAccept) == [0, 1, 0, 0])
        let ba = try Conformance.audit(contract, files: [b, a], period: try Conformance.week47())
        #expect(ba.tally(.salesAccept) == [1, 0, 0, 0])
    }

    @Test func csvColumnsCarryNestedKeysAndBlankCellsAreAbsent() throws {
        // C1: size 50 from set.company_size; the mql's context.source cell is blank → the
        //     handoff context lacks source → breach; ann assigned at 10:05; first touch at 10:40
        //     against a 10:30 due → breach owned by ann, 600 s late.
        // Line 6 (C2) has a company_size that is not an int → bad line, listed at line 6.
        let csv = """
            ts,lead,type,channel,to,set.company_size,context.trigger,context.source
            2026-11-16T09:00:00-05:00,C1,profile,,,50,,
            2026-11-16T10:00:00-05:00,C1,mql,,,,web,
            2026-11-16T10:05:00-05:00,C1,assigned,,ann,,,
            2026-11-16T10:40:00-05:00,C1,touch,call,,,,
            2026-11-16T10:00:00-05:00,C2,profile,,,big,,
            """
        let contract = try Conformance.contract(self.contract)
        let result = try Conformance.audit(contract, files: [("events.csv", csv + "\n")], period: try Conformance.week47())
        #expect(result.tally(.marketingHandoffContext) == [0, 1, 0, 0])
        let touch = try #require(result.breaches(.salesFirstTouch, lead: "C1").first)
        #expect(touch.owner == "ann")
        #expect(touch.lateBySeconds == 600)
        #expect(result.input.badLines == 1)
        #expect(result.input.issues.filter(\.isBadLine).map(\.line) == [6])
    }

    @Test func strictRefusesARunWithABadLine() throws {
        let contract = try Conformance.contract(self.contract)
        #expect(throws: AuditError.self) {
            try Conformance.audit(
                contract, files: [("events.jsonl", #"{"ts":"2026-11-16T10:00:00","lead":"A","type":"mql"}"#)],
                period: try Conformance.week47(), strict: true)
        }
    }

    @Test func anyRFC3339OffsetAndFractionalSecondsAreRead() throws {
        // mql 15:00Z = 10:00 EST; accept due 10:30 EST; accepted 15:29:59.999Z → met.
        // first touch due 10:30 EST = 15:30Z; touch at 10:30:00.000-05:00 → met (inclusive).
        let result = try Conformance.run(contract, """
            {"ts":"2026-11-16T15:00:00Z","lead":"A","type":"mql","context":{"trigger":"t","source":"s"}}
            {"ts":"2026-11-16T15:29:59.999Z","lead":"A","type":"accepted"}
            {"ts":"2026-11-16T10:30:00.000-05:00","lead":"A","type":"touch","channel":"call"}
            """)
        #expect(result.input.badLines == 0)
        #expect(result.tally(.salesAccept) == [1, 0, 0, 0])
        #expect(result.tally(.salesFirstTouch) == [1, 0, 0, 0])
    }

    @Test func anSQLWithAValueOfTheWrongTypeIsABadLineAndAnswersNothing() throws {
        // "maybe" is not a budget value → the sql line is bad: no sql_criteria obligation, and it
        // does not answer the accept (due 10:30) → breach.
        let result = try Conformance.run(contract, """
            {"ts":"2026-11-16T10:00:00-05:00","lead":"A","type":"mql","context":{"trigger":"t","source":"s"}}
            {"ts":"2026-11-16T10:10:00-05:00","lead":"A","type":"sql","set":{"budget":"maybe"}}
            """)
        #expect(result.input.badLines == 1)
        #expect(result.tally(.salesSQLCriteria) == [0, 0, 0, 0])
        #expect(result.tally(.salesAccept) == [0, 1, 0, 0])
    }
}
