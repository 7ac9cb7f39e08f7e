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
        var memo = DayMemo()
        return parseMilliseconds(bytes: b, memo: &memo)
    }

    /// The last valid date a parse read, with its day number, so that a run of timestamps on
    /// one day (a log in time order) skips reading and checking the date again.
    public struct DayMemo: Sendable {
        private var head: UInt64 = 0
        private var tail: UInt16 = 0
        private var days: Int64 = 0
        private var isSet = false

        public init() {}

        /// The day number of the date `bytes` start with, if it is the one remembered.
        func days(startingWith bytes: UnsafeBufferPointer<UInt8>) -> Int64? {
            guard isSet, bytes.count >= 10, let base = bytes.baseAddress else { return nil }
            let raw = UnsafeRawPointer(base)
            guard raw.loadUnaligned(as: UInt64.self) == head,
                  raw.loadUnaligned(fromByteOffset: 8, as: UInt16.self) == tail
            else { return nil }
            return days
        }

        /// Remembers that the valid date `bytes` start with is day `days`.
        mutating func remember(_ bytes: UnsafeBufferPointer<UInt8>, days: Int64) {
            guard bytes.count >= 10, let base = bytes.baseAddress else { return }
            let raw = UnsafeRawPointer(base)
            head = raw.loadUnaligned(as: UInt64.self)
            tail = raw.loadUnaligned(fromByteOffset: 8, as: UInt16.self)
            self.days = days
            isSet = true
        }
    }

    /// `parseMilliseconds(bytes:)`, reusing the date in `memo` when the text starts with it
    /// and remembering a new valid one there.
    public static func parseMilliseconds(bytes b: UnsafeBufferPointer<UInt8>, memo: inout DayMemo) -> Result<Int64, Problem> {
        func byte(_ i: Int) -> UInt8 { i < b.count ? b[i] : 0 }
        func number(_ start: Int, _ count: Int) -> Int? {
            guard start + count <= b.count else { return nil }
            return digits(b, start, count)
        }
        let remembered = memo.days(startingWith: b)
        var year = 0, month = 0, day = 0
        if remembered == nil {
            guard let y = number(0, 4), byte(4) == dash, let m = number(5, 2), byte(7) == dash, let d = number(8, 2)
            else { return .failure(.malformed) }
            (year, month, day) = (y, m, d)
        }
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
        guard hour < 24, minute < 60, second < 60 else { return .failure(.invalidDate) }
        let days: Int64
        if let remembered {
            days = remembered
        } else {
            guard (1...12).contains(month), day >= 1, day <= LocalDate.daysIn(month: month, year: year)
            else { return .failure(.invalidDate) }
            days = Int64(LocalDate(year: year, month: month, day: day).daysSinceEpoch)
            memo.remember(b, days: days)
        }
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
        let parts = Parts(epochMilliseconds: epochMilliseconds, offsetSeconds: offsetSeconds)
        guard parts.hasFourDigitYear else {
            var bytes: [UInt8] = []
            write(epochMilliseconds: epochMilliseconds, offsetSeconds: offsetSeconds, zeroOffsetAsZ: zeroOffsetAsZ, into: &bytes)
            return String(decoding: bytes, as: UTF8.self)
        }
        return String(unsafeUninitializedCapacity: Parts.longest) { text in
            parts.write(zeroOffsetAsZ: zeroOffsetAsZ, into: text.baseAddress!)
        }
    }

    /// Appends what `format(epochMilliseconds:offsetSeconds:zeroOffsetAsZ:)` returns, as
    /// UTF-8, to `bytes`, building no string (for reports that write millions of times).
    public static func write(
        epochMilliseconds: Int64, offsetSeconds: Int, zeroOffsetAsZ: Bool, into bytes: inout [UInt8]
    ) {
        var parts = Parts(epochMilliseconds: epochMilliseconds, offsetSeconds: offsetSeconds)
        if !parts.hasFourDigitYear {
            bytes.append(contentsOf: parts.date.description.utf8)
            parts.omitsDate = true
        }
        var room: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
        withUnsafeMutableBytes(of: &room) { room in
            let start = room.baseAddress!.assumingMemoryBound(to: UInt8.self)
            let count = parts.write(zeroOffsetAsZ: zeroOffsetAsZ, into: start)
            bytes.append(contentsOf: UnsafeBufferPointer(start: start, count: count))
        }
    }

    /// An instant as read on a clock, split into what its text shows.
    private struct Parts {
        /// The most bytes a timestamp with a four-digit year takes.
        static let longest = 29
        let date: LocalDate
        let millisecondOfDay: Int
        /// The offset in whole minutes.
        let offsetMinutes: Int
        /// Leave the date out (it was written on its own: a year outside 0...9999).
        var omitsDate = false

        init(epochMilliseconds: Int64, offsetSeconds: Int) {
            offsetMinutes = offsetSeconds / 60
            let local = epochMilliseconds + Int64(offsetMinutes) * 60_000
            let days = ZoneOffsetTable.floorDivide(local, 86_400_000)
            millisecondOfDay = Int(local - days * 86_400_000)
            date = LocalDate(daysSinceEpoch: Int(days))
        }

        var hasFourDigitYear: Bool { date.year >= 0 && date.year <= 9999 }

        /// Writes the text at `start` (room for `longest` bytes); returns its length.
        func write(zeroOffsetAsZ: Bool, into start: UnsafeMutablePointer<UInt8>) -> Int {
            var end = start
            func put(_ byte: UInt8) {
                end.pointee = byte
                end += 1
            }
            func two(_ value: Int) {
                put(UInt8(truncatingIfNeeded: value / 10) &+ 0x30)
                put(UInt8(truncatingIfNeeded: value % 10) &+ 0x30)
            }
            if !omitsDate {
                two(date.year / 100)
                two(date.year % 100)
                put(dash)
                two(date.month)
                put(dash)
                two(date.day)
            }
            let second = millisecondOfDay / 1000, milliseconds = millisecondOfDay % 1000
            put(UInt8(ascii: "T"))
            two(second / 3600)
            put(colon)
            two(second / 60 % 60)
            put(colon)
            two(second % 60)
            if milliseconds != 0 {
                put(UInt8(ascii: "."))
                put(UInt8(truncatingIfNeeded: milliseconds / 100) &+ 0x30)
                two(milliseconds % 100)
            }
            if offsetMinutes == 0 && zeroOffsetAsZ {
                put(UInt8(ascii: "Z"))
            } else {
                let magnitude = abs(offsetMinutes)
                put(offsetMinutes < 0 ? dash : UInt8(ascii: "+"))
                two(magnitude / 60)
                put(colon)
                two(magnitude % 60)
            }
            return start.distance(to: end)
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
