/// The spread of one measured delay over a report's cycles (business seconds to accept, to
/// first touch), with nearest-rank percentiles.
public struct DurationStatistics: Hashable, Sendable {
    /// The measurements, ascending.
    public var samples: [Int64]

    /// Statistics over `samples` (any order).
    public init(samples: [Int64]) {
        self.samples = samples.sorted()
    }

    /// How many cycles were measured.
    public var count: Int { samples.count }

    /// The median, or `nil` without samples.
    public var p50: Int64? { percentile(50) }

    /// The 90th percentile, or `nil` without samples.
    public var p90: Int64? { percentile(90) }

    /// The nearest-rank percentile `p` (1…100): the smallest sample with at least p% of the
    /// samples at or below it.
    public func percentile(_ p: Int) -> Int64? {
        guard !samples.isEmpty else { return nil }
        let clamped = min(100, max(1, p))
        let rank = (clamped * samples.count + 99) / 100
        return samples[max(0, rank - 1)]
    }

    /// The share of samples at or below `limit`, or `nil` without samples.
    public func share(atOrBelow limit: Int64) -> Double? {
        guard !samples.isEmpty else { return nil }
        var low = 0, high = samples.count
        while low < high {
            let middle = (low + high) / 2
            if samples[middle] <= limit { low = middle + 1 } else { high = middle }
        }
        return Double(low) / Double(samples.count)
    }
}
