import LeadpactCalendar

/// Reads an event's `ts`: RFC 3339 with a UTC offset, to milliseconds since 1970.
/// Fractions finer than a millisecond are truncated.
enum EventTimestamp {
    /// Why a `ts` was refused.
    enum Problem: Error, Equatable {
        case malformed
        case noOffset
        case invalidDate
    }

    /// Milliseconds since 1970-01-01T00:00:00Z for `text`.
    static func parse(_ text: String) -> Result<Int64, Problem> {
        var text = text
        return text.withUTF8 { parse(bytes: $0) }
    }

    /// The same, over UTF-8 bytes.
    static func parse(bytes b: UnsafeBufferPointer<UInt8>) -> Result<Int64, Problem> {
        func digits(_ start: Int, _ count: Int) -> Int? {
            guard start + count <= b.count else { return nil }
            var value = 0
            for i in start..<(start + count) {
                let d = Int(b[i]) - 48
                guard (0...9).contains(d) else { return nil }
                value = value * 10 + d
            }
            return value
        }
        func byte(_ i: Int) -> UInt8 { i < b.count ? b[i] : 0 }
        guard let year = digits(0, 4), byte(4) == UInt8(ascii: "-"), let month = digits(5, 2),
              byte(7) == UInt8(ascii: "-"), let day = digits(8, 2)
        else { return .failure(.malformed) }
        let separator = byte(10)
        guard separator == UInt8(ascii: "T") || separator == UInt8(ascii: "t") || separator == UInt8(ascii: " "),
              let hour = digits(11, 2), byte(13) == UInt8(ascii: ":"), let minute = digits(14, 2),
              byte(16) == UInt8(ascii: ":"), let second = digits(17, 2)
        else { return .failure(.malformed) }
        var i = 19
        var millis = 0
        if byte(i) == UInt8(ascii: ".") {
            i += 1
            var scale = 100
            let fractionStart = i
            while (48...57).contains(byte(i)) {
                millis += (Int(byte(i)) - 48) * scale
                scale /= 10
                i += 1
            }
            guard i > fractionStart else { return .failure(.malformed) }
        }
        let offsetSeconds: Int
        switch byte(i) {
        case UInt8(ascii: "Z"), UInt8(ascii: "z"):
            offsetSeconds = 0
            i += 1
        case UInt8(ascii: "+"), UInt8(ascii: "-"):
            guard let oh = digits(i + 1, 2), byte(i + 3) == UInt8(ascii: ":"), let om = digits(i + 4, 2),
                  oh < 24, om < 60
            else { return .failure(.malformed) }
            offsetSeconds = (byte(i) == UInt8(ascii: "-") ? -1 : 1) * (oh * 3600 + om * 60)
            i += 6
        case 0:
            return .failure(.noOffset)
        default:
            return .failure(.malformed)
        }
        guard i == b.count else { return .failure(.malformed) }
        guard (1...12).contains(month), day >= 1, day <= LocalDate.daysIn(month: month, year: year),
              hour < 24, minute < 60, second < 60
        else { return .failure(.invalidDate) }
        let days = Int64(LocalDate(year: year, month: month, day: day).daysSinceEpoch)
        let local = days * 86_400 + Int64(hour * 3600 + minute * 60 + second)
        return .success((local - Int64(offsetSeconds)) * 1000 + Int64(millis))
    }
}
