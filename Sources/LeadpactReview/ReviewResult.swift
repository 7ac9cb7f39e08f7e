import Foundation
public import LeadpactAudit

/// The review meeting's pack for one period: the contract's review metrics over the period and
/// the periods of the cadence before it, then the feedback loop over the period's handoffs.
public struct ReviewResult: Hashable, Sendable {
    /// The contract reviewed.
    public var contract: AuditedContract
    /// The period under review.
    public var period: ReportPeriod
    /// The contract's `review.cadence`, if it has a review section.
    public var cadence: String?
    /// The metric rows, in the order `review.metrics` lists them.
    public var metrics: [MetricRow]
    /// The periods the metric rows cover, oldest first; the last is `period`.
    public var periods: [ReportPeriod]
    /// The feedback loop over the handoffs started in `period`.
    public var feedback: FeedbackLoop
    /// Lines read and bad lines.
    public var input: InputSummary

    /// Creates a result.
    public init(
        contract: AuditedContract, period: ReportPeriod, cadence: String?, metrics: [MetricRow],
        periods: [ReportPeriod], feedback: FeedbackLoop, input: InputSummary
    ) {
        self.contract = contract
        self.period = period
        self.cadence = cadence
        self.metrics = metrics
        self.periods = periods
        self.feedback = feedback
        self.input = input
    }
}

/// One review metric over the periods (one cell per period, oldest first).
public struct MetricRow: Hashable, Sendable {
    /// What a cell's value is.
    public enum Unit: String, Hashable, Sendable {
        /// A number of things (`mql_volume`, `breaches`).
        case count
        /// A share between 0 and 1.
        case share
        /// Business seconds (wall seconds without a calendar).
        case seconds
    }

    /// The metric's word, with the side for `breaches` and `compliance`
    /// (`breaches.sales`).
    public var name: String
    /// What the values are.
    public var unit: Unit
    /// One cell per period.
    public var cells: [MetricCell]

    /// Creates a row.
    public init(name: String, unit: Unit, cells: [MetricCell]) {
        self.name = name
        self.unit = unit
        self.cells = cells
    }
}

/// One metric value and what it rests on.
public struct MetricCell: Hashable, Sendable {
    /// The value; `nil` when nothing was measured.
    public var value: Double?
    /// How many handoffs (or obligations, or breaches) it rests on.
    public var basis: Int

    /// Creates a cell.
    public init(value: Double?, basis: Int) {
        self.value = value
        self.basis = basis
    }
}
