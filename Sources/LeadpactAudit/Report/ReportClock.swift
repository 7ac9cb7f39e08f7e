public import Foundation
public import LeadpactCalendar

/// Writes instants as RFC 3339 in one IANA zone, e.g. `2026-11-16T10:00:00-05:00`
/// (milliseconds only when the instant has them).
public struct ReportClock: Sendable {
    private let zone: TimeZone
    /// The zone's offsets from 1970 to 2100, read once, so a report of a million times does
    /// not ask Foundation for each; instants outside ask Foundation.
    private let offsets: ZoneOffsetTable
    /// UTC zones write `Z` instead of `+00:00`.
    private let writesZ: Bool

    /// The span `offsets` covers, in milliseconds.
    private static let tableStart: Int64 = 0
    private static let tableEnd: Int64 = 4_102_444_800_000  // 2100-01-01T00:00:00Z

    /// A clock for `timeZone`; UTC when the identifier is unknown.
    public init(timeZone: String) {
        let known = TimeZone(identifier: timeZone)
        zone = known ?? TimeZone(secondsFromGMT: 0) ?? .current
        offsets = ZoneOffsetTable(zone: zone, from: Self.tableStart, to: Self.tableEnd)
        writesZ = known == nil || ["UTC", "Etc/UTC", "GMT", "Etc/GMT", "Zulu"].contains(timeZone)
    }

    /// `instant` in the zone, RFC 3339 with the zone's offset at that instant.
    public func format(_ instant: Date) -> String {
        format(epochMillis: Self.millis(instant))
    }

    /// An instant given in milliseconds since 1970, RFC 3339 in the zone.
    public func format(epochMillis: Int64) -> String {
        RFC3339.format(epochMilliseconds: epochMillis, offsetSeconds: offsetSeconds(at: epochMillis), zeroOffsetAsZ: writesZ)
    }

    /// Appends `format(epochMillis:)` as UTF-8 to `bytes`.
    public func write(epochMillis: Int64, into bytes: inout [UInt8]) {
        RFC3339.write(
            epochMilliseconds: epochMillis, offsetSeconds: offsetSeconds(at: epochMillis), zeroOffsetAsZ: writesZ,
            into: &bytes)
    }

    /// Appends `format(instant)` as UTF-8 to `bytes`.
    public func write(_ instant: Date, into bytes: inout [UInt8]) {
        write(epochMillis: Self.millis(instant), into: &bytes)
    }

    /// The local calendar date of `instant` in the zone.
    public func localDate(of instant: Date) -> LocalDate {
        let seconds = Int64(instant.timeIntervalSince1970.rounded(.down))
        let local = seconds + Int64(zone.secondsFromGMT(for: instant))
        return LocalDate(daysSinceEpoch: Int(ZoneOffsetTable.floorDivide(local, 86_400)))
    }

    /// The zone's offset at an instant, in seconds (whole seconds of the instant, as Foundation reads it).
    private func offsetSeconds(at epochMillis: Int64) -> Int {
        let wholeSeconds = ZoneOffsetTable.floorDivide(epochMillis, 1000)
        if wholeSeconds * 1000 >= Self.tableStart && wholeSeconds * 1000 < Self.tableEnd {
            return Int(offsets.offset(at: wholeSeconds * 1000) / 1000)
        }
        return zone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(wholeSeconds)))
    }

    private static func millis(_ instant: Date) -> Int64 {
        let raw = (instant.timeIntervalSince1970 * 1000).rounded()
        return raw.isFinite ? Int64(min(max(raw, -1e17), 1e17)) : 0
    }
}
