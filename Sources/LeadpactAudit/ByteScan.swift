/// Looks through UTF-8 bytes eight at a time for the bytes JSON text treats specially.
enum ByteScan {
    /// The first index at or after `start` whose byte is a quote, a backslash or a control
    /// character, or (when `nonASCII`) not ASCII; `bytes.count` when there is none.
    static func firstSpecial(in bytes: UnsafeBufferPointer<UInt8>, from start: Int, nonASCII: Bool) -> Int {
        guard let base = bytes.baseAddress else { return start }
        let high = nonASCII ? highBits : 0
        var index = start
        while index + 8 <= bytes.count {
            let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
            let found = belowSpace(word) | word & high | zeroBytes(word ^ quotes) | zeroBytes(word ^ backslashes)
            if found != 0 { return index + found.trailingZeroBitCount / 8 }
            index += 8
        }
        while index < bytes.count {
            let byte = bytes[index]
            if byte < 0x20 || byte == 0x22 || byte == 0x5C || (nonASCII && byte >= 0x80) { return index }
            index += 1
        }
        return index
    }

    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let highBits: UInt64 = 0x8080_8080_8080_8080
    private static let quotes = ones &* 0x22
    private static let backslashes = ones &* 0x5C

    /// The high bit of each byte of `word` below 0x20 (exact for the lowest such byte, which
    /// is all `firstSpecial` uses: a borrow may flag bytes above it).
    private static func belowSpace(_ word: UInt64) -> UInt64 {
        (word &- ones &* 0x20) & ~word & highBits
    }

    /// The high bit of each zero byte of `word` (exact for the lowest one).
    private static func zeroBytes(_ word: UInt64) -> UInt64 {
        (word &- ones) & ~word & highBits
    }
}
