import Foundation
@testable import LeadpactAudit
import Testing

@Suite struct ReportRendererTests {
    let result = SampleResults.week47
    let context = ReportContext(acceptTargetSeconds: 1_800, firstTouchTargetSeconds: 3_600, trend: [
        CompliancePoint(label: "2026-W45", sales: 0.9, marketing: 0.8, breaches: 4),
        CompliancePoint(label: "2026-W46", sales: nil, marketing: 1, breaches: 0),
    ])

    @Test func csvQuotesByRFC4180() {
        let csv = CSVReportRenderer().render(result)
        let records = csv.components(separatedBy: "\r\n")
        #expect(records.first == CSVReportRenderer.columns.joined(separator: ","))
        #expect(records.count == result.breaches.count + 2)
        #expect(records.last == "")
        #expect(csv.contains(#""first touch at 14:00, ""call"" | late""#))
        #expect(CSVReportRenderer.field("a\nb") == "\"a\nb\"")
        #expect(CSVReportRenderer.field("plain") == "plain")
    }

    @Test func textIsPlainUnlessColourIsAsked() {
        let plain = TextReportRenderer(colored: false, context: context).render(result)
        let coloured = TextReportRenderer(colored: true, context: context).render(result)
        #expect(!plain.contains("\u{1B}["))
        #expect(coloured.contains("\u{1B}[31msales.first_touch\u{1B}[0m"))
        #expect(plain.contains("late 1h 00m business / 1h 00m wall"))
        #expect(plain.contains("target 30m, 66.7% within"))
    }

    @Test func markdownEscapesTableCells() {
        let markdown = MarkdownReportRenderer(context: context).render(result)
        #expect(markdown.contains(#"first touch at 14:00, "call" \| late"#))
        #expect(markdown.contains("| `sales.first_touch` | sales | L-2 | alice |"))
        let limited = MarkdownReportRenderer(context: context, breachLimit: 1).render(result)
        #expect(limited.contains("… and 2 more"))
    }

    @Test func htmlIsSelfContained() {
        let html = HTMLReportRenderer(context: context).render(result)
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        for forbidden in ["<script", "src=", "href=", "@import", "url(", "https://"] {
            #expect(!html.contains(forbidden), "found \(forbidden)")
        }
        #expect(html.contains("target 30m"))
        #expect(html.contains("2026-W45"))
        #expect(html.contains("&quot;call&quot; | late"))
        #expect(html.components(separatedBy: "<svg").count - 1 == 4)
    }

    @Test func htmlWithoutTrendSaysSo() {
        let html = HTMLReportRenderer().render(result)
        #expect(html.contains("Earlier periods were not audited"))
    }

    @Test func durationsReadNaturally() {
        let cases: [(Int64, String)] = [(0, "0s"), (45, "45s"), (750, "12m 30s"), (3_900, "1h 05m"), (183_600, "2d 3h"), (-60, "-1m")]
        for (seconds, text) in cases {
            #expect(ReportText.duration(seconds) == text)
        }
    }
}
