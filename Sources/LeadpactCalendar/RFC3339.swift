public import Foundation

/// Strict RFC 3339 timestamps: `YYYY-MM-DDTHH:MM:SS[.fraction](Z|±HH:MM)`.
///
/// The offset is required (a local time alone names no instant). `T` may be written `t` or a
/// space, `Z` may be `z`; `-00:00` reads as UTC. Leap seconds (`:60`) are rejected, as Foundation
/// cannot represent them. Parsing reads the bytes directly: no formatter, no allocation.
public enum RFC3339 {
    /// Why a timestamp was refused.
    public enum Problem: Error, Equatable, Sendable {
        /// Not of the form `YYYY-MM-DDTHH:MM:SS[.fraction](Z|±HH:MM)`.
        case malformed
        /// A complete local date-time without an offset, which names no instant.
        case noOffset
        /// Well formed, but a month, day, hour, minute or second that does not exist.
        case invalidDate
    }

    /// The instant a timestamp names, or nil when it is not a complete RFC 3339 date-time with
    /// offset. Fractions finer than a millisecond are truncated.
    public static func parse(_ text: String) -> Date? {
        guard case .success(let millis) = parseMilliseconds(text) else { return nil }
        return Date(timeIntervalSince1970: Double(millis) / 1000)
    }

    /// Milliseconds since 1970-01-01T00:00:00Z for `text`, or why it was refused.
    public static func parseMilliseconds(_ text: String) -> Result<Int64, Problem> {
        var text = text
        return text.withUTF8 { parseMilliseconds(bytes: $0) }
    }

    /// `parseMilliseconds` over UTF-8 bytes.
    public static func parseMilliseconds(bytes b: UnsafeBufferPointer<UInt8>) -> Result<Int64, Problem> {
        func byte(_ i: Int) -> UInt8 { i < b.count ? b[i] : 0 }
        func number(_ start: Int, _ count: Int) -> Int? {
            guard start + count <= b.count else { return nil }
            return digits(b, start, count)
        }
        guard let year = number(0, 4), byte(4) == dash, let month = number(5, 2),
              byte(7) == dash, let day = number(8, 2)
        else { return .failure(.malformed) }
        let separator = byte(10)
        guard separator == 0x54 || separator == 0x74 || separator == 0x20,
              let hour = number(11, 2), byte(13) == colon, let minute = number(14, 2),
              byte(16) == colon, let second = number(17, 2)
        else { return .failure(.malformed) }
        var i = 19
        var millis = 0
        if byte(i) == 0x2E {
            i += 1
            var scale = 100
            let fractionStart = i
            while let value = digit(byte(i)) {
                millis += value * scale
                scale /= 10
                i += 1
            }
            guard i > fractionStart else { return .failure(.malformed) }
        }
        let offsetSeconds: Int
        switch byte(i) {
        case 0x5A, 0x7A:
            offsetSeconds = 0
            i += 1
        case 0x2B, 0x2D:
            guard let hours = number(i + 1, 2), byte(i + 3) == colon, let minutes = number(i + 4, 2),
                  hours < 24, minutes < 60
            else { return .failure(.malformed) }
            offsetSeconds = (byte(i) == 0x2D ? -1 : 1) * (hours * 3600 + minutes * 60)
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

    /// `date` as an RFC 3339 timestamp in `zone`: whole seconds, milliseconds when there are
    /// any, and the zone's offset (`Z` when it is zero). An offset with seconds (historic
    /// local mean time) is written to the minute and the clock reading adjusted, so the text
    /// still names the exact instant.
    public static func format(_ date: Date, in zone: TimeZone) -> String {
        let raw = (date.timeIntervalSince1970 * 1000).rounded()
        let totalMilliseconds = raw.isFinite ? Int64(min(max(raw, -1e17), 1e17)) : 0
        let offset = zone.secondsFromGMT(for: date)
        return format(epochMilliseconds: totalMilliseconds, offsetSeconds: offset, zeroOffsetAsZ: true)
    }

    /// The instant `epochMilliseconds` as read on a clock `offsetSeconds` from UTC (rounded
    /// toward zero to the minute). A zero offset is written `Z` when `zeroOffsetAsZ`, else `+00:00`.
    public static func format(epochMilliseconds: Int64, offsetSeconds: Int, zeroOffsetAsZ: Bool) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(32)
        write(epochMilliseconds: epochMilliseconds, offsetSeconds: offsetSeconds, zeroOffsetAsZ: zeroOffsetAsZ, into: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends what `format(epochMilliseconds:offsetSeconds:zeroOffsetAsZ:)` returns, as
    /// UTF-8, to `bytes`, building no string (for reports that write millions of times).
    public static func write(
        epochMilliseconds: Int64, offsetSeconds: Int, zeroOffsetAsZ: Bool, into bytes: inout [UInt8]
    ) {
        let offset = Int64(offsetSeconds / 60 * 60)
        let local = epochMilliseconds + offset * 1000
        let days = ZoneOffsetTable.floorDivide(local, 86_400_000)
        let millisecondOfDay = local - days * 86_400_000
        let date = LocalDate(daysSinceEpoch: Int(days))
        if date.year >= 0 && date.year <= 9999 {
            appendDigits(Int64(date.year), count: 4, to: &bytes)
            bytes.append(dash)
            appendDigits(Int64(date.month), count: 2, to: &bytes)
            bytes.append(dash)
            appendDigits(Int64(date.day), count: 2, to: &bytes)
        } else {
            bytes.append(contentsOf: date.description.utf8)
        }
        let secondOfDay = millisecondOfDay / 1000, milliseconds = millisecondOfDay % 1000
        bytes.append(UInt8(ascii: "T"))
        appendDigits(secondOfDay / 3600, count: 2, to: &bytes)
        bytes.append(colon)
        appendDigits(secondOfDay / 60 % 60, count: 2, to: &bytes)
        bytes.append(colon)
        appendDigits(secondOfDay % 60, count: 2, to: &bytes)
        if milliseconds != 0 {
            bytes.append(UInt8(ascii: "."))
            appendDigits(milliseconds, count: 3, to: &bytes)
        }
        if offset == 0 && zeroOffsetAsZ {
            bytes.append(UInt8(ascii: "Z"))
            return
        }
        let magnitude = abs(offset) / 60
        bytes.append(offset < 0 ? dash : UInt8(ascii: "+"))
        appendDigits(magnitude / 60, count: 2, to: &bytes)
        bytes.append(colon)
        appendDigits(magnitude % 60, count: 2, to: &bytes)
    }

    /// Appends `value` (0 ≤ value < 10^count) as exactly `count` decimal digits.
    private static func appendDigits(_ value: Int64, count: Int, to bytes: inout [UInt8]) {
        var divisor: Int64 = 1
        for _ in 1..<count { divisor *= 10 }
        var rest = value
        while divisor > 0 {
            bytes.append(UInt8(truncatingIfNeeded: rest / divisor) &+ 0x30)
            rest %= divisor
            divisor /= 10
        }
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
}
