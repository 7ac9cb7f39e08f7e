import LeadpactDiagnostics

/// The queue for a terminal, readable at 80 columns: the breaching obligations, then the open
/// ones, each grouped by owner, most urgent first, with the detail under each line. Values from
/// the contract and the log are shown through `TerminalText`, and columns are as wide as the
/// escaped values.
public struct QueueTextRenderer: QueueRenderer {
    /// The width text wraps at.
    public var width: Int

    /// Creates the renderer.
    public init(width: Int = 80) { self.width = width }

    /// The queue.
    public func render(_ queue: ObligationQueue) -> String {
        let clock = ReportClock(timeZone: queue.contract.timeZone)
        var out = "Queue at \(clock.format(queue.at)) · \(shown(queue.contract.id)) \(shown("\(queue.contract.version)"))\n"
        out += wrap(QueueText.legend(queue), indent: "") + "\n"
        let owners = queue.owners
        out += QueueText.summary(queue, owners: owners) + "\n"
        let leadWidth = max(4, (queue.breaching + queue.open).map { shown($0.lead ?? "—").count }.max() ?? 0)
        for (title, items) in [("BREACHING", \OwnerQueue.breaching), ("OPEN", \OwnerQueue.open)] {
            let count = owners.reduce(0) { $0 + $1[keyPath: items].count }
            out += "\n\(title) (\(count))\n"
            if count == 0 { out += "  none\n"; continue }
            out += "    " + row(["rule", "lead", "due", "business", "wall"], leadWidth: leadWidth) + "\n"
            for owner in owners where !owner[keyPath: items].isEmpty {
                out += "  \(shown(owner.owner)) (\(owner[keyPath: items].count))\n"
                for item in owner[keyPath: items] {
                    out += "    " + row([
                        item.rule.rawValue, shown(item.lead ?? "—"), QueueText.local(item.due, clock),
                        QueueText.business(item.businessSecondsLeft), QueueText.wall(item.secondsLeft),
                    ], leadWidth: leadWidth) + "\n"
                    if !item.detail.isEmpty { out += wrap(shown(item.detail), indent: "      ") + "\n" }
                }
            }
        }
        if queue.input.badLines > 0 {
            out += "\n\(queue.input.badLines) bad line\(queue.input.badLines == 1 ? "" : "s") skipped (see leadpact audit)\n"
        }
        return out
    }

    /// One line of the table: rule, lead and due padded, the two times aligned right.
    private func row(_ cells: [String], leadWidth: Int) -> String {
        pad(cells[0], 19) + " " + pad(cells[1], leadWidth) + "  " + pad(cells[2], 16) + " "
            + padLeft(cells[3], 9) + " " + padLeft(cells[4], 9)
    }

    /// `text` broken at spaces into lines of at most `width` columns, each after `indent`.
    private func wrap(_ text: String, indent: String) -> String {
        var lines: [String] = []
        var line = indent
        for word in text.split(separator: " ") {
            if line.count > indent.count && line.count + 1 + word.count > width {
                lines.append(line)
                line = indent
            }
            line += (line.count > indent.count ? " " : "") + word
        }
        lines.append(line)
        return lines.joined(separator: "\n")
    }

    private func shown(_ text: String) -> String { TerminalText.escaped(text) }

    private func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
    }

    private func padLeft(_ text: String, _ width: Int) -> String {
        text.count >= width ? text : String(repeating: " ", count: width - text.count) + text
    }
}
