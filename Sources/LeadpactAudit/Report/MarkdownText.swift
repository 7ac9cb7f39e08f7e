import LeadpactDiagnostics

/// Markdown building blocks: escaped inline text, table cells and pipe tables.
public enum MarkdownText {
    /// Text safe in a Markdown paragraph: HTML and emphasis characters escaped, lines joined,
    /// and the characters a terminal acts on shown as `TerminalText` escapes (the report is
    /// printed to standard output unless `-o` names a file).
    public static func inline(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "&": out += "&amp;"
            case "*", "_", "`", "[", "]", "\\", "|": out += "\\\(character)"
            case "\n", "\r", "\r\n": out += " "
            default: for scalar in character.unicodeScalars { TerminalText.append(scalar, to: &out) }
            }
        }
        return out
    }

    /// Text safe inside a table cell.
    public static func cell(_ text: String) -> String { inline(text) }

    /// A pipe table; columns in `rightAligned` are aligned right (numbers).
    static func table(header: [String], rows: [[String]], rightAligned: ClosedRange<Int>? = nil) -> String {
        var out = "| " + header.joined(separator: " | ") + " |\n|"
        for column in header.indices { out += rightAligned?.contains(column) == true ? " ---: |" : " --- |" }
        out += "\n"
        for row in rows { out += "| " + row.joined(separator: " | ") + " |\n" }
        return out
    }
}
