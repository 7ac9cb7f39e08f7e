import Foundation
import LeadpactAudit

/// Inline SVG charts for the HTML review: bars of a rate per group, and the threshold sweep
/// as a line. Thin groups are drawn pale and labelled with their handoffs.
enum ReviewCharts {
    /// Horizontal bars of `rate` (0…1) per group, each labelled with the rate and its handoffs.
    static func rateBars(_ groups: [OutcomeRate], rate: (OutcomeRate) -> Double?, title: String) -> String {
        let rowHeight = 26.0, labelWidth = 170.0, barWidth = 420.0
        let height = Double(groups.count) * rowHeight + 34
        var svg = open(width: labelWidth + barWidth + 150, height: height, title: title)
        svg += text(x: 4, y: 16, title, anchor: "start", weight: "bold")
        for (index, group) in groups.enumerated() {
            let y = 28 + Double(index) * rowHeight
            let value = rate(group) ?? 0
            let colour = group.isThin ? "#c9d6e8" : "#2f6db5"
            svg += text(x: labelWidth - 8, y: y + 15, short(group.label), anchor: "end")
            svg += "<rect x=\"\(labelWidth)\" y=\"\(y + 3)\" width=\"\(fmt(max(1, value * barWidth)))\" height=\"16\" fill=\"\(colour)\"/>"
            let label = "\(ReportText.percent(rate(group))) of \(group.handoffs)" + (group.isThin ? " (thin)" : "")
            svg += text(x: labelWidth + max(1, value * barWidth) + 6, y: y + 15, label, anchor: "start")
        }
        return svg + "</svg>"
    }

    /// The sweep: SQL rate per threshold as a line, the qualified handoffs under each point,
    /// the contract's threshold marked.
    static func sweepLine(_ points: [SweepPoint]) -> String {
        let width = 640.0, height = 260.0, left = 50.0, right = 20.0, top = 30.0, bottom = 60.0
        var svg = open(width: width, height: height, title: "Threshold sweep")
        svg += text(x: 4, y: 16, "SQL rate of the handoffs that would qualify, per score threshold", anchor: "start", weight: "bold")
        guard points.count > 1 else { return svg + "</svg>" }
        let plotWidth = width - left - right, plotHeight = height - top - bottom
        // The axis ends at the next quarter above the highest rate, so low rates are not flat.
        let highest = points.compactMap(\.qualified.sqlRate).max() ?? 0
        let scale = min(1, max(0.25, (highest * 4).rounded(.up) / 4))
        func x(_ index: Int) -> Double { left + Double(index) / Double(points.count - 1) * plotWidth }
        func y(_ share: Double) -> Double { top + (1 - share / scale) * plotHeight }
        for tick in [0.0, 0.25, 0.5, 0.75, 1.0].map({ $0 * scale }) {
            svg += "<line x1=\"\(fmt(left))\" y1=\"\(fmt(y(tick)))\" x2=\"\(fmt(width - right))\" y2=\"\(fmt(y(tick)))\" stroke=\"#e3e3e3\"/>"
            svg += text(x: left - 6, y: y(tick) + 4, ReportText.percent(tick), anchor: "end")
        }
        var path = ""
        for (index, point) in points.enumerated() {
            guard let rate = point.qualified.sqlRate else { continue }
            path += (path.isEmpty ? "M" : " L") + "\(fmt(x(index))) \(fmt(y(rate)))"
        }
        svg += "<path d=\"\(path)\" fill=\"none\" stroke=\"#2f6db5\" stroke-width=\"2\"/>"
        for (index, point) in points.enumerated() {
            if point.isCurrent {
                svg += "<line x1=\"\(fmt(x(index)))\" y1=\"\(fmt(top))\" x2=\"\(fmt(x(index)))\" y2=\"\(fmt(top + plotHeight))\" stroke=\"#d9822b\" stroke-dasharray=\"4 3\"/>"
            }
            if let rate = point.qualified.sqlRate {
                let colour = point.qualified.isThin ? "#c9d6e8" : "#2f6db5"
                svg += "<circle cx=\"\(fmt(x(index)))\" cy=\"\(fmt(y(rate)))\" r=\"4\" fill=\"\(colour)\"/>"
            }
            svg += text(x: x(index), y: top + plotHeight + 16, point.qualified.label, anchor: "middle")
            svg += text(x: x(index), y: top + plotHeight + 32, "n=\(point.qualified.handoffs)", anchor: "middle", colour: "#666")
        }
        svg += text(x: left + plotWidth / 2, y: height - 6, "score threshold (dashed: the contract's)", anchor: "middle", colour: "#666")
        return svg + "</svg>"
    }

    private static func open(width: Double, height: Double, title: String) -> String {
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(fmt(width))\" height=\"\(fmt(height))\" viewBox=\"0 0 \(fmt(width)) \(fmt(height))\" role=\"img\" aria-label=\"\(HTMLText.escape(title))\">"
    }

    private static func text(x: Double, y: Double, _ content: String, anchor: String, colour: String? = nil, weight: String? = nil) -> String {
        var attributes = "x=\"\(fmt(x))\" y=\"\(fmt(y))\" text-anchor=\"\(anchor)\" font-size=\"12\""
        if let colour { attributes += " fill=\"\(colour)\"" }
        if let weight { attributes += " font-weight=\"\(weight)\"" }
        return "<text \(attributes)>\(HTMLText.escape(content))</text>"
    }

    private static func short(_ label: String) -> String {
        label.count > 26 ? String(label.prefix(25)) + "…" : label
    }

    private static func fmt(_ value: Double) -> String { String(format: "%.1f", value) }
}
