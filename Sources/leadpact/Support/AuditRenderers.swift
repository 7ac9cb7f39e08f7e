import Foundation
import LeadpactAudit
import LeadpactContract

/// The renderer behind each `--format` of `leadpact audit`.
enum AuditRenderers {
    /// How many earlier periods the trend of Markdown and HTML reports charts.
    static let trendPeriods = 8

    /// The renderer for `format`; `colored` and `width` (the columns to fit) matter to text
    /// only. Markdown and HTML, the formats shared with leaders, carry the compliance `trend` of
    /// the periods before (counted by the same audit, see `AuditOptions.trendPeriods`); the
    /// others do not.
    static func renderer(
        for format: ReportFormat, contract: Contract, trend: [CompliancePoint], colored: Bool, width: Int? = nil
    ) -> any AuditReportRenderer {
        switch format {
        case .json:
            return JSONReportRenderer()
        case .csv:
            return CSVReportRenderer()
        case .text:
            return TextReportRenderer(colored: colored, context: ReportContext(contract: contract), width: width)
        case .markdown, .html:
            let context = ReportContext(contract: contract, trend: trend)
            return format == .html ? HTMLReportRenderer(context: context) : MarkdownReportRenderer(context: context)
        }
    }
}
