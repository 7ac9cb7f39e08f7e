import Foundation
@testable import LeadpactAudit
import LeadpactContract
import Testing

/// A key given twice in one object of a JSON line, or a column named twice in a CSV header,
/// is reported instead of the last value silently winning.
@Suite struct DuplicateKeyTests {
    private func read(_ name: String, _ text: String) throws -> EventLog {
        let files = try TemporaryFiles()
        defer { files.remove() }
        let path = try files.write(name, text)
        return try EventLogReader(schema: EventSchema(contract: TestContract.make())).read(files: [path])
    }

    private func messages(_ log: EventLog) -> [String] { log.issues.map { "\($0.line): \($0.message)" } }

    @Test func aKeyGivenTwiceMakesTheLineBadAndIsNamedWithItsColumn() throws {
        let context = (0..<20).map { #""k\#($0)":"v\#($0)""# }.joined(separator: ",")
        let log = try read("events.jsonl", #"""
            {"ts":"2026-11-16T10:00:00Z","lead":"L-1","type":"mql","lead":"L-2"}
            {"ts":"2026-11-16T10:00:00Z","lead":"L-1","type":"won","le\u0061d":"L-2"}
            {"ts":"2026-11-16T10:00:00Z","lead":"L-1","type":"profile","set":{"seniority":"vp","seniority":"ic"}}
            {"ts":"2026-11-16T10:00:00Z","lead":"L-1","type":"profile","set":{"title":"a","ti\u0074le":"b"}}
            {"ts":"2026-11-16T10:00:00Z","lead":"L-1","type":"mql","context":{"source":"a","trigger":"t","source":"b"}}
            {"ts":"2026-11-16T10:00:00Z","lead":"L-1","type":"won","note":1,"note":2}
            {"ts":"2026-11-16T10:00:00Z","lead":"L-1","type":"profile","set":{"title":"a"},"set":{"title":"b"}}
            {"ts":"2026-11-16T10:00:00Z","ts":"2026-11-17T10:00:00Z","lead":"L-1","type":"won"}
            {"ts":"2026-11-16T10:00:00Z","lead":"L-1","type":"mql","context":{CONTEXT,"k3":"again"}}
            {"ts":"2026-11-16T10:00:00Z","lead":"L-1","type":"won","n\u00f6te":1,"nöte":2}

            """#.replacingOccurrences(of: "CONTEXT", with: context))
        #expect(log.lines == 10)
        #expect(log.badLines == 10)
        #expect(log.events.isEmpty)
        #expect(messages(log) == [
            "1: duplicate key 'lead' at column 56: keep one of its values",
            "2: duplicate key 'lead' at column 56: keep one of its values",
            "3: duplicate key 'set.seniority' at column 84: keep one of its values",
            "4: duplicate key 'set.title' at column 79: keep one of its values",
            "5: duplicate key 'context.source' at column 94: keep one of its values",
            "6: duplicate key 'note' at column 65: keep one of its values",
            "7: duplicate key 'set' at column 80: keep one of its values",
            "8: duplicate key 'ts' at column 30: keep one of its values",
            "9: duplicate key 'context.k3' at column 287: keep one of its values",
            "10: duplicate key 'nöte' at column 70: keep one of its values",
        ])
    }

    @Test func theSameKeyInDifferentObjectsIsNoDuplicate() throws {
        let others = (0..<40).map { #""x\#($0)":\#($0)"# }.joined(separator: ",")
        let log = try read("events.jsonl", #"""
            {"ts":"2026-11-16T10:00:00Z","lead":"L-1","type":"sql","set":{"title":"a","region":"na"},"title":"b","x":{"title":1}}
            {"ts":"2026-11-16T10:00:00Z","lead":"L-1","type":"mql","context":{"lead":"a","source":"b"},"source":"c"}
            {"ts":"2026-11-16T10:00:00Z","lead":"L-1","type":"won",OTHERS}
            {"ts":"2026-11-16T10:00:00Z","lead":"L-1","type":"mql","context":{"abc":"1","axc":"2","a\u0062d":"3","abe":"4"}}

            """#.replacingOccurrences(of: "OTHERS", with: others))
        #expect(log.badLines == 0, "\(messages(log))")
        #expect(log.events.count == 4)
    }

    @Test func keysEqualAsSwiftComparesStringsAreOneKey() throws {
        // U+212A KELVIN SIGN is canonically equal to "K", as the contract's names are looked up.
        let log = try read("events.jsonl", #"""
            {"ts":"2026-11-16T10:00:00Z","lead":"L-1","type":"mql","context":{"\u212A":"1","K":"2"}}
            """#)
        #expect(messages(log) == ["1: duplicate key 'context.K' at column 80: keep one of its values"])
    }

    @Test func aCSVHeaderNamingAColumnTwiceIsReportedAndEveryRowIsBad() throws {
        let log = try read("events.csv", """
            ts,lead,type,set.title,lead ,notes,set.title,notes
            2026-11-16T10:00:00Z,L-1,profile,a,L-2,,b,
            2026-11-16T10:00:00Z,L-1,won,,L-1,,,

            """)
        #expect(log.lines == 2)
        #expect(log.badLines == 2)
        #expect(log.events.isEmpty)
        #expect(messages(log) == [
            "1: CSV header names the columns lead (columns 2 and 5), set.title (columns 4 and 7), notes (columns 6 and 8) more than once: every row will be bad",
            "2: the CSV header names the columns lead, set.title, notes more than once",
            "3: the CSV header names the columns lead, set.title, notes more than once",
        ])
        #expect(log.issues.map(\.isBadLine) == [false, true, true])
    }

    @Test func emptyCSVHeaderCellsMayRepeat() throws {
        let log = try read("events.csv", "ts,lead,type,,\n2026-11-16T10:00:00Z,L-1,won,,\n")
        #expect(log.badLines == 0)
        #expect(log.issues.isEmpty)
    }
}
