public import Foundation

/// The UTC offsets of one IANA zone over a span of instants, and the rule that turns a
/// local wall-clock reading into an instant.
///
/// All instants and local readings are milliseconds since 1970-01-01T00:00 (a local reading
/// counts as if the wall clock were UTC). Built once from Foundation's zone data, then read
/// without locks.
public struct ZoneOffsetTable: Sendable {
    /// Instants at which `offsets[i + 1]` takes over from `offsets[i]`, ascending.
    private let transitions: [Int64]
    /// Offsets in milliseconds; one more than `transitions`.
    private let offsets: [Int64]

    /// Reads the zone's offsets from `from` to `to` (milliseconds); outside that span the
    /// first and last offsets are assumed, so callers build it with a margin.
    public init(zone: TimeZone, from: Int64, to: Int64) {
        var transitions: [Int64] = []
        var offsets: [Int64] = [Int64(zone.secondsFromGMT(for: Self.date(from))) * 1000]
        var cursor = Self.date(from)
        while let next = zone.nextDaylightSavingTimeTransition(after: cursor), next > cursor {
            let instant = Int64((next.timeIntervalSince1970 * 1000).rounded())
            if instant > to { break }
            let offset = Int64(zone.secondsFromGMT(for: next)) * 1000
            if let last = offsets.last, offset != last {
                transitions.append(instant)
                offsets.append(offset)
            }
            cursor = next
        }
        self.transitions = transitions
        self.offsets = offsets
    }

    private static func date(_ milliseconds: Int64) -> Date {
        Date(timeIntervalSince1970: Double(milliseconds) / 1000)
    }

    /// The offset (milliseconds) in force at `instant`.
    public func offset(at instant: Int64) -> Int64 {
        offsets[segment(containing: instant)]
    }

    /// The index of the offset segment holding `instant`: how many transitions lie at or before it.
    private func segment(containing instant: Int64) -> Int {
        var low = 0, high = transitions.count
        while low < high {
            let mid = (low + high) >> 1
            if transitions[mid] <= instant { low = mid + 1 } else { high = mid }
        }
        return low
    }

    /// The local wall-clock reading at `instant`.
    func local(at instant: Int64) -> Int64 {
        instant + offset(at: instant)
    }

    /// The local date (days since 1970-01-01) at `instant`.
    func localDay(at instant: Int64) -> Int {
        Int(Self.floorDivide(local(at: instant), 86_400_000))
    }

    /// The first instant at which the wall clock reads `local` or later.
    ///
    /// A reading inside a spring-forward gap becomes the instant the clocks jump (it never
    /// shows on the wall); a reading inside a fall-back overlap becomes its first occurrence.
    func instant(atLocal local: Int64) -> Int64 {
        // Every instant whose wall clock shows `local` lies within a day of `local - 0`, so
        // start one day earlier and walk forward to the first segment that reaches `local`.
        var index = segment(containing: local - 86_400_000)
        while index < transitions.count, transitions[index] + offsets[index] <= local {
            index += 1
        }
        let candidate = local - offsets[index]
        if index > 0, candidate < transitions[index - 1] {
            return transitions[index - 1]
        }
        return candidate
    }

    /// Floor division for a positive divisor.
    public static func floorDivide(_ value: Int64, _ divisor: Int64) -> Int64 {
        let quotient = value / divisor
        return (value % divisor != 0 && value < 0) ? quotient - 1 : quotient
    }
}
