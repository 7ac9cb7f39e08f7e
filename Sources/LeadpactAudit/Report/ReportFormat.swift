/// Renders an audit result in one output format; a pure function of the result.
public protocol AuditReportRenderer {
    /// The whole report as text.
    func render(_ result: AuditResult) -> String
}

/// The formats `leadpact audit --format` accepts.
public enum ReportFormat: String, CaseIterable, Hashable, Sendable {
    case text, markdown, html, json, csv
}
