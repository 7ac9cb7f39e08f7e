/// A forward-only reader over the bytes of one JSON line.
struct JSONCursor {
    let bytes: UnsafeBufferPointer<UInt8>
    var position = 0
    /// How deep inside skipped objects and arrays the cursor is.
    private var depth = 0
    /// The deepest nesting accepted, so a hostile line cannot exhaust the stack.
    static let maximumDepth = 64

    init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    var atEnd: Bool { position >= bytes.count }

    /// The current byte, or 0 at the end.
    var current: UInt8 { position < bytes.count ? bytes[position] : 0 }

    mutating func skipWhitespace() {
        while position < bytes.count {
            let b = bytes[position]
            guard b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D else { return }
            position += 1
        }
    }

    mutating func expect(_ byte: UInt8, _ what: String) throws(JSONSyntaxError) {
        skipWhitespace()
        guard current == byte else { throw fail("expected \(what)") }
        position += 1
    }

    func fail(_ message: String) -> JSONSyntaxError {
        let found = atEnd ? "end of line" : "'\(Character(Unicode.Scalar(current)))'"
        return JSONSyntaxError(message: "\(message), found \(found)", offset: position)
    }

    /// Reads a string literal (the cursor at its opening quote).
    mutating func readString() throws(JSONSyntaxError) -> String {
        guard current == UInt8(ascii: "\"") else { throw fail("expected a string") }
        position += 1
        let start = position
        while position < bytes.count {
            let b = bytes[position]
            if b == UInt8(ascii: "\"") {
                let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self)
                position += 1
                return text
            }
            if b == UInt8(ascii: "\\") {
                position = start
                return try readEscapedString()
            }
            if b < 0x20 { throw fail("control character in a string") }
            position += 1
        }
        throw fail("unterminated string")
    }

    private mutating func readEscapedString() throws(JSONSyntaxError) -> String {
        var utf8: [UInt8] = []
        while position < bytes.count {
            let b = bytes[position]
            position += 1
            switch b {
            case UInt8(ascii: "\""):
                return String(decoding: utf8, as: UTF8.self)
            case UInt8(ascii: "\\"):
                let e = current
                position += 1
                switch e {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): utf8.append(e)
                case UInt8(ascii: "b"): utf8.append(0x08)
                case UInt8(ascii: "f"): utf8.append(0x0C)
                case UInt8(ascii: "n"): utf8.append(0x0A)
                case UInt8(ascii: "r"): utf8.append(0x0D)
                case UInt8(ascii: "t"): utf8.append(0x09)
                case UInt8(ascii: "u"): try appendUnicodeEscape(to: &utf8)
                default:
                    position -= 1
                    throw fail("invalid escape in a string")
                }
            case 0..<0x20:
                position -= 1
                throw fail("control character in a string")
            default:
                utf8.append(b)
            }
        }
        throw fail("unterminated string")
    }

    private mutating func appendUnicodeEscape(to utf8: inout [UInt8]) throws(JSONSyntaxError) {
        var scalar = try readHex4()
        if (0xD800..<0xDC00).contains(scalar), current == UInt8(ascii: "\\"),
           position + 1 < bytes.count, bytes[position + 1] == UInt8(ascii: "u") {
            position += 2
            let low = try readHex4()
            guard (0xDC00..<0xE000).contains(low) else { throw fail("invalid surrogate pair") }
            scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
        }
        let value = Unicode.Scalar(scalar) ?? "\u{FFFD}"
        utf8.append(contentsOf: String(Character(value)).utf8)
    }

    private mutating func readHex4() throws(JSONSyntaxError) -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<4 {
            let b = current
            let digit: UInt32
            switch b {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(b - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(b - UInt8(ascii: "a") + 10)
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(b - UInt8(ascii: "A") + 10)
            default: throw fail("invalid \\u escape")
            }
            value = value << 4 | digit
            position += 1
        }
        return value
    }

    /// Reads a string value written as plain ASCII (no escapes, no control characters) with
    /// at least one byte that is not a space, returning where its text lies in `bytes`;
    /// `nil` (the cursor unmoved) for anything else, which the caller then reads as a value.
    mutating func readPlainText() -> Range<Int>? {
        guard current == UInt8(ascii: "\"") else { return nil }
        let start = position + 1
        let end = plainEnd(from: start)
        guard end < bytes.count, bytes[end] == UInt8(ascii: "\""), !isBlank(start..<end) else { return nil }
        position = end + 1
        return start..<end
    }

    /// Where the run of plain ASCII text starting at `start` ends: the first quote,
    /// backslash, control character or non-ASCII byte, or the end of the line.
    func plainEnd(from start: Int) -> Int {
        ByteScan.firstSpecial(in: bytes, from: start, nonASCII: true)
    }

    /// Whether the bytes in `range` are all spaces (or there are none).
    private func isBlank(_ range: Range<Int>) -> Bool {
        for index in range where bytes[index] != 0x20 { return false }
        return true
    }

    /// Reads a string value that names an event kind; `nil` (the cursor unmoved) for
    /// anything else, which the caller then reads as a value.
    mutating func readKind() -> EventKind? {
        let start = position
        guard let text = readPlainText(), let kind = EventKind(utf8: UnsafeBufferPointer(rebasing: bytes[text])) else {
            position = start
            return nil
        }
        return kind
    }

    /// Reads any value; objects and arrays are skipped and reported as `.composite`.
    mutating func readScalar() throws(JSONSyntaxError) -> JSONScalar {
        skipWhitespace()
        switch current {
        case UInt8(ascii: "\""): return .string(try readString())
        case UInt8(ascii: "{"), UInt8(ascii: "["):
            try skipComposite()
            return .composite
        case UInt8(ascii: "t"): try literal("true"); return .bool(true)
        case UInt8(ascii: "f"): try literal("false"); return .bool(false)
        case UInt8(ascii: "n"): try literal("null"); return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try readNumber()
        default: throw fail("expected a value")
        }
    }

    private mutating func literal(_ word: StaticString) throws(JSONSyntaxError) {
        let count = word.utf8CodeUnitCount
        guard position + count <= bytes.count else { throw fail("invalid literal") }
        for i in 0..<count where bytes[position + i] != word.utf8Start[i] {
            throw fail("invalid literal")
        }
        position += count
    }

    private mutating func readNumber() throws(JSONSyntaxError) -> JSONScalar {
        let start = position
        var integral = true
        if current == UInt8(ascii: "-") { position += 1 }
        guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(current) else { throw fail("invalid number") }
        if current == UInt8(ascii: "0") { position += 1 } else { skipDigits() }
        if current == UInt8(ascii: ".") {
            integral = false
            position += 1
            guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(current) else { throw fail("invalid number") }
            skipDigits()
        }
        if current == UInt8(ascii: "e") || current == UInt8(ascii: "E") {
            integral = false
            position += 1
            if current == UInt8(ascii: "+") || current == UInt8(ascii: "-") { position += 1 }
            guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(current) else { throw fail("invalid number") }
            skipDigits()
        }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self)
        if integral { return Int64(text).map { .int($0) } ?? .largeInteger(text) }
        guard let value = Double(text), value.isFinite else { throw fail("number out of range") }
        return .number(value)
    }

    private mutating func skipDigits() {
        while (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(current) { position += 1 }
    }

    /// Skips an object or array, checking its syntax.
    mutating func skipComposite() throws(JSONSyntaxError) {
        let close = current == UInt8(ascii: "{") ? UInt8(ascii: "}") : UInt8(ascii: "]")
        let isObject = close == UInt8(ascii: "}")
        guard depth < Self.maximumDepth else { throw fail("nesting deeper than \(Self.maximumDepth) levels") }
        depth += 1
        defer { depth -= 1 }
        position += 1
        skipWhitespace()
        if current == close { position += 1; return }
        while true {
            if isObject {
                skipWhitespace()
                _ = try readString()
                try expect(UInt8(ascii: ":"), "':'")
            }
            _ = try readScalar()
            skipWhitespace()
            if current == UInt8(ascii: ",") { position += 1; continue }
            if current == close { position += 1; return }
            throw fail(isObject ? "expected ',' or '}'" : "expected ',' or ']'")
        }
    }
}
