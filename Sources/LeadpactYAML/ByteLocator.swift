import LeadpactDiagnostics

/// Turns a byte offset into a 1-based line and column counted the way libyaml counts its
/// marks, so positions the loader computes itself agree with the ones libyaml reports.
///
/// Line breaks are LF, CR, CR LF (one break), NEL (U+0085), LS (U+2028) and PS (U+2029);
/// a column is one Unicode scalar, i.e. one byte that is not a UTF-8 continuation byte.
enum ByteLocator {
    /// The location of the byte at `offset` (which may equal `bytes.count`, the end).
    static func location(ofOffset offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> SourceLocation {
        let end = min(max(offset, 0), bytes.count)
        var line = 1
        var column = 1
        var index = 0
        while index < end {
            let byte = bytes[index]
            let breakLength = lineBreakLength(at: index, in: bytes)
            if breakLength > 0, index + breakLength <= end {
                line += 1
                column = 1
                index += breakLength
                continue
            }
            if byte & 0xC0 != 0x80 { column += 1 }
            index += 1
        }
        return SourceLocation(line: line, column: column)
    }

    /// The number of lines in `bytes` as libyaml counts them (a final line without a break
    /// still counts; an empty input has one line).
    static func lineCount(in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        location(ofOffset: bytes.count, in: bytes).line
    }

    /// The length in bytes of the line break starting at `index`, or 0 if there is none.
    private static func lineBreakLength(at index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        func byte(_ offset: Int) -> UInt8? {
            index + offset < bytes.count ? bytes[index + offset] : nil
        }
        switch bytes[index] {
        case 0x0A:
            return 1
        case 0x0D:
            return byte(1) == 0x0A ? 2 : 1
        case 0xC2:
            return byte(1) == 0x85 ? 2 : 0
        case 0xE2:
            return byte(1) == 0x80 && (byte(2) == 0xA8 || byte(2) == 0xA9) ? 3 : 0
        default:
            return 0
        }
    }
}
