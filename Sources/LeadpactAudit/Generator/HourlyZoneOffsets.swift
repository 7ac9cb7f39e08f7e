import Foundation

/// The UTC offset of one IANA zone, hour by hour over a span, so that writing millions of
/// timestamps does not ask Foundation for every one. Outside the span it asks Foundation.
struct HourlyZoneOffsets: Sendable {
    /// The first hour (seconds since 1970, a multiple of 3600) the table covers.
    private let firstHour: Int64
    /// Offsets in seconds east of UTC, one per hour.
    private let offsets: [Int32]
    private let zone: TimeZone

    /// Builds the table for `[from, to)` (seconds since 1970), or `nil` for an unknown zone.
    init?(identifier: String, from: Int64, to: Int64) {
        guard let zone = TimeZone(identifier: identifier) else { return nil }
        self.zone = zone
        let first = from - (((from % 3600) + 3600) % 3600)
        firstHour = first
        let hours = Int(max(0, (to - first) / 3600 + 1))
        var offsets: [Int32] = []
        offsets.reserveCapacity(hours)
        for hour in 0..<hours {
            let instant = Date(timeIntervalSince1970: TimeInterval(first + Int64(hour) * 3600))
            offsets.append(Int32(zone.secondsFromGMT(for: instant)))
        }
        self.offsets = offsets
    }

    /// The offset in force at `instant` (seconds since 1970).
    func offset(at instant: Int64) -> Int64 {
        let index = (instant - firstHour) >= 0 ? (instant - firstHour) / 3600 : -1
        if index >= 0, index < Int64(offsets.count) { return Int64(offsets[Int(index)]) }
        return Int64(zone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(instant))))
    }

    /// The instant at which local wall time `local` (seconds since 1970 as if the zone were UTC)
    /// occurs; a wall time skipped by a DST change maps to the instant just after the gap.
    func instant(ofLocal local: Int64) -> Int64 {
        let guess = local - offset(at: local)
        let corrected = local - offset(at: guess)
        return corrected
    }
}
