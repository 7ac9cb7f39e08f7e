public import Foundation

/// Strict RFC 3339 timestamps: `YYYY-MM-DDTHH:MM:SS[.fraction](Z|±HH:MM)`.
///
/// The offset is required (a local time alone names no instant). `T` may be written `t` or a
/// space, `Z` may be `z`; `-00:00` reads as UTC. Leap seconds (`:60`) are rejected, as Foundation
/// cannot represent them. Parsing reads the bytes directly: no formatter, no allocation.
public enum RFC3339 {
    /// The instant a timestamp names, or nil when it is not a complete RFC 3339 date-time with offset.
    public static func parse(_ text: String) -> Date? {
        var text = text
        return text.withUTF8 { parse(bytes: $0) }
    }

    /// `parse` over UTF-8 bytes.
    public static func parse(bytes: UnsafeBufferPointer<UInt8>) -> Date? {
        guard bytes.count >= 20,
              let year = digits(bytes, 0, 4), bytes[4] == dash,
              let month = digits(bytes, 5, 2), bytes[7] == dash,
              let day = digits(bytes, 8, 2),
              bytes[10] == 0x54 || bytes[10] == 0x74 || bytes[10] == 0x20,
              let hour = digits(bytes, 11, 2), bytes[13] == colon,
              let minute = digits(bytes, 14, 2), bytes[16] == colon,
              let second = digits(bytes, 17, 2),
              (1...12).contains(month), day >= 1, day <= LocalDate.daysIn(month: month, year: year),
              hour < 24, minute < 60, second < 60
        else { return nil }

        var index = 19
        var fraction = 0.0
        if bytes[index] == 0x2E {
            index += 1
            var scale = 0.1
            let first = index
            while index < bytes.count, let digit = digit(bytes[index]) {
                fraction += Double(digit) * scale
                scale /= 10
                index += 1
            }
            guard index > first else { return nil }
        }
        guard index < bytes.count else { return nil }

        var offset = 0
        switch bytes[index] {
        case 0x5A, 0x7A:
            index += 1
        case 0x2B, 0x2D:
            guard bytes.count - index >= 6,
                  let offsetHours = digits(bytes, index + 1, 2), bytes[index + 3] == colon,
                  let offsetMinutes = digits(bytes, index + 4, 2),
                  offsetHours < 24, offsetMinutes < 60
            else { return nil }
            offset = (offsetHours * 60 + offsetMinutes) * 60 * (bytes[index] == 0x2D ? -1 : 1)
            index += 6
        default:
            return nil
        }
        guard index == bytes.count else { return nil }

        let days = LocalDate(year: year, month: month, day: day).daysSinceEpoch
        let seconds = days * 86_400 + hour * 3600 + minute * 60 + second - offset
        return Date(timeIntervalSince1970: Double(seconds) + fraction)
    }

    /// `date` as an RFC 3339 timestamp in `zone`: whole seconds, milliseconds when there are
    /// any, and the zone's offset (`Z` when it is zero). An offset with seconds (historic
    /// local mean time) is written to the minute and the clock reading adjusted, so the text
    /// still names the exact instant.
    public static func format(_ date: Date, in zone: TimeZone) -> String {
        let raw = (date.timeIntervalSince1970 * 1000).rounded()
        let totalMilliseconds = raw.isFinite ? Int64(min(max(raw, -1e17), 1e17)) : 0
        let offset = Int64(zone.secondsFromGMT(for: date) / 60 * 60)
        let local = totalMilliseconds + offset * 1000
        let days = ZoneOffsetTable.floorDivide(local, 86_400_000)
        let millisecondOfDay = local - days * 86_400_000
        let dateText = LocalDate(daysSinceEpoch: Int(days)).description
        let secondOfDay = millisecondOfDay / 1000, milliseconds = millisecondOfDay % 1000
        var text = dateText + "T" + pad(secondOfDay / 3600) + ":" + pad(secondOfDay / 60 % 60) + ":" + pad(secondOfDay % 60)
        if milliseconds != 0 {
            text += "." + String(String(milliseconds + 1000).dropFirst())
        }
        if offset == 0 { return text + "Z" }
        let magnitude = abs(offset) / 60
        return text + (offset < 0 ? "-" : "+") + pad(magnitude / 60) + ":" + pad(magnitude % 60)
    }

    private static let dash: UInt8 = 0x2D
    private static let colon: UInt8 = 0x3A

    private static func digit(_ byte: UInt8) -> Int? {
        byte >= 0x30 && byte <= 0x39 ? Int(byte - 0x30) : nil
    }

    /// The number written by `count` ASCII digits at `start`, or nil if any is not a digit.
    private static func digits(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ count: Int) -> Int? {
        var value = 0
        for index in start..<(start + count) {
            guard let digit = digit(bytes[index]) else { return nil }
            value = value * 10 + digit
        }
        return value
    }

    private static func pad(_ value: Int64) -> String {
        value < 10 ? "0\(value)" : "\(value)"
    }
}
