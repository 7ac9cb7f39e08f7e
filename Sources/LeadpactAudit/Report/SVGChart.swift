import LeadpactContract

/// Inline SVG charts for the HTML report: no scripts, no external files.
enum SVGChart {
    static let marketingColour = "#7c3aed"
    static let salesColour = "#0e7490"
    static let targetColour = "#dc2626"

    /// Horizontal bars: breaches per rule, coloured by side.
    static func breachesPerRule(_ rules: [RuleCounts]) -> String {
        let rowHeight = 26.0, labelWidth = 210.0, width = 640.0
        let height = Double(max(1, rules.count)) * rowHeight + 30
        let largest = Double(max(1, rules.map(\.counts.breached).max() ?? 1))
        var out = open(width: width, height: height, title: "Breaches per rule and side")
        for (index, rule) in rules.enumerated() {
            let y = 10 + Double(index) * rowHeight
            let length = (width - labelWidth - 60) * Double(rule.counts.breached) / largest
            let colour = rule.side == .sales ? salesColour : marketingColour
            out += text(x: labelWidth - 8, y: y + 16, rule.rule.rawValue, anchor: "end")
            out += "<rect x=\"\(labelWidth)\" y=\"\(HTMLText.number(y + 3))\" width=\"\(HTMLText.number(max(length, 1)))\" height=\"18\" fill=\"\(colour)\" rx=\"2\"/>"
            out += text(x: labelWidth + max(length, 1) + 6, y: y + 16, String(rule.counts.breached), anchor: "start")
        }
        out += legend(y: height - 8, items: [("sales", salesColour), ("marketing", marketingColour)], x: labelWidth)
        return out + "</svg>\n"
    }

    /// A histogram of delays in seconds, with the target drawn as a dashed line.
    static func histogram(_ stats: DurationStatistics, target: Int64?, title: String) -> String {
        let width = 640.0, height = 230.0, left = 44.0, bottom = 190.0, top = 24.0, right = 30.0
        var out = open(width: width, height: height, title: title)
        guard let upperSample = stats.percentile(95) else {
            return out + text(x: width / 2, y: height / 2, "no cycles measured in this period", anchor: "middle") + "</svg>\n"
        }
        let span = max(Double(max(upperSample, (target ?? 0) * 2)), 60)
        let binCount = 20
        var bins = Array(repeating: 0, count: binCount)
        for sample in stats.samples {
            let index = Int(Double(max(0, sample)) / span * Double(binCount))
            bins[min(index, binCount - 1)] += 1
        }
        let tallest = Double(max(1, bins.max() ?? 1))
        let plotWidth = width - left - right, binWidth = plotWidth / Double(binCount)
        for (index, count) in bins.enumerated() where count > 0 {
            let barHeight = (bottom - top) * Double(count) / tallest
            let x = left + Double(index) * binWidth
            out += "<rect x=\"\(HTMLText.number(x + 1))\" y=\"\(HTMLText.number(bottom - barHeight))\" width=\"\(HTMLText.number(binWidth - 2))\" height=\"\(HTMLText.number(barHeight))\" fill=\"\(salesColour)\"><title>\(count) cycles</title></rect>"
        }
        out += "<line x1=\"\(left)\" y1=\"\(bottom)\" x2=\"\(width - right)\" y2=\"\(bottom)\" stroke=\"#475569\"/>"
        for tick in 0...4 {
            let x = left + plotWidth * Double(tick) / 4
            out += text(x: x, y: bottom + 16, ReportText.duration(Int64(span * Double(tick) / 4)), anchor: "middle")
        }
        out += text(x: left - 6, y: top + 4, String(Int(tallest)), anchor: "end")
        out += text(x: left - 6, y: bottom, "0", anchor: "end")
        out += text(x: width - right, y: bottom + 34, "last bar: \(ReportText.duration(Int64(span * Double(binCount - 1) / Double(binCount)))) and more", anchor: "end")
        if let target {
            let x = left + plotWidth * min(1, Double(target) / span)
            out += "<line x1=\"\(HTMLText.number(x))\" y1=\"\(top - 8)\" x2=\"\(HTMLText.number(x))\" y2=\"\(bottom)\" stroke=\"\(targetColour)\" stroke-width=\"2\" stroke-dasharray=\"6 4\"/>"
            out += text(x: x + 5, y: top, "target \(ReportText.duration(target))", anchor: "start", colour: targetColour)
        }
        return out + "</svg>\n"
    }

    /// Paired bars of sales and marketing compliance per period, the current one last.
    static func trend(_ points: [CompliancePoint]) -> String {
        let width = 640.0, height = 230.0, left = 44.0, bottom = 180.0, top = 16.0
        var out = open(width: width, height: height, title: "Compliance per period")
        let slot = (width - left - 16) / Double(max(1, points.count))
        for tick in [0.0, 0.5, 1.0] {
            let y = bottom - (bottom - top) * tick
            out += "<line x1=\"\(left)\" y1=\"\(HTMLText.number(y))\" x2=\"\(width - 16)\" y2=\"\(HTMLText.number(y))\" stroke=\"#e2e8f0\"/>"
            out += text(x: left - 6, y: y + 4, "\(Int(tick * 100))%", anchor: "end")
        }
        for (index, point) in points.enumerated() {
            let x = left + Double(index) * slot
            let barWidth = min(22, slot / 2 - 4)
            for (offset, rate, colour) in [(0.0, point.sales, salesColour), (1.0, point.marketing, marketingColour)] {
                guard let rate else { continue }
                let barHeight = (bottom - top) * rate
                let barX = x + slot / 2 - barWidth + offset * barWidth
                out += "<rect x=\"\(HTMLText.number(barX))\" y=\"\(HTMLText.number(bottom - barHeight))\" width=\"\(HTMLText.number(barWidth - 1))\" height=\"\(HTMLText.number(barHeight))\" fill=\"\(colour)\"><title>\(HTMLText.escape(point.label)) \(ReportText.percent(rate))</title></rect>"
            }
            out += text(x: x + slot / 2, y: bottom + 16, point.label, anchor: "middle", weight: index == points.count - 1 ? "bold" : nil)
            out += text(x: x + slot / 2, y: bottom + 30, String(point.breaches), anchor: "middle")
        }
        out += legend(y: height - 6, items: [("sales", salesColour), ("marketing", marketingColour)], x: left)
        out += text(x: width - 16, y: height - 6, "number under each period: breaches", anchor: "end")
        return out + "</svg>\n"
    }

    private static func open(width: Double, height: Double, title: String) -> String {
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(HTMLText.number(width)) \(HTMLText.number(height))\" role=\"img\" aria-label=\"\(HTMLText.escape(title))\">"
    }

    private static func text(x: Double, y: Double, _ content: String, anchor: String, colour: String? = nil, weight: String? = nil) -> String {
        var attributes = "x=\"\(HTMLText.number(x))\" y=\"\(HTMLText.number(y))\" text-anchor=\"\(anchor)\""
        if let colour { attributes += " fill=\"\(colour)\"" }
        if let weight { attributes += " font-weight=\"\(weight)\"" }
        return "<text \(attributes)>\(HTMLText.escape(content))</text>"
    }

    private static func legend(y: Double, items: [(String, String)], x: Double) -> String {
        var out = ""
        var cursor = x
        for (label, colour) in items {
            out += "<rect x=\"\(HTMLText.number(cursor))\" y=\"\(HTMLText.number(y - 10))\" width=\"10\" height=\"10\" fill=\"\(colour)\"/>"
            out += text(x: cursor + 14, y: y, label, anchor: "start")
            cursor += 24 + Double(label.count) * 7
        }
        return out
    }
}
