/// The source line a diagnostic starts on, with a caret line marking the range:
///
/// ```
///   4 |   id: b
///     |   ^~
/// ```
///
/// Columns count Unicode scalars; tabs before the caret are copied so the caret lines up,
/// and control characters are shown as U+FFFD so they cannot disturb the terminal.
struct SourceSnippet {
    /// The 1-based line number shown in the gutter.
    let lineNumber: Int
    /// The line's text, made safe to print.
    let text: String
    /// The caret line's text, after the gutter.
    let marker: String

    /// The snippet for `range` in `source`, or `nil` when the range starts past the file's
    /// last line.
    init?(source: SourceFile, range: SourceRange) {
        guard let line = source.line(range.start.line) else { return nil }
        let scalars = line.unicodeScalars.map(Self.printable)
        let lastColumn = scalars.count + 1
        let start = min(max(range.start.column, 1), lastColumn)
        var end = range.end.line == range.start.line ? range.end.column : lastColumn
        end = min(max(end, start + 1), max(lastColumn, start + 1))
        var marker = ""
        for index in 0..<(start - 1) {
            marker.unicodeScalars.append(scalars[index] == "\t" ? "\t" : " ")
        }
        marker += "^" + String(repeating: "~", count: end - start - 1)
        lineNumber = range.start.line
        var text = String.UnicodeScalarView()
        text.append(contentsOf: scalars)
        self.text = String(text)
        self.marker = marker
    }

    /// The two lines, without line breaks.
    func lines(style: TerminalStyle) -> [String] {
        let number = String(lineNumber)
        let gutter = String(repeating: " ", count: number.count)
        return [
            style.paint(" \(number) |", .blue) + " " + text,
            style.paint(" \(gutter) |", .blue) + " " + style.paint(marker, .green),
        ]
    }

    private static func printable(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        switch scalar.value {
        case 0x09: scalar
        case 0x00..<0x20, 0x7F..<0xA0, 0x2028, 0x2029, 0xFEFF: "\u{FFFD}"
        default: scalar
        }
    }
}
