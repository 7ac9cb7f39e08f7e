/// Choices of a review: how wide a score band is and how few handoffs make a group thin.
public struct ReviewOptions: Hashable, Sendable {
    /// Groups resting on fewer handoffs are marked as thin (20 by default).
    public var minimumHandoffs: Int
    /// Score band width (25 by default: 0–25, 25–50, …).
    public var bandWidth: Int
    /// How many periods of the cadence before the reviewed one the metrics cover (3 by default).
    public var earlierPeriods: Int

    /// Creates options.
    public init(minimumHandoffs: Int = 20, bandWidth: Int = 25, earlierPeriods: Int = 3) {
        self.minimumHandoffs = minimumHandoffs
        self.bandWidth = bandWidth
        self.earlierPeriods = earlierPeriods
    }
}
