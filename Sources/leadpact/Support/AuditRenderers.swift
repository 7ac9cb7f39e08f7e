import Foundation
import LeadpactAudit
import LeadpactContract

/// The renderer behind each `--format` of `leadpact audit`.
enum AuditRenderers {
    /// The renderer for `format`; `colored` and `width` (the columns to fit) matter to text only. Markdown and HTML, the formats shared with leaders, carry the
    /// compliance trend of the 8 periods before (8 more audits of the same log); the others
    /// do not, so the default text report costs one audit.
    static func renderer(
        for format: ReportFormat, contract: Contract, eventFiles: [String], period: ReportPeriod, colored: Bool,
        width: Int? = nil
    ) throws -> any AuditReportRenderer {
        switch format {
        case .json:
            return JSONReportRenderer()
        case .csv:
            return CSVReportRenderer()
        case .text:
            return TextReportRenderer(colored: colored, context: ReportContext(contract: contract), width: width)
        case .markdown, .html:
            let trend = try ComplianceTrend.points(
                contract: contract, digest: contract.digest, eventFiles: eventFiles, before: period)
            let context = ReportContext(contract: contract, trend: trend)
            return format == .html ? HTMLReportRenderer(context: context) : MarkdownReportRenderer(context: context)
        }
    }
}
