/// Renders diagnostics the way compilers print them:
///
/// ```
/// contract.yaml:4:3: error[LP102]: duplicate key 'id'; a key may appear only once in a mapping
///   4 |   id: b
///     |   ^~
///   note: contract.yaml:2:3: 'id' first appears here
///   fix: remove this entry or merge it into the first 'id'
/// 1 error generated.
/// ```
///
/// ANSI colours are used only when `colored` is true (the CLI passes whether the stream is a
/// terminal). Paths, messages, notes and fixes are shown through `TerminalText`, so a control
/// character quoted from an input is seen, not obeyed, and a message quoting a huge value is
/// cut in the middle (`TerminalText.shortened`). A quoted source line is cut to a window
/// around the caret when it is wider than `width` (or `SourceSnippet.defaultWidth` columns).
public struct TextDiagnosticRenderer: DiagnosticRenderer {
    /// Whether to emit ANSI colour codes.
    public let colored: Bool
    /// The columns a line of output should fit in (the terminal's width), if known.
    public let width: Int?

    /// Creates a text renderer.
    public init(colored: Bool, width: Int? = nil) {
        self.colored = colored
        self.width = width
    }

    /// The diagnostics in file and position order, each with its source line, caret, notes
    /// and fixes, then a summary line when there are errors or warnings.
    public func render(_ diagnostics: [Diagnostic], sources: [String: SourceFile]) -> String {
        var output = ""
        for diagnostic in DiagnosticBag.sorted(diagnostics) {
            output += header(of: diagnostic) + "\n"
            if let range = diagnostic.range, let source = sources[diagnostic.file],
               let snippet = SourceSnippet(source: source, range: range, width: snippetWidth(line: range.start.line)) {
                output += snippet.lines(style: style).map { $0 + "\n" }.joined()
            }
            for note in diagnostic.notes {
                var place = ""
                if let range = note.range {
                    place = style.bold(TerminalText.escaped("\(note.file ?? diagnostic.file):\(range.start):")) + " "
                }
                output += "  " + style.paint("note:", .cyan) + " " + place + TerminalText.shortened(note.message) + "\n"
            }
            for fixIt in diagnostic.fixIts {
                output += "  " + style.paint("fix:", .green) + " " + TerminalText.shortened(fixIt.message) + "\n"
            }
        }
        if let summary = DiagnosticCounts(diagnostics).summary {
            output += style.bold(summary) + "\n"
        }
        return output
    }

    private var style: TerminalStyle { TerminalStyle(enabled: colored) }

    /// The columns the quoted text of line `line` may take after its gutter.
    private func snippetWidth(line: Int) -> Int {
        guard let width else { return SourceSnippet.defaultWidth }
        return width - SourceSnippet.gutterWidth(lineNumber: line)
    }

    private func header(of diagnostic: Diagnostic) -> String {
        let place = style.bold(TerminalText.escaped("\(diagnostic.file):\(diagnostic.location):"))
        let label: String
        switch diagnostic.severity {
        case .error: label = style.paint("error[\(diagnostic.code)]:", .red)
        case .warning: label = style.paint("warning[\(diagnostic.code)]:", .magenta)
        case .note: label = style.paint("note[\(diagnostic.code)]:", .cyan)
        }
        return place + " " + label + " " + style.bold(TerminalText.shortened(diagnostic.message))
    }
}
