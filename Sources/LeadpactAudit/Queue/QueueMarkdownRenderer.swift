import LeadpactDiagnostics

/// The queue as Markdown, for a chat message or an email: the breaching obligations, then the
/// open ones, a table per owner, most urgent first.
public struct QueueMarkdownRenderer: QueueRenderer {
    /// Creates the renderer.
    public init() {}

    /// The queue.
    public func render(_ queue: ObligationQueue) -> String {
        let clock = ReportClock(timeZone: queue.contract.timeZone)
        var out = "# Queue at \(clock.format(queue.at))\n\n"
        out += "\(MarkdownText.inline(queue.contract.title)) · `\(TerminalText.escaped(queue.contract.id))` \(TerminalText.escaped("\(queue.contract.version)"))\n\n"
        let owners = queue.owners
        out += "**\(QueueText.summary(queue, owners: owners))**. \(MarkdownText.inline(QueueText.legend(queue)))\n"
        for (title, items) in [("Breaching", \OwnerQueue.breaching), ("Open", \OwnerQueue.open)] {
            let count = owners.reduce(0) { $0 + $1[keyPath: items].count }
            out += "\n## \(title) (\(count))\n"
            if count == 0 { out += "\nNone.\n"; continue }
            for owner in owners where !owner[keyPath: items].isEmpty {
                out += "\n### \(MarkdownText.inline(owner.owner)) (\(owner[keyPath: items].count))\n\n"
                out += MarkdownText.table(
                    header: ["rule", "lead", "due", "business left", "wall left", "detail"],
                    rows: owner[keyPath: items].map { item in
                        [
                            "`\(item.rule.rawValue)`", MarkdownText.cell(item.lead ?? "—"), QueueText.local(item.due, clock),
                            QueueText.business(item.businessSecondsLeft), QueueText.wall(item.secondsLeft),
                            MarkdownText.cell(item.detail),
                        ]
                    }, rightAligned: 3...4)
            }
        }
        return out
    }
}
