/// The source line a diagnostic starts on, with a caret line marking the range:
///
/// ```
///   4 |   id: b
///     |   ^~
/// ```
///
/// Columns count Unicode scalars; tabs before the caret are copied so the caret lines up, and
/// the characters `TerminalText` escapes are shown escaped (the caret line widened to match),
/// so they cannot disturb the terminal.
///
/// A line wider than the room it has is cut to a window around the caret, with `…` where
/// text was left out, as compilers do:
///
/// ```
///   7 | …ey_that_goes_on: 1
///     |  ^~~~~~~~~~~~~~~
/// ```
struct SourceSnippet {
    /// The columns a quoted line may take when no width is asked for.
    static let defaultWidth = 160
    /// The fewest columns a quoted line is given, however narrow the output.
    static let minimumWidth = 20

    /// The 1-based line number shown in the gutter.
    let lineNumber: Int
    /// The line's text (or the window of it that is shown), made safe to print.
    let text: String
    /// The caret line's text, after the gutter.
    let marker: String

    /// The snippet for `range` in `source`, or `nil` when the range starts past the file's
    /// last line. `width` is the most columns the quoted text may take.
    init?(source: SourceFile, range: SourceRange, width: Int = SourceSnippet.defaultWidth) {
        guard let line = source.line(range.start.line) else { return nil }
        let scalars = line.unicodeScalars
        let budget = max(width, Self.minimumWidth)
        let (startColumn, endColumn) = Self.columns(of: range, lineLength: scalars.count)
        let caret = scalars.index(scalars.startIndex, offsetBy: startColumn - 1)
        let (first, last) = Self.window(in: scalars, around: caret, budget: budget)
        var text = first > scalars.startIndex ? "…" : ""
        var marker = first > scalars.startIndex ? " " : ""
        var index = first
        while index < caret {
            let scalar = scalars[index]
            marker += scalar == "\t" ? "\t" : String(repeating: " ", count: Self.width(of: scalar))
            index = scalars.index(after: index)
        }
        var highlighted = 0, column = startColumn
        while index < last, column < endColumn {
            highlighted += Self.width(of: scalars[index])
            (index, column) = (scalars.index(after: index), column + 1)
        }
        if index == last, last < scalars.endIndex, column < endColumn { highlighted += 1 }
        marker += "^" + String(repeating: "~", count: max(0, highlighted - 1))
        for scalar in scalars[first..<last] {
            if scalar == "\t" { text += "\t" } else { TerminalText.append(scalar, to: &text) }
        }
        if last < scalars.endIndex { text += "…" }
        lineNumber = range.start.line
        self.text = text
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

    /// The columns `scalar` takes in the quoted line: a tab is kept (and counted as one
    /// column), other scalars take their escaped width.
    private static func width(of scalar: Unicode.Scalar) -> Int {
        scalar == "\t" ? 1 : TerminalText.shownWidth(of: scalar)
    }

    /// The columns the gutter takes before the text of line `lineNumber` (` 12 | `).
    static func gutterWidth(lineNumber: Int) -> Int { String(lineNumber).count + 4 }

    /// The range's start and exclusive end columns on a line of `lineLength` scalars: the
    /// start at most just past the line, the end at least one past the start.
    private static func columns(of range: SourceRange, lineLength: Int) -> (Int, Int) {
        let lastColumn = lineLength + 1
        let start = min(max(range.start.column, 1), lastColumn)
        let end = range.end.line == range.start.line ? range.end.column : lastColumn
        return (start, min(max(end, start + 1), max(lastColumn, start + 1)))
    }

    /// The part of `scalars` shown: all of it when it fits in `budget` columns, otherwise a
    /// window holding the caret, with up to a third of the room before it, two columns kept
    /// for the `…` marks.
    private static func window(
        in scalars: Substring.UnicodeScalarView, around caret: String.Index, budget: Int
    ) -> (String.Index, String.Index) {
        var total = 0
        for scalar in scalars {
            total += Self.width(of: scalar)
            if total > budget { break }
        }
        if total <= budget { return (scalars.startIndex, scalars.endIndex) }
        let room = budget - 2
        var (first, last, used) = (caret, caret, 1)
        while first > scalars.startIndex {
            let previous = scalars.index(before: first)
            let width = Self.width(of: scalars[previous])
            guard used + width <= room / 3 else { break }
            (first, used) = (previous, used + width)
        }
        while last < scalars.endIndex {
            let width = Self.width(of: scalars[last])
            guard used + width <= room else { break }
            (last, used) = (scalars.index(after: last), used + width)
        }
        while last == scalars.endIndex, first > scalars.startIndex {
            let previous = scalars.index(before: first)
            let width = Self.width(of: scalars[previous])
            guard used + width <= room else { break }
            (first, used) = (previous, used + width)
        }
        return (first, last)
    }
}
