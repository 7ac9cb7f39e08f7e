public import Foundation
public import LeadpactCalendar

/// Writes instants as RFC 3339 in one IANA zone, e.g. `2026-11-16T10:00:00-05:00`
/// (milliseconds only when the instant has them).
public struct ReportClock: Sendable {
    private let zone: TimeZone
    /// UTC zones write `Z` instead of `+00:00`.
    private let writesZ: Bool

    /// A clock for `timeZone`; UTC when the identifier is unknown.
    public init(timeZone: String) {
        let known = TimeZone(identifier: timeZone)
        zone = known ?? TimeZone(secondsFromGMT: 0) ?? .current
        writesZ = known == nil || ["UTC", "Etc/UTC", "GMT", "Etc/GMT", "Zulu"].contains(timeZone)
    }

    /// `instant` in the zone, RFC 3339 with the zone's offset at that instant.
    public func format(_ instant: Date) -> String {
        let totalMillis = Int64((instant.timeIntervalSince1970 * 1000).rounded())
        return format(epochMillis: totalMillis)
    }

    /// An instant given in milliseconds since 1970, RFC 3339 in the zone.
    public func format(epochMillis: Int64) -> String {
        let wholeSeconds = Self.floorDiv(epochMillis, 1000)
        let offset = zone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(wholeSeconds)))
        return RFC3339.format(epochMilliseconds: epochMillis, offsetSeconds: offset, zeroOffsetAsZ: writesZ)
    }

    /// The local calendar date of `instant` in the zone.
    public func localDate(of instant: Date) -> LocalDate {
        let seconds = Int64(instant.timeIntervalSince1970.rounded(.down))
        let local = seconds + Int64(zone.secondsFromGMT(for: instant))
        return LocalDate(daysSinceEpoch: Int(Self.floorDiv(local, 86_400)))
    }

    private static func floorDiv(_ a: Int64, _ b: Int64) -> Int64 {
        let q = a / b
        return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q
    }
}
