/// Checks that bytes are well-formed UTF-8 (no overlong forms, no surrogates, nothing past
/// U+10FFFF), so that a bad byte is reported where it stands rather than wherever a decoder
/// happens to notice it (or replaces it with U+FFFD).
///
/// Runs of ASCII are passed over eight bytes at a time; only where a byte of 0x80 or more
/// stands is a sequence decoded, so checking text that is mostly ASCII costs little.
public enum UTF8Validator {
    /// The offset of the first byte that does not begin a well-formed UTF-8 sequence, or
    /// `nil` when all of `bytes` is well-formed.
    public static func firstInvalidOffset(in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        let count = bytes.count
        var index = 0
        while true {
            index = firstNonASCII(in: bytes, from: index)
            guard index < count else { return nil }
            let lead = bytes[index]
            guard let length = sequenceLength(lead: lead, second: index + 1 < count ? bytes[index + 1] : nil) else {
                return index
            }
            guard index + length <= count else { return index }
            for offset in 1..<length where bytes[index + offset] & 0xC0 != 0x80 {
                return index
            }
            index += length
        }
    }

    /// The first index at or after `start` whose byte is 0x80 or more; `bytes.count` when
    /// there is none.
    private static func firstNonASCII(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        guard let base = bytes.baseAddress else { return bytes.count }
        var index = start
        while index + 8 <= bytes.count {
            let high = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080
            if high != 0 { return index + UInt64(littleEndian: high).trailingZeroBitCount / 8 }
            index += 8
        }
        while index < bytes.count && bytes[index] < 0x80 { index += 1 }
        return index
    }

    /// The length of the sequence that `lead` starts, when `lead` and the byte after it are
    /// allowed to begin one; the narrower second-byte ranges rule out overlong forms,
    /// surrogates and scalars past U+10FFFF.
    private static func sequenceLength(lead: UInt8, second: UInt8?) -> Int? {
        guard let second else { return nil }
        switch lead {
        case 0xC2...0xDF:
            return 2
        case 0xE0:
            return (0xA0...0xBF).contains(second) ? 3 : nil
        case 0xE1...0xEC, 0xEE...0xEF:
            return 3
        case 0xED:
            return (0x80...0x9F).contains(second) ? 3 : nil
        case 0xF0:
            return (0x90...0xBF).contains(second) ? 4 : nil
        case 0xF1...0xF3:
            return 4
        case 0xF4:
            return (0x80...0x8F).contains(second) ? 4 : nil
        default:
            return nil
        }
    }
}
