/// Fits the lines of the terminal report into a width, by breaking them at spaces.
///
/// A line is broken preferably at a gap of two spaces (where the report separates fields),
/// otherwise at a single space (inside prose); the lines a line is broken into are indented
/// four columns more than it. Width is counted in characters, ANSI colour codes not counted
/// (every escape character in the report is one of its own colour codes: values from the
/// inputs are shown through `TerminalText`). A word longer than the width (a digest, a long
/// path or id) is left whole and overflows.
struct TextWrapping {
    /// The columns a line may take.
    let width: Int

    /// Every line of `text` fitted into `width`; line breaks kept, the text's final one too.
    func fit(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { fit(line: $0).joined(separator: "\n") }
            .joined(separator: "\n")
    }

    /// The lines `line` is broken into.
    private func fit(line: Substring) -> [String] {
        guard Self.width(of: line) > width else { return [String(line)] }
        let indent = line.prefix { $0 == " " }.count
        let continuation = String(repeating: " ", count: indent + 4)
        var lines: [String] = []
        var rest = line.dropFirst(indent)
        var prefix = String(repeating: " ", count: indent)
        var restWidth = Self.width(of: rest)
        while restWidth + prefix.count > width, let cut = breakPoint(in: rest, room: width - prefix.count) {
            lines.append(prefix + String(rest[..<cut.end]))
            restWidth -= Self.width(of: rest[..<cut.next])
            rest = rest[cut.next...]
            prefix = continuation
        }
        lines.append(prefix + String(rest))
        return lines
    }

    /// Where to break `text` so that its first part takes at most `room` columns: the last
    /// two-space gap that fits when it keeps at least a third of the room filled, else the last
    /// space that fits, else the first space (the word before it is too long for any line).
    private func breakPoint(in text: Substring, room: Int) -> (end: String.Index, next: String.Index)? {
        var lastGap: (String.Index, String.Index)?, lastSpace: (String.Index, String.Index)?
        var gapColumn = 0
        func chosen() -> (String.Index, String.Index)? {
            if let lastGap, gapColumn * 3 >= room { return lastGap }
            return lastSpace
        }
        var column = 0
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            if character == "\u{1B}" {
                index = Self.afterEscape(in: text, from: index)
                continue
            }
            if character == " ", column > 0 {
                var next = text.index(after: index)
                let isGap = next < text.endIndex && text[next] == " "
                while next < text.endIndex, text[next] == " " { next = text.index(after: next) }
                if column > room { return chosen() ?? (index, next) }
                if next == text.endIndex { break }
                lastSpace = (index, next)
                if isGap { (lastGap, gapColumn) = ((index, next), column) }
                column += text.distance(from: index, to: next)
                index = next
                continue
            }
            column += 1
            index = text.index(after: index)
        }
        return chosen()
    }

    /// The columns `text` takes on a terminal.
    static func width(of text: Substring) -> Int {
        var column = 0
        var index = text.startIndex
        while index < text.endIndex {
            if text[index] == "\u{1B}" {
                index = afterEscape(in: text, from: index)
            } else {
                column += 1
                index = text.index(after: index)
            }
        }
        return column
    }

    /// The index after the ANSI colour code starting at `index` (`ESC [ … m`).
    private static func afterEscape(in text: Substring, from index: String.Index) -> String.Index {
        var next = text.index(after: index)
        while next < text.endIndex {
            let character = text[next]
            next = text.index(after: next)
            if character == "m" { break }
        }
        return next
    }
}
