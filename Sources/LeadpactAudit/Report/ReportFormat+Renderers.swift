extension ReportFormat {
    /// The renderer of this format. `colored` applies to `text` only; `context` (the contract's
    /// targets and the earlier periods' compliance) to `text`, `markdown` and `html`.
    public func renderer(colored: Bool, context: ReportContext = ReportContext()) -> any AuditReportRenderer {
        switch self {
        case .text: TextReportRenderer(colored: colored, context: context)
        case .markdown: MarkdownReportRenderer(context: context)
        case .html: HTMLReportRenderer(context: context)
        case .json: JSONReportRenderer()
        case .csv: CSVReportRenderer()
        }
    }

    /// Whether the format charts the compliance of earlier periods (which costs one audit per
    /// earlier period).
    public var showsTrend: Bool { self == .html }
}
