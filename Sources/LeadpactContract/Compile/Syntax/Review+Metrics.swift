import LeadpactCalendar
import LeadpactDiagnostics

extension Review {
    /// The metric names `review.metrics` may list, each with what it measures, in the order
    /// the documentation shows them. Every one is computable from the audit's event log.
    public static let knownMetrics: KeyValuePairs<String, String> = [
        "mql_volume": "cycles started (MQLs handed to sales) per period",
        "mql_to_sql": "share of the period's cycles that reach an SQL",
        "accept_p50": "median time from MQL to accept/reject",
        "accept_p90": "90th percentile of the time from MQL to accept/reject",
        "first_touch_p50": "median time from MQL to the first touch",
        "first_touch_p90": "90th percentile of the time from MQL to the first touch",
        "sequence_completion": "share of touch sequences completed in time",
        "rejection_rate": "share of cycles that sales rejects",
        "compliance": "share of obligations met, per side",
        "breaches": "breaches per rule and per side",
    ]

    /// The metric names alone.
    public static var knownMetricNames: [String] { knownMetrics.map(\.key) }
}
