import LeadpactDiagnostics

/// A plain-text table with padded columns, for the terminal forms of the reports: every cell
/// shown through `TerminalText`, columns as wide as their widest escaped cell (counted in
/// characters), two spaces between them, no trailing spaces.
public struct TextTable {
    private var header: [String]
    private var rows: [[String]?] = []
    private let rightAligned: ClosedRange<Int>?

    /// A table with `header`; columns in `rightAligned` are padded on the left (numbers).
    public init(header: [String], rightAligned: ClosedRange<Int>? = nil) {
        self.header = header.map { TerminalText.escaped($0) }
        self.rightAligned = rightAligned
    }

    /// Adds a row (missing cells are blank); cells are shown through `TerminalText`.
    public mutating func add(_ row: [String]) { rows.append(row.map { TerminalText.escaped($0) }) }

    /// Adds a rule between groups of rows.
    public mutating func addSeparator() { rows.append(nil) }

    /// The table, each line starting with `indent`.
    public func render(indent: String) -> String {
        let all = [header] + rows.compactMap { $0 }
        let columns = all.map(\.count).max() ?? 0
        let widths = (0..<columns).map { column in all.map { column < $0.count ? $0[column].count : 0 }.max() ?? 0 }
        func line(_ cells: [String]) -> String {
            let padded = (0..<columns).map { column -> String in
                let cell = column < cells.count ? cells[column] : ""
                let fill = String(repeating: " ", count: widths[column] - cell.count)
                return rightAligned?.contains(column) == true ? fill + cell : cell + fill
            }
            var text = indent + padded.joined(separator: "  ")
            while text.last == " " { text.removeLast() }
            return text + "\n"
        }
        var out = line(header)
        for row in rows {
            out += row.map(line) ?? indent + String(repeating: "-", count: widths.reduce(0, +) + 2 * max(0, columns - 1)) + "\n"
        }
        return out
    }
}
