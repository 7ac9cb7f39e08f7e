/// Checks that bytes are well-formed UTF-8 (no overlong forms, no surrogates, nothing past
/// U+10FFFF), so that a bad byte is reported where it stands rather than wherever a decoder
/// happens to notice it (or replaces it with U+FFFD).
///
/// Runs of ASCII are passed over thirty-two bytes a round; only where a byte of 0x80 or more
/// stands is a sequence decoded, so checking text that is mostly ASCII costs little. The
/// ASCII run is inlinable, so a caller checking many short lines pays no call for one that
/// is all ASCII.
public enum UTF8Validator {
    /// The offset of the first byte that does not begin a well-formed UTF-8 sequence, or
    /// `nil` when all of `bytes` is well-formed.
    @inlinable
    public static func firstInvalidOffset(in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        let start = firstNonASCII(in: bytes, from: 0)
        return start == bytes.count ? nil : firstInvalidOffset(in: bytes, from: start)
    }

    /// `firstInvalidOffset(in:)` from `start`, where a byte of 0x80 or more stands.
    @usableFromInline
    static func firstInvalidOffset(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        let count = bytes.count
        var index = start
        while index < count {
            let lead = bytes[index]
            guard let length = sequenceLength(lead: lead, second: index + 1 < count ? bytes[index + 1] : nil) else {
                return index
            }
            guard index + length <= count else { return index }
            for offset in 1..<length where bytes[index + offset] & 0xC0 != 0x80 {
                return index
            }
            index = firstNonASCII(in: bytes, from: index + length)
        }
        return nil
    }

    /// The first index at or after `start` whose byte is 0x80 or more; `bytes.count` when
    /// there is none. Reads thirty-two bytes a round, then eight, and ends with the last
    /// eight bytes of `bytes`, those before `index` shifted out, rather than byte by byte.
    @inlinable
    static func firstNonASCII(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        let highBits: UInt64 = 0x8080_8080_8080_8080
        guard let base = bytes.baseAddress else { return bytes.count }
        let count = bytes.count
        let raw = UnsafeRawPointer(base)
        var index = start
        while index + 32 <= count {
            let words = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                | raw.loadUnaligned(fromByteOffset: index + 8, as: UInt64.self)
                | raw.loadUnaligned(fromByteOffset: index + 16, as: UInt64.self)
                | raw.loadUnaligned(fromByteOffset: index + 24, as: UInt64.self)
            if words & highBits != 0 { break }
            index += 32
        }
        while index + 8 <= count {
            let high = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self) & highBits
            if high != 0 { return index + UInt64(littleEndian: high).trailingZeroBitCount / 8 }
            index += 8
        }
        guard index < count else { return count }
        guard count >= 8 else {
            while index < count && bytes[index] < 0x80 { index += 1 }
            return index
        }
        let seen = index - (count - 8)  // 1 to 7 bytes of the last eight lie before `index`
        let last = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self))
        let high = (last & highBits) >> UInt64(seen * 8)
        return high == 0 ? count : index + high.trailingZeroBitCount / 8
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
