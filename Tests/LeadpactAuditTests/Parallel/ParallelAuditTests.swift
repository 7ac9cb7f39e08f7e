import Foundation
@testable import LeadpactAudit
import LeadpactContract
import Testing

/// However the work is split over the cores, the log read and the audit found are the ones a
/// single pass gives: run on the shipped 12-week log, split into many small pieces.
@Suite struct ParallelAuditTests {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let events = repository.appendingPathComponent("fixtures/acme-global-12w.jsonl").path

    static func contract() throws -> Contract {
        let compiled = ContractCompiler.compile(path: repository.appendingPathComponent("contracts/acme-global.sla.yaml").path)
        return try #require(compiled.contract)
    }

    /// One piece, one part, one core's worth of everything.
    static let single = AuditParallelism(readParts: 1, minimumReadPart: 1, checkParts: 1, eventsPerCheckPart: 1, orderParts: 1)
    /// Many small pieces and parts.
    static let split = AuditParallelism(readParts: 7, minimumReadPart: 1, checkParts: 13, eventsPerCheckPart: 1, orderParts: 5)

    @Test func aFileReadInPiecesGivesTheLogOfOnePass() throws {
        let schema = EventSchema(contract: try Self.contract())
        let whole = try EventLogReader(schema: schema, parallelism: Self.single).read(files: [Self.events])
        let pieces = try EventLogReader(schema: schema, parallelism: Self.split).read(files: [Self.events, Self.events])
        #expect(whole.events.count > 5_000)
        #expect(whole.absorbedEvents.isEmpty)
        #expect(whole.badLines > 0)
        #expect(pieces.absorbedEvents.count > 2)
        #expect(Array(pieces.eventsInReadOrder.prefix(whole.events.count)) == whole.events)
        #expect(pieces.eventsInReadOrder.count == 2 * whole.events.count)
        #expect(Array(pieces.attributes.prefix(whole.attributes.count)) == whole.attributes)
        #expect(Array(pieces.context.prefix(whole.context.count)) == whole.context)
        #expect(pieces.strings.strings == whole.strings.strings)
        #expect(pieces.leads.strings == whole.leads.strings)
        #expect(pieces.lines == 2 * whole.lines)
        #expect(pieces.badLines == 2 * whole.badLines)
        #expect(Array(pieces.issues.prefix(whole.issues.count)) == whole.issues)
        #expect(pieces.issues.map(\.line) == whole.issues.map(\.line) + whole.issues.map(\.line))
    }

    @Test func piecesKeepLineNumbersBlankLinesAndAnUnendedLastLine() throws {
        let files = try TemporaryFiles()
        defer { files.remove() }
        var text = ""
        for index in 0..<400 {
            text += index % 37 == 0 ? "   \r\n" : index % 53 == 0 ? "not json\r\n" : #"{"ts":"2026-11-16T10:00:00Z","lead":"L-\#(index % 9)","type":"touch","channel":"call"}"# + "\n"
        }
        text += #"{"ts":"2026-11-16T11:00:00Z","lead":"L-last","type":"won"}"#
        let path = try files.write("events.jsonl", text)
        let schema = EventSchema(contract: TestContract.make())
        let whole = try EventLogReader(schema: schema, parallelism: Self.single).read(files: [path])
        let pieces = try EventLogReader(schema: schema, parallelism: Self.split).read(files: [path])
        #expect(pieces.eventsInReadOrder == whole.events)
        #expect(pieces.issues == whole.issues)
        #expect(pieces.lines == whole.lines)
        #expect(whole.events.last?.line == 401)
        #expect(whole.issues.map(\.line) == [54, 107, 160, 213, 266, 319, 372])
    }

    /// The 2026 audit of the shipped log, its work split as `parallelism` says.
    static func audit(_ parallelism: AuditParallelism) throws -> AuditResult {
        let contract = try contract()
        let period = try ReportPeriod.range(from: "2026-01-01", to: "2027-01-01", timeZone: contract.metadata.timeZone)
        var options = AuditOptions()
        options.parallelism = parallelism
        return try Auditor.audit(contract: contract, digest: contract.digest, eventFiles: [events], period: period, options: options)
    }

    @Test func anAuditCheckedInPartsFindsWhatOnePassFinds() throws {
        let whole = try Self.audit(Self.single)
        let parts = try Self.audit(Self.split)
        #expect(whole.breaches.count > 100)
        #expect(whole.cycles.count > 100)
        #expect(parts == whole)
    }

    @Test func breachesInReportOrderAcrossParts() throws {
        let result = try Self.audit(Self.split)
        let resorted = result.breaches.enumerated().sorted { a, b in
            Breach.reportOrder(a.element, b.element) || (!Breach.reportOrder(b.element, a.element) && a.offset < b.offset)
        }.map(\.element)
        #expect(resorted == result.breaches)
    }

    @Test func chunksRenderedOnEveryCoreJoinInOrder() {
        var buffer = ReportBuffer()
        buffer.appendInParallel(count: 10, separator: ",", chunk: 3) { range, piece in
            piece.append(range.map(String.init).joined(separator: ","))
        }
        #expect(buffer.text == "0,1,2,3,4,5,6,7,8,9")
        var empty = ReportBuffer()
        empty.appendInParallel(count: 0, separator: ",", chunk: 3) { _, piece in piece.append("x") }
        #expect(empty.text == "")
    }

    @Test func chunksHandedToASinkRoundByRoundArriveInOrder() {
        final class Collected: @unchecked Sendable { var bytes: [UInt8] = [] }
        let collected = Collected()
        var buffer = ReportBuffer { collected.bytes.append(contentsOf: $0) }
        buffer.append("[")
        buffer.appendInParallel(count: 1_000, separator: ",", chunk: 3) { range, piece in
            piece.append(range.map(String.init).joined(separator: ","))
        }
        buffer.append("]")
        buffer.flush()
        #expect(String(decoding: collected.bytes, as: UTF8.self) == "[" + (0..<1_000).map(String.init).joined(separator: ",") + "]")
    }

    @Test func integersAreWrittenInDecimal() {
        var buffer = ReportBuffer()
        for number: Int64 in [0, 7, 10, -1, -10, 1_234_567_890, .max, .min] {
            buffer.append(number)
            buffer.append(" ")
        }
        #expect(buffer.text == "0 7 10 -1 -10 1234567890 9223372036854775807 -9223372036854775808 ")
    }
}

/// A log that is not a regular file (a pipe, `<(zcat log.gz)`) is read whole, in order.
@Suite struct PipeReadingTests {
    @Test func eventsFromAPipeAreReadLikeAFile() throws {
        let files = try TemporaryFiles()
        defer { files.remove() }
        let text = (0..<50).map { #"{"ts":"2026-11-16T10:00:00Z","lead":"L-\#($0 % 7)","type":"touch","channel":"call"}"# }
            .joined(separator: "\n") + "\nnot json\n"
        let path = try files.write("events.jsonl", text)
        let pipe = path + ".fifo"
        #expect(mkfifo(pipe, 0o600) == 0)
        defer { unlink(pipe) }
        let writer = Thread {
            guard let handle = FileHandle(forWritingAtPath: pipe) else { return }
            handle.write(Data(text.utf8))
            try? handle.close()
        }
        writer.start()
        let schema = EventSchema(contract: TestContract.make())
        let piped = try EventLogReader(schema: schema, parallelism: ParallelAuditTests.split).read(files: [pipe])
        let plain = try EventLogReader(schema: schema, parallelism: ParallelAuditTests.split).read(files: [path])
        #expect(piped.events.count == 50)
        #expect(piped.events == plain.eventsInReadOrder)
        #expect(piped.issues.map(\.line) == [51])
    }
}
