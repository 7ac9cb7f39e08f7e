import Foundation
@testable import LeadpactAudit
import LeadpactContract
import LeadpactExpressions
import Testing

@Suite struct JSONLinesReaderTests {
    private func read(_ text: String, contract: Contract = TestContract.make()) throws -> EventLog {
        let files = try TemporaryFiles()
        defer { files.remove() }
        let path = try files.write("events.jsonl", text)
        var log = try EventLogReader(schema: EventSchema(contract: contract)).read(files: [path])
        log.files = ["events.jsonl"]
        return log
    }

    private func messages(_ log: EventLog) -> [String] { log.issues.map { "\($0.line): \($0.message)" } }

    @Test func readsEveryKindOfGoodLine() throws {
        let log = try read("""
            {"ts":"2026-11-16T09:03:00-05:00","lead":"L-1","type":"profile","set":{"seniority":"vp","company_size":250,"authority":true,"title":"CTO","revenue":1.5}}
            {"ts":"2026-11-16T09:05:00.250Z","lead":"L-1","type":"activity","activity":"pricing_view"}
            {"ts":"2026-11-16T10:00:00-05:00","lead":"L-1","type":"mql","by":"marketing","context":{"trigger":"pricing x3","source":"webinar","n":3}}
            {"ts":"2026-11-16T10:02:00-05:00","lead":"L-1","type":"assigned","to":"alice"}
            {"ts":"2026-11-16T10:41:00-05:00","lead":"L-1","type":"touch","by":"alice","channel":"call"}
            {"ts":"2026-11-16T10:42:00-05:00","lead":"L-1","type":"recycled","reason":17,"extra":[1,{"a":null}]}

            """)
        #expect(log.lines == 6)
        #expect(log.badLines == 0)
        #expect(log.events.map(\.kind) == [.profile, .activity, .mql, .assigned, .touch, .recycled])
        #expect(log.events[1].timestamp == 1_794_819_900_250)
        #expect(log.events[0].payloadCount == 5)
        #expect(log.events[2].payloadCount == 3)
        #expect(log.strings[log.events[3].text] == "alice")
        #expect(log.events[5].text == LeadEvent.Payload.notText)
        #expect(log.leads.count == 1)
    }

    @Test func plainAndEscapedMembersAreStoredAlike() throws {
        let log = try read(#"""
            {"ts":"2026-11-16T09:00:00Z","lead":"L-1","type":"profile","set":{"seniority":"vp","title":"CTO","region":"emea"}}
            {"ts":"2026-11-16T09:00:00Z","lead":"L-1","type":"profile","set":{"se\u006eiority":"v\u0070","title":"C\u0054O","region" : "emea"}}
            {"ts":"2026-11-16T10:00:00Z","lead":"L-1","type":"mql","context":{"source":"webinar","trigger":"pricing x3"}}
            {"ts":"2026-11-16T10:00:00Z","lead":"L-1","type":"mql","context":{"sourc\u0065":"webina\u0072","trigger" :"pricing x3"}}
            {"ts":"2026-11-16T09:00:00Z","lead":"L-1","type":"profile","set":{"seniority":"VP"}}
            {"ts":"2026-11-16T09:00:00Z","lead":"L-1","type":"profile","set":{"seniority":"ic","nickname":"x"}}
            """#)
        #expect(log.events.count == 4)
        let first = log.attributes[0..<3].map { [Int64($0.field), $0.bits, Int64($0.kind == .enumCase ? 1 : 0)] }
        let second = log.attributes[3..<6].map { [Int64($0.field), $0.bits, Int64($0.kind == .enumCase ? 1 : 0)] }
        #expect(first == second)
        #expect(log.context[0..<2].map { [$0.key, $0.value] } == log.context[2..<4].map { [$0.key, $0.value] })
        #expect(log.strings[log.context[0].value] == "webinar")
        #expect(messages(log) == [
            "5: set.seniority value 'VP' is not one of [ic, manager, director, vp]",
            "6: set field 'nickname' is not in the contract's fields [authority, company_size, region, revenue, seniority, title]",
        ])
    }

    @Test func anEnumCaseMatchedOnlyByCanonicalEquivalenceIsStillACase() throws {
        var contract = TestContract.make()
        contract.fields["unit"] = .enumeration(["\u{212A}"])  // KELVIN SIGN, canonically equal to "K"
        let log = try read(#"{"ts":"2026-11-16T09:00:00Z","lead":"L-1","type":"profile","set":{"unit":"K"}}"#, contract: contract)
        #expect(log.badLines == 0)
        #expect(log.attributes.count == 1)
        #expect(log.strings[Int32(log.attributes[0].bits)] == "K")
    }

    @Test func nullAndBlankValuesCountAsAbsent() throws {
        let log = try read("""
            {"ts":"2026-11-16T10:00:00Z","lead":"L-1","type":"rejected","reason":"  ","by":null}
            {"ts":"2026-11-16T10:00:00Z","lead":"L-1","type":"profile","set":{"seniority":null,"title":""}}
            {"ts":"2026-11-16T10:00:00Z","lead":"L-1","type":"assigned","to":" "}
            {"ts":"2026-11-16T10:00:00Z","lead":"","type":"won"}
            {"ts":"2026-11-16T10:00:00Z","lead":"L-2","type":"mql","context":null}
            """)
        #expect(log.events.count == 3)
        #expect(log.events[0].text == LeadEvent.Payload.none)
        #expect(log.events[0].actor == LeadEvent.Payload.none)
        #expect(log.events[1].payloadCount == 0)
        #expect(messages(log) == ["3: an assigned event needs to", "4: missing lead"])
    }

    @Test func listsEveryKindOfBadLine() throws {
        let log = try read("""
            not json
            {"ts":"2026-11-16T10:00:00","lead":"L","type":"won"}
            {"lead":"L","type":"won"}
            {"ts":"2026-11-16T10:00:00Z","type":"won"}
            {"ts":"2026-11-16T10:00:00Z","lead":"L"}
            {"ts":"2026-11-16T10:00:00Z","lead":"L","type":"closed"}
            {"ts":"2026-11-16T10:00:00Z","lead":"L","type":"activity"}
            {"ts":"2026-11-16T10:00:00Z","lead":"L","type":"activity","activity":"golf"}
            {"ts":"2026-11-16T10:00:00Z","lead":"L","type":"assigned"}
            {"ts":"2026-11-16T10:00:00Z","lead":"L","type":"touch"}
            {"ts":"2026-11-16T10:00:00Z","lead":"L","type":"profile"}
            {"ts":"2026-11-16T10:00:00Z","lead":"L","type":"profile","set":{"shoe_size":42}}
            {"ts":"2026-11-16T10:00:00Z","lead":"L","type":"profile","set":{"company_size":"big"}}
            {"ts":"2026-11-16T10:00:00Z","lead":"L","type":"profile","set":{"seniority":"intern"}}
            {"ts":"2026-11-16T10:00:00Z","lead":"L","type":"profile","set":{"authority":"yes"}}
            {"ts":"2026-11-16T10:00:00Z","lead":"L","type":"profile","set":"vp"}
            {"ts":"2026-11-16T10:00:00Z","lead":42,"type":"won"}
            {"ts":1763305200,"lead":"L","type":"won"}
            {"ts":"2026-02-30T10:00:00Z","lead":"L","type":"won"}
            {"ts":"2026-11-16T10:00:00Z","lead":"L","type":"won"} trailing
            {"ts":"2026-11-16T10:00:00Z","lead":"L","type":"mql","context":"webinar"}
            {"ts":"2026-11-16T10:00:00Z","lead":"L","type":"sql","set":{"company_size":12.5}}
            """)
        #expect(log.lines == 22)
        #expect(log.badLines == 22)
        #expect(log.events.isEmpty)
        let expected = [
            "1: not valid JSON at column 1: expected a JSON object, found 'n'",
            "2: ts '2026-11-16T10:00:00' has no UTC offset: write it like 2026-11-16T09:03:00-05:00 or with Z",
            "3: missing ts",
            "4: missing lead",
            "5: missing type",
            "6: unknown type 'closed': expected one of profile, activity, mql, assigned, accepted, rejected, touch, sql, disqualified, recycled, renurture, won, lost",
            "7: an activity event needs activity",
            "8: activity 'golf' is not in the contract's activities [page_view, pricing_view, demo_request]",
            "9: an assigned event needs to",
            "10: a touch event needs channel",
            "11: a profile event needs set (the attributes it records)",
            "12: set field 'shoe_size' is not in the contract's fields [authority, company_size, region, revenue, seniority, title]",
            "13: set.company_size must be an integer, found 'big'",
            "14: set.seniority value 'intern' is not one of [ic, manager, director, vp]",
            "15: set.authority must be true or false, found 'yes'",
            "16: set must be an object of field values",
            "17: lead must be a string, found a number",
            "18: ts must be a string, found a number",
            "19: ts '2026-02-30T10:00:00Z' is not a valid date and time",
            "20: not valid JSON at column 55: unexpected text after the object, found 't'",
            "21: context must be an object of keys and values",
            "22: set.company_size must be an integer, found 12.5",
        ]
        #expect(messages(log) == expected)
        #expect(log.issues.allSatisfy { $0.isBadLine && $0.file.hasSuffix("/events.jsonl") })
    }

    @Test func readsEscapesAndCRLFLineEnds() throws {
        let log = try read("{\"ts\":\"2026-11-16T10:00:00Z\",\"lead\":\"L\\u00e9-\\\"1\\\"\",\"type\":\"won\"}\r\n")
        #expect(log.badLines == 0)
        #expect(log.leads[0] == "Lé-\"1\"")
    }

    @Test func rejectsHostileNesting() throws {
        let deep = String(repeating: "[", count: 100_000)
        let log = try read("{\"ts\":\"2026-11-16T10:00:00Z\",\"lead\":\"L\",\"type\":\"won\",\"x\":\(deep)}\n")
        #expect(log.badLines == 1)
        #expect(log.issues.first?.message.contains("nesting deeper than 64 levels") == true)
    }

    @Test func unreadableFileIsAnError() {
        #expect(throws: AuditError.self) {
            _ = try EventLogReader(schema: EventSchema(contract: TestContract.make())).read(files: ["/nonexistent/x.jsonl"])
        }
    }

    @Test func numbersTypeIntAndNumberFields() throws {
        let log = try read("""
            {"ts":"2026-11-16T10:00:00Z","lead":"L","type":"profile","set":{"company_size":250.0,"revenue":3}}
            """)
        #expect(log.badLines == 0)
        let schema = EventSchema(contract: TestContract.make())
        let values = log.attributes.map { schema.value(of: $0, strings: log.strings) }
        #expect(values == [.int(250), .number(3)])
    }

    @Test func aWholeNumberPastTheIntegerRangeIsOutOfRangeAsWritten() throws {
        let log = try read("""
            {"ts":"2026-11-16T10:00:00Z","lead":"L","type":"profile","set":{"company_size":9223372036854775808}}
            {"ts":"2026-11-16T10:00:00Z","lead":"L","type":"profile","set":{"company_size":-9223372036854775809}}
            {"ts":"2026-11-16T10:00:00Z","lead":"L","type":"profile","set":{"company_size":9223372036854775807,"revenue":9223372036854775808}}
            {"ts":"2026-11-16T10:00:00Z","lead":"L","type":"mql","context":{"n":18446744073709551616}}
            """)
        #expect(messages(log) == [
            "1: set.company_size 9223372036854775808 is out of range for an integer (-9223372036854775808 to 9223372036854775807)",
            "2: set.company_size -9223372036854775809 is out of range for an integer (-9223372036854775808 to 9223372036854775807)",
        ])
        let schema = EventSchema(contract: TestContract.make())
        let values = log.attributes.map { schema.value(of: $0, strings: log.strings) }
        #expect(values == [.int(9_223_372_036_854_775_807), .number(9_223_372_036_854_775_808)])
        #expect(log.context.map { log.strings[$0.value] } == ["18446744073709551616"])
    }
}
