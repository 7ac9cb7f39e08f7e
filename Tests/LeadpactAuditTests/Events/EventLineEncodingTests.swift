import Foundation
@testable import LeadpactAudit
import LeadpactContract
import Testing

/// A line that is not valid UTF-8 is a bad line named by its byte column, in JSON lines and
/// CSV alike, rather than read with its bad bytes turned into U+FFFD (which made `Jos\xE9`
/// and `Jos\xE8`, two leads of a Latin-1 export, one lead).
@Suite struct EventLineEncodingTests {
    private func read(_ name: String, _ bytes: [UInt8]) throws -> EventLog {
        let files = try TemporaryFiles()
        defer { files.remove() }
        let url = files.directory.appendingPathComponent(name)
        try Data(bytes).write(to: url)
        return try EventLogReader(schema: EventSchema(contract: TestContract.make())).read(files: [url.path])
    }

    private func messages(_ log: EventLog) -> [String] { log.issues.map { "\($0.line): \($0.message)" } }

    /// `text` with each `%XX` replaced by the byte 0xXX.
    private func bytes(_ text: String) -> [UInt8] {
        var result: [UInt8] = []
        var utf8 = Array(text.utf8)[...]
        while let byte = utf8.popFirst() {
            if byte == UInt8(ascii: "%"), let value = UInt8(String(decoding: utf8.prefix(2), as: UTF8.self), radix: 16) {
                result.append(value)
                utf8 = utf8.dropFirst(2)
            } else {
                result.append(byte)
            }
        }
        return result
    }

    @Test func latin1LeadsAreBadLinesNotOneLead() throws {
        let log = try read("events.jsonl", bytes("""
            {"ts":"2026-11-10T09:00:00-05:00","lead":"Jos%E9","type":"mql"}
            {"ts":"2026-11-10T09:01:00-05:00","lead":"Jos%E8","type":"assigned","to":"alice"}
            {"ts":"2026-11-10T09:02:00-05:00","lead":"Jos%EA","type":"accepted"}
            {"ts":"2026-11-10T09:03:00-05:00","lead":"Jos%C3%A9","type":"won"}

            """))
        #expect(log.lines == 4)
        #expect(log.badLines == 3)
        #expect(messages(log) == [
            "1: not valid UTF-8 at byte column 46: byte 0xE9 cannot appear here; save the file as UTF-8",
            "2: not valid UTF-8 at byte column 46: byte 0xE8 cannot appear here; save the file as UTF-8",
            "3: not valid UTF-8 at byte column 46: byte 0xEA cannot appear here; save the file as UTF-8",
        ])
        #expect(log.events.count == 1)
        #expect(log.leads.count == 1)
        #expect(log.leads[0] == "José")
    }

    @Test func badBytesAnywhereOnTheLineMakeItBad() throws {
        let log = try read("events.jsonl", bytes("""
            {"ts":"2026-11-16T10:00:00Z","lead":"L-1","type":"won","note":"caf%E9"}
            {"ts":"2026-11-16T10:00:00Z","lead":"L-1","type":"won","x":{"y":["%C3"]}}
            {"ts":"2026-11-16T10:00:00Z","lead":"L-1","type":"mql","context":{"source":"%ED%A0%80"}}
            {"ts":"2026-11-16T10:00:00Z","lead":"L-1","type":"won"}%FF
            {"ts":"2026-11-16T10:00:00Z","lead":"L-1","type":"touch","channel":"%F0%9F%93%9E"}
            """))
        #expect(log.badLines == 4)
        #expect(messages(log).map { $0.split(separator: ":").prefix(2).joined(separator: ":") } == [
            "1: not valid UTF-8 at byte column 67", "2: not valid UTF-8 at byte column 67",
            "3: not valid UTF-8 at byte column 77", "4: not valid UTF-8 at byte column 56",
        ])
        #expect(log.events.count == 1)
    }

    @Test func strictRefusesALogWithALatin1Line() throws {
        let files = try TemporaryFiles()
        defer { files.remove() }
        let url = files.directory.appendingPathComponent("x.jsonl")
        try Data(bytes(#"{"ts":"2026-11-10T10:00:00-05:00","lead":"Jos%E9","type":"accepted"}"# + "\n")).write(to: url)
        let contract = TestContract.make()
        let period = try ReportPeriod.month("2026-11", timeZone: contract.metadata.timeZone)
        let error = #expect(throws: AuditError.self) {
            try Auditor.audit(
                contract: contract, digest: "sha256:test", eventFiles: [url.path], period: period,
                options: AuditOptions(strict: true))
        }
        guard case .badLines(let count, let issues)? = error else {
            Issue.record("expected the bad lines, got \(String(describing: error))")
            return
        }
        #expect(count == 1)
        #expect(issues.map(\.line) == [1])
    }

    @Test func csvRowsHeadersAndQuotedLinesAreChecked() throws {
        let log = try read("events.csv", bytes("""
            ts,lead,type,context.trigger
            2026-11-16T10:00:00Z,Jos%E9,won,
            2026-11-16T10:00:00Z,L-2,mql,"first line
            second caf%E9 line"
            2026-11-16T10:00:00Z,Jos%C3%A9,won,

            """))
        #expect(log.lines == 3)
        #expect(messages(log) == [
            "2: not valid UTF-8 at byte column 25: byte 0xE9 cannot appear here; save the file as UTF-8",
            "3: not valid UTF-8 at line 4, byte column 11: byte 0xE9 cannot appear here; save the file as UTF-8",
        ])
        #expect(log.leads.count == 1)
        #expect(log.leads[0] == "José")
    }

    @Test func aCSVHeaderThatIsNotUTF8MakesEveryRowBad() throws {
        let log = try read("events.csv", bytes("ts,lead,type,set.ti%E9tle\n2026-11-16T10:00:00Z,L-1,won,x\n"))
        #expect(log.badLines == 1)
        #expect(messages(log) == [
            "1: CSV header is not valid UTF-8 at byte column 20: byte 0xE9 cannot appear here; save the file as UTF-8; every row will be bad",
            "2: the CSV header is not valid UTF-8 at byte column 20: byte 0xE9 cannot appear here; save the file as UTF-8",
        ])
    }
}
