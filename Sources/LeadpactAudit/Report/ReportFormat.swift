/// Renders an audit result in one output format; a pure function of the result.
public protocol AuditReportRenderer {
    /// The whole report as text.
    func render(_ result: AuditResult) -> String

    /// Writes the report into `buffer`, which may hand it on piece by piece (a report of a
    /// year's breaches need not be held whole); by default the text of `render`.
    func write(_ result: AuditResult, to buffer: inout ReportBuffer)
}

extension AuditReportRenderer {
    /// Writes `render(result)`.
    public func write(_ result: AuditResult, to buffer: inout ReportBuffer) {
        buffer.append(render(result))
    }
}

/// The formats `leadpact audit --format` accepts.
public enum ReportFormat: String, CaseIterable, Hashable, Sendable {
    case text, markdown, html, json, csv

    /// Whether the format shows the metrics (which read `AuditResult.cycles`).
    public var showsMetrics: Bool {
        switch self {
        case .text, .markdown, .html: true
        case .json, .csv: false
        }
    }

    /// Whether the format shows the compliance trend of earlier periods (`AuditResult.trend`).
    public var showsTrend: Bool { self == .markdown || self == .html }
}
