/// The queue as one self-contained HTML page (inline CSS and SVG, no scripts, nothing
/// fetched): headline counts, a chart of each owner's breaching and open obligations, then a
/// table per owner, breaching first, most urgent first.
public struct QueueHTMLRenderer: QueueRenderer {
    /// Owners drawn in the chart before the rest are summed up in a note.
    public var chartOwners: Int

    /// Creates the renderer.
    public init(chartOwners: Int = 20) { self.chartOwners = chartOwners }

    /// The page.
    public func render(_ queue: ObligationQueue) -> String {
        let clock = ReportClock(timeZone: queue.contract.timeZone)
        let title = "\(queue.contract.title): queue at \(clock.format(queue.at))"
        var out = HTMLText.pageStart(title: title, css: HTMLReportStyle.css + Self.css)
        out += "<header><h1>\(HTMLText.escape(queue.contract.title))</h1>\n"
        out += "<p class=\"meta\">Queue at <strong>\(HTMLText.escape(clock.format(queue.at)))</strong> · contract "
        out += "<code>\(HTMLText.escape(queue.contract.id))</code> \(HTMLText.escape(queue.contract.version))<br>"
        out += "\(HTMLText.escape(QueueText.legend(queue)))</p></header>\n"
        let owners = queue.owners
        out += "<section class=\"cards\">"
        out += card("Breaching", queue.breaching.count, "past due, lead still waiting", css: queue.breaching.isEmpty ? "" : "bad")
        out += card("Open", queue.open.count, "not yet due", css: "sales")
        out += card("Owners", owners.count, "with something owed", css: "")
        out += "</section>\n"
        if !owners.isEmpty {
            out += "<section><h2>By owner</h2>\n\(chart(owners))</section>\n"
        }
        for (heading, items) in [("Breaching", \OwnerQueue.breaching), ("Open", \OwnerQueue.open)] {
            let count = owners.reduce(0) { $0 + $1[keyPath: items].count }
            out += "<section><h2>\(heading) (\(count))</h2>\n"
            if count == 0 { out += "<p class=\"note\">None.</p>\n" }
            for owner in owners where !owner[keyPath: items].isEmpty {
                out += "<h3>\(HTMLText.escape(owner.owner)) (\(owner[keyPath: items].count))</h3>\n"
                out += HTMLText.table(
                    header: ["rule", "lead", "due", "business left", "wall left", "detail"],
                    rows: owner[keyPath: items].map { item in
                        [
                            "<code>\(HTMLText.escape(item.rule.rawValue))</code>", HTMLText.escape(item.lead ?? "—"),
                            HTMLText.escape(QueueText.local(item.due, clock)),
                            HTMLText.escape(QueueText.business(item.businessSecondsLeft)),
                            HTMLText.escape(QueueText.wall(item.secondsLeft)), HTMLText.escape(item.detail),
                        ]
                    }, numeric: [3, 4], cssClass: items == \OwnerQueue.breaching ? "queue breaching" : "queue")
            }
            out += "</section>\n"
        }
        return out + "</main>\n</body>\n</html>\n"
    }

    private func card(_ label: String, _ value: Int, _ note: String, css: String) -> String {
        "<div class=\"card \(css)\"><span>\(label)</span><b>\(value)</b><small>\(note)</small></div>"
    }

    /// Horizontal bars, one per owner: breaching in red, then open in teal, with the counts.
    private func chart(_ owners: [OwnerQueue]) -> String {
        let shown = Array(owners.prefix(chartOwners))
        let most = max(1, shown.map { $0.breaching.count + $0.open.count }.max() ?? 1)
        let label = 180.0, bar = 22.0, width = 900.0, span = width - label - 60
        var out = "<svg viewBox=\"0 0 \(HTMLText.number(width)) \(HTMLText.number(Double(shown.count) * bar + 24))\" "
        out += "role=\"img\" aria-label=\"Breaching and open obligations per owner\">\n"
        for (index, owner) in shown.enumerated() {
            let y = Double(index) * bar
            let red = span * Double(owner.breaching.count) / Double(most)
            let teal = span * Double(owner.open.count) / Double(most)
            out += "<text x=\"\(HTMLText.number(label - 8))\" y=\"\(HTMLText.number(y + 15))\" text-anchor=\"end\">\(HTMLText.escape(owner.owner))</text>"
            out += "<rect x=\"\(HTMLText.number(label))\" y=\"\(HTMLText.number(y + 3))\" width=\"\(HTMLText.number(red))\" height=\"16\" fill=\"#dc2626\"/>"
            out += "<rect x=\"\(HTMLText.number(label + red))\" y=\"\(HTMLText.number(y + 3))\" width=\"\(HTMLText.number(teal))\" height=\"16\" fill=\"#0e7490\"/>"
            out += "<text x=\"\(HTMLText.number(label + red + teal + 6))\" y=\"\(HTMLText.number(y + 15))\">"
            out += "\(owner.breaching.count) / \(owner.open.count)</text>\n"
        }
        let legendY = Double(shown.count) * bar + 16
        out += "<rect x=\"\(HTMLText.number(label))\" y=\"\(HTMLText.number(legendY - 10))\" width=\"10\" height=\"10\" fill=\"#dc2626\"/>"
        out += "<text x=\"\(HTMLText.number(label + 14))\" y=\"\(HTMLText.number(legendY))\">breaching</text>"
        out += "<rect x=\"\(HTMLText.number(label + 90))\" y=\"\(HTMLText.number(legendY - 10))\" width=\"10\" height=\"10\" fill=\"#0e7490\"/>"
        out += "<text x=\"\(HTMLText.number(label + 104))\" y=\"\(HTMLText.number(legendY))\">open</text>\n</svg>\n"
        if owners.count > shown.count {
            out += "<p class=\"note\">\(owners.count - shown.count) more owners are listed below.</p>\n"
        }
        return out
    }

    /// What the queue adds to the report's style sheet.
    static let css = """
    h3 { font-size: 14px; margin: 14px 0 6px; }
    .card.bad { border-top: 4px solid var(--bad); }
    .card.bad b { color: var(--bad); }
    table.queue td:nth-child(-n+5) { white-space: nowrap; }
    table.breaching td:first-child { border-left: 3px solid var(--bad); }
    section svg { width: 100%; max-width: 900px; height: auto; font-size: 12px; fill: var(--ink); }

    """
}
