@testable import LeadpactYAML
import Testing

/// `UTF8Validator` finds the first bad byte where Swift's own UTF-8 parser does, whether that
/// byte falls in the eight-bytes-at-a-time run over ASCII or after it.
@Suite struct UTF8ValidatorTests {
    /// The offset of the first sequence Swift's UTF-8 parser refuses, or `nil`.
    private static func reference(_ bytes: [UInt8]) -> Int? {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var offset = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded): offset += encoded.count
            case .error: return offset
            case .emptyInput: return nil
            }
        }
    }

    /// Mostly ASCII runs of every length, with valid scalars and bytes that are often bad in
    /// between, so each kind of byte lands at every place of an eight-byte word.
    private static func sample(_ random: inout SplitMix64) -> [UInt8] {
        let awkward: [UInt8] = [0x80, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0, 0xED, 0xEF, 0xF0, 0xF4, 0xF5, 0xFF]
        let scalars = ["é", "€", "\u{D7FF}", "\u{E000}", "😀", "\u{10FFFF}"]
        var bytes: [UInt8] = []
        for _ in 0..<Int.random(in: 1...4, using: &random) {
            bytes += (0..<Int.random(in: 0...19, using: &random)).map { _ in UInt8.random(in: 0x20...0x7E, using: &random) }
            switch Int.random(in: 0..<3, using: &random) {
            case 0: bytes.append(awkward.randomElement(using: &random) ?? 0x80)
            case 1: bytes += Array((scalars.randomElement(using: &random) ?? "é").utf8)
            default: bytes.append(UInt8.random(in: 0...0xFF, using: &random))
            }
        }
        return bytes
    }

    @Test func agreesWithSwiftsParser() {
        var random = SplitMix64(seed: 0x5EED_0007)
        for _ in 0..<20_000 {
            let bytes = Self.sample(&random)
            let found = bytes.withUnsafeBufferPointer { UTF8Validator.firstInvalidOffset(in: $0) }
            #expect(found == Self.reference(bytes), "\(bytes.map { String($0, radix: 16) })")
        }
    }

    @Test func findsABadByteAtEveryPlaceOfALongASCIIRun() {
        for place in 0..<40 {
            var bytes = [UInt8](repeating: UInt8(ascii: "a"), count: 40)
            bytes[place] = 0xE9
            #expect(bytes.withUnsafeBufferPointer { UTF8Validator.firstInvalidOffset(in: $0) } == place)
        }
        for tail in 0..<24 {
            let bytes = Array("é".utf8) + [UInt8](repeating: UInt8(ascii: "a"), count: tail) + [0xE9]
            #expect(bytes.withUnsafeBufferPointer { UTF8Validator.firstInvalidOffset(in: $0) } == 2 + tail)
            #expect(bytes.dropLast().withUnsafeBufferPointer { UTF8Validator.firstInvalidOffset(in: $0) } == nil)
        }
        let ascii = [UInt8](repeating: UInt8(ascii: "a"), count: 40)
        #expect(ascii.withUnsafeBufferPointer { UTF8Validator.firstInvalidOffset(in: $0) } == nil)
        #expect([UInt8]().withUnsafeBufferPointer { UTF8Validator.firstInvalidOffset(in: $0) } == nil)
    }
}
