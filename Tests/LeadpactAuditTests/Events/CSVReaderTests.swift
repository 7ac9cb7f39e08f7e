import Foundation
@testable import LeadpactAudit
import LeadpactContract
import LeadpactExpressions
import Testing

@Suite struct CSVReaderTests {
    private func read(_ text: String) throws -> EventLog {
        let files = try TemporaryFiles()
        defer { files.remove() }
        let path = try files.write("events.csv", text)
        return try EventLogReader(schema: EventSchema(contract: TestContract.make())).read(files: [path])
    }

    @Test func mapsColumnsByTheHeaderIncludingNestedOnes() throws {
        let log = try read(#"""
            ts,lead,type,activity,to,by,channel,reason,set.seniority,set.company_size,set.authority,context.source,notes
            2026-11-16T09:03:00-05:00,L-1,profile,,,,,,vp,250,true,,anything
            2026-11-16T10:00:00-05:00,L-1,mql,,,marketing,,,,,,webinar,
            2026-11-16T10:02:00-05:00,L-1,assigned,,alice,,,,,,,,
            2026-11-16T10:41:00-05:00,L-1,touch,,,alice,call,,,,,,
            2026-11-16T10:50:00-05:00,L-1,recycled,,,alice,,"bad, timing",,,,,

            """#)
        #expect(log.lines == 5)
        #expect(log.badLines == 0)
        #expect(log.events.map(\.kind) == [.profile, .mql, .assigned, .touch, .recycled])
        let schema = EventSchema(contract: TestContract.make())
        let values = log.attributes.map { schema.value(of: $0, strings: log.strings) }
        #expect(values == [.enumCase("vp"), .int(250), .bool(true)])
        #expect(log.context.map { log.strings[$0.key] + "=" + log.strings[$0.value] } == ["source=webinar"])
        #expect(log.strings[log.events[4].text] == "bad, timing")
        #expect(log.events.map(\.line) == [2, 3, 4, 5, 6])
    }

    @Test func quotedFieldsFollowRFC4180() throws {
        let log = try read(#"""
            ts,lead,type,context.trigger
            2026-11-16T10:00:00Z,"L-""7""",mql,"line one
            line two, with comma"
            2026-11-16T11:00:00Z,L-8,won,
            """#)
        #expect(log.badLines == 0)
        #expect(log.leads[0] == "L-\"7\"")
        #expect(log.strings[log.context[0].value] == "line one\nline two, with comma")
        #expect(log.events.map(\.line) == [2, 4])
    }

    @Test func aWholeNumberPastTheIntegerRangeIsOutOfRangeAsWritten() throws {
        let log = try read("""
            ts,lead,type,set.company_size
            2026-11-16T10:00:00Z,L,profile, 9223372036854775808
            """)
        #expect(log.issues.map { "\($0.line): \($0.message)" } == [
            "2: set.company_size 9223372036854775808 is out of range for an integer (-9223372036854775808 to 9223372036854775807)",
        ])
    }

    @Test func badRowsAreListedWithTheirLine() throws {
        let log = try read(#"""
            ts,lead,type,set.company_size,set.shoe_size
            2026-11-16T10:00:00Z,L,profile,12x,
            2026-11-16T10:00:00Z,L,profile,,42
            2026-11-16T10:00:00Z,L,profile,,
            2026-11-16T10:00:00Z,L
            2026-11-16T10:00:00Z,L,won,1,"2"x
            2026-11-16T10:00:00Z,L,won,"unclosed
            """#)
        #expect(log.lines == 6)
        #expect(log.badLines == 6)
        #expect(log.issues.map { "\($0.line): \($0.message)" } == [
            "2: set.company_size must be an integer, found '12x'",
            "3: set field 'shoe_size' is not in the contract's fields [authority, company_size, region, revenue, seniority, title]",
            "4: a profile event needs set (the attributes it records)",
            "5: row has 2 fields but the header has 5",
            "6: not valid CSV: text after a closing quote: double a quote inside a quoted field",
            "7: not valid CSV: a quoted field is never closed",
        ])
    }

    @Test func aHeaderWithoutTheRequiredColumnsIsReported() throws {
        let log = try read("when,who,what\n2026-11-16T10:00:00Z,L,won\n")
        #expect(log.badLines == 1)
        #expect(log.issues.first?.message == "CSV header lacks the columns ts, lead, type: every row will be bad")
        #expect(log.issues.first?.isBadLine == false)
    }
}
