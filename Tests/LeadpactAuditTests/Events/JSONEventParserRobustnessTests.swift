@testable import LeadpactAudit
import Testing

/// Damaged lines never crash the reader: each is either read or refused with a message.
@Suite struct JSONEventParserRobustnessTests {
    private let sample = Array(#"{"ts":"2026-11-16T10:00:00.5-05:00","lead":"L-\u00e9","type":"profile","set":{"company_size":250,"seniority":"vp","revenue":-1.5e3},"context":{"a":[1,{"b":null}]},"by":"x\n"}"#.utf8)

    @Test func everyTruncationAndEveryByteFlipIsHandled() {
        var fields = RawEventFields()
        var outcomes = (read: 0, refused: 0)
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next() -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return state >> 33
        }
        var lines: [[UInt8]] = (0...sample.count).map { Array(sample.prefix($0)) }
        for _ in 0..<2_000 {
            var line = sample
            for _ in 0..<(1 + next() % 3) {
                line[Int(next() % UInt64(line.count))] = UInt8(truncatingIfNeeded: next())
            }
            lines.append(line)
        }
        for line in lines {
            line.withUnsafeBufferPointer { bytes in
                do throws(JSONSyntaxError) {
                    try JSONEventParser.parse(bytes, into: &fields)
                    outcomes.read += 1
                } catch {
                    #expect(!error.message.isEmpty)
                    #expect(error.offset >= 0 && error.offset <= bytes.count)
                    outcomes.refused += 1
                }
            }
        }
        #expect(outcomes.read >= 1)
        #expect(outcomes.refused >= sample.count)
    }

    @Test func theSampleItselfIsRead() throws {
        var fields = RawEventFields()
        try sample.withUnsafeBufferPointer { bytes throws(JSONSyntaxError) in
            try JSONEventParser.parse(bytes, into: &fields)
        }
        #expect(fields.tsMillis == 1_794_841_200_500)
        #expect(fields.setEntries.count == 3)
        #expect(fields.hasContext)
        if case .string(let by)? = fields.by { #expect(by == "x\n") } else { Issue.record("by not read") }
    }
}
