import LeadpactAudit

/// The inline SVG of the HTML backtest: paired horizontal bars, the baseline's above the
/// draft's, one pair a row. No scripts, no external files.
enum BacktestChart {
    static let baselineColour = "#94a3b8"
    static let draftColour = "#2563eb"

    /// One row: its label and the two values (`nil` draws no bar and says `—`).
    struct Row {
        var label: String
        var baseline: Double?
        var draft: Double?
    }

    /// Bars scaled to `largest`, each labelled with `format(value)`.
    static func pairedBars(title: String, rows: [Row], largest: Double, format: (Double?) -> String) -> String {
        let labelWidth = 200.0, width = 560.0, barHeight = 13.0, rowHeight = 36.0
        let height = 34 + Double(max(1, rows.count)) * rowHeight + 24
        let span = width - labelWidth - 60
        var out = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" role=\"img\" aria-label=\"\(HTMLText.escape(title))\">"
        out += "<title>\(HTMLText.escape(title))</title>"
        out += text(x: 0, y: 16, title, anchor: "start", weight: "600")
        for (index, row) in rows.enumerated() {
            let y = 30 + Double(index) * rowHeight
            out += text(x: labelWidth - 8, y: y + barHeight + 3, row.label, anchor: "end")
            for (offset, value, colour) in [(0.0, row.baseline, baselineColour), (barHeight + 2, row.draft, draftColour)] {
                let length = value.map { span * max(0, $0) / max(largest, 1e-9) } ?? 0
                out += "<rect x=\"\(labelWidth)\" y=\"\(HTMLText.number(y + offset))\" width=\"\(HTMLText.number(max(length, value == nil ? 0 : 1)))\" height=\"\(HTMLText.number(barHeight))\" fill=\"\(colour)\" rx=\"2\"/>"
                out += text(x: labelWidth + length + 6, y: y + offset + barHeight - 2, format(value), anchor: "start")
            }
        }
        let legendY = height - 8
        out += "<rect x=\"\(labelWidth)\" y=\"\(HTMLText.number(legendY - 10))\" width=\"12\" height=\"12\" fill=\"\(baselineColour)\"/>"
        out += text(x: labelWidth + 18, y: legendY, "baseline", anchor: "start")
        out += "<rect x=\"\(labelWidth + 100)\" y=\"\(HTMLText.number(legendY - 10))\" width=\"12\" height=\"12\" fill=\"\(draftColour)\"/>"
        out += text(x: labelWidth + 118, y: legendY, "draft", anchor: "start")
        return out + "</svg>\n"
    }

    private static func text(x: Double, y: Double, _ content: String, anchor: String, weight: String = "400") -> String {
        "<text x=\"\(HTMLText.number(x))\" y=\"\(HTMLText.number(y))\" text-anchor=\"\(anchor)\" font-weight=\"\(weight)\">\(HTMLText.escape(content))</text>"
    }
}
