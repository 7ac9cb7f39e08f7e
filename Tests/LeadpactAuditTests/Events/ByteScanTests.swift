@testable import LeadpactAudit
import Testing

@Suite struct ByteScanTests {
    /// The first special byte, found one byte at a time.
    private func naive(_ bytes: [UInt8], from start: Int, nonASCII: Bool) -> Int {
        for index in start..<bytes.count {
            let byte = bytes[index]
            if byte < 0x20 || byte == 0x22 || byte == 0x5C || (nonASCII && byte >= 0x80) { return index }
        }
        return bytes.count
    }

    @Test func findsWhatAByteByByteLookFinds() {
        var generator = SplitMix64(seed: 5)
        let alphabet: [UInt8] = [0x00, 0x1F, 0x20, 0x21, 0x22, 0x23, 0x41, 0x5B, 0x5C, 0x5D, 0x7E, 0x7F, 0x80, 0xC3, 0xFF]
        for _ in 0..<20_000 {
            let count = Int(generator.next() % 40)
            let bytes = (0..<count).map { _ in
                generator.next() % 4 == 0 ? alphabet[Int(generator.next() % UInt64(alphabet.count))] : UInt8(0x61 + generator.next() % 26)
            }
            let start = count == 0 ? 0 : Int(generator.next() % UInt64(count))
            for nonASCII in [false, true] {
                let found = bytes.withUnsafeBufferPointer { ByteScan.firstSpecial(in: $0, from: start, nonASCII: nonASCII) }
                #expect(found == naive(bytes, from: start, nonASCII: nonASCII), "\(bytes) from \(start)")
            }
        }
    }

    @Test func aBorrowBelowDoesNotHideOrInventAByte() {
        let bytes: [UInt8] = Array("abc".utf8) + [0x01, 0x22] + Array("defgh".utf8)
        bytes.withUnsafeBufferPointer { #expect(ByteScan.firstSpecial(in: $0, from: 0, nonASCII: false) == 3) }
        bytes.withUnsafeBufferPointer { #expect(ByteScan.firstSpecial(in: $0, from: 4, nonASCII: false) == 4) }
        bytes.withUnsafeBufferPointer { #expect(ByteScan.firstSpecial(in: $0, from: 5, nonASCII: false) == bytes.count) }
    }
}
