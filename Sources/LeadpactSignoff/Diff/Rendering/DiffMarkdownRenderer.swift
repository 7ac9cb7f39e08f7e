import Foundation
import LeadpactContract
import LeadpactDiagnostics

/// The pull-request form of a diff: what changed, whom it binds, and the checklist that asks
/// both leaders to sign the new digest.
public struct DiffMarkdownRenderer: Sendable {
    /// The new contract's path, for the `leadpact sign` commands; `CONTRACT` when unknown.
    public var contractPath: String?

    /// Creates the renderer.
    public init(contractPath: String? = nil) {
        self.contractPath = contractPath
    }

    /// The Markdown, ending with a newline.
    public func render(_ diff: ContractDiff) -> String {
        var lines = ["## SLA change: \(diff.heading)", ""]
        if diff.changes.isEmpty {
            lines.append("No semantic changes: the compiled rules are the same.")
        } else {
            lines.append("\(diff.changes.count) \(diff.changes.count == 1 ? "change" : "changes"): " + summary(diff) + ".")
            lines += ["", "| Change | Before | After | Effect | Binds |", "| --- | --- | --- | --- | --- |"]
            for change in diff.changes {
                let cells = [
                    "`\(change.path)`", cell(change.old), cell(change.new),
                    "**\(change.direction.rawValue)**", change.side.rawValue,
                ]
                lines.append("| " + cells.joined(separator: " | ") + " |")
            }
        }
        lines += ["", "### Sign-off", ""]
        let digest = diff.new.digest.map { " (digest `\($0)`)" } ?? ""
        lines.append("Both leaders sign version \(diff.new.version)\(digest) before this merges:")
        lines.append("")
        let path = contractPath ?? "CONTRACT"
        for party in Party.allCases {
            let who = diff.new.parties[party].map { " — \(escape($0))" } ?? ""
            lines.append(
                "- [ ] \(party.rawValue)\(who): `leadpact sign \(path) --party \(party.rawValue) --key KEYFILE`")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `2 tightened (sales), 1 loosened (marketing)`: counts by effect, with the sides each binds.
    private func summary(_ diff: ContractDiff) -> String {
        ChangeDirection.allCases.compactMap { direction in
            let matching = diff.changes.filter { $0.direction == direction }
            guard !matching.isEmpty else { return nil }
            let sides = ChangeSide.allCases.filter { side in matching.contains { $0.side == side } }
            return "\(matching.count) \(direction.rawValue) (\(sides.map(\.rawValue).joined(separator: ", ")))"
        }.joined(separator: ", ")
    }

    /// A before/after value as a code span (so `>=`, `_` and `[…]` stay literal), with table
    /// pipes escaped and control characters shown as `TerminalText` escapes; `—` when absent.
    private func cell(_ value: String?) -> String {
        guard let value else { return "—" }
        let text = TerminalText.escaped(value).replacingOccurrences(of: "|", with: "\\|")
        let fence = text.contains("`") ? "``" : "`"
        return fence + (fence == "``" ? " \(text) " : text) + fence
    }

    /// Keeps a value from breaking the table, turning into markup or acting on a terminal.
    private func escape(_ text: String) -> String {
        var escaped = ""
        for character in text {
            switch character {
            case "|", "*", "_", "`", "<", ">", "[", "]": escaped += "\\\(character)"
            default: for scalar in character.unicodeScalars { TerminalText.append(scalar, to: &escaped) }
            }
        }
        return escaped
    }
}
