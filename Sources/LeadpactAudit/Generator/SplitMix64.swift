import Foundation

/// A small, fast, seedable pseudo-random generator (Steele, Lea and Flood's SplitMix64).
///
/// The fixture generator uses it instead of the system generator so that one seed gives the
/// same log on every machine and every Swift version.
public struct SplitMix64: Sendable {
    private var state: UInt64

    /// Creates a generator; equal seeds give equal sequences.
    public init(seed: UInt64) {
        state = seed
    }

    /// The next 64 random bits.
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A uniform double in `[0, 1)`.
    public mutating func unit() -> Double {
        Double(next() >> 11) * 0x1.0p-53
    }

    /// Whether an event of probability `p` happens.
    public mutating func chance(_ p: Double) -> Bool {
        unit() < p
    }

    /// A uniform integer in `range` (Lemire's multiply-shift; the bias is below 2⁻³² for our ranges).
    public mutating func int(in range: ClosedRange<Int>) -> Int {
        let width = UInt64(truncatingIfNeeded: range.upperBound &- range.lowerBound) &+ 1
        if width == 0 { return Int(truncatingIfNeeded: next()) }
        let scaled = next().multipliedFullWidth(by: width).high
        return range.lowerBound &+ Int(truncatingIfNeeded: scaled)
    }

    /// An index into `weights`, each chosen with a probability proportional to its weight.
    /// Returns 0 for an empty or all-zero list.
    public mutating func weightedIndex(_ weights: [Double]) -> Int {
        let total = weights.reduce(0) { $0 + max(0, $1) }
        guard total > 0 else { return 0 }
        var target = unit() * total
        for (index, weight) in weights.enumerated() where weight > 0 {
            if target < weight { return index }
            target -= weight
        }
        return weights.count - 1
    }

    /// A random element of `items`, or `nil` when it is empty.
    public mutating func element<T>(of items: [T]) -> T? {
        items.isEmpty ? nil : items[int(in: 0...(items.count - 1))]
    }

    /// A positive value whose logarithm is roughly normal: half the draws fall below `median`,
    /// and `spread` (> 1) is the typical factor away from it. Used for human response times.
    public mutating func skewed(median: Double, spread: Double) -> Double {
        // The sum of four uniforms, centred and scaled to unit variance, is close enough to a normal here.
        let normal = (unit() + unit() + unit() + unit() - 2) * 1.732
        return median * exp(normal * log(max(spread, 1)))
    }
}
