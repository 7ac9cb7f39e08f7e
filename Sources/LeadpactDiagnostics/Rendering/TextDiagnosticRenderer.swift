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
/// terminal).
public struct TextDiagnosticRenderer: DiagnosticRenderer {
    /// Whether to emit ANSI colour codes.
    public let colored: Bool

    /// Creates a text renderer.
    public init(colored: Bool) {
        self.colored = colored
    }

    /// The diagnostics in file and position order, each with its source line, caret, notes
    /// and fixes, then a summary line when there are errors or warnings.
    public func render(_ diagnostics: [Diagnostic], sources: [String: SourceFile]) -> String {
        var output = ""
        for diagnostic in DiagnosticBag.sorted(diagnostics) {
            output += header(of: diagnostic) + "\n"
            if let range = diagnostic.range, let source = sources[diagnostic.file],
               let snippet = SourceSnippet(source: source, range: range) {
                output += snippet.lines(style: style).map { $0 + "\n" }.joined()
            }
            for note in diagnostic.notes {
                var place = ""
                if let range = note.range {
                    place = style.bold("\(note.file ?? diagnostic.file):\(range.start):") + " "
                }
                output += "  " + style.paint("note:", .cyan) + " " + place + note.message + "\n"
            }
            for fixIt in diagnostic.fixIts {
                output += "  " + style.paint("fix:", .green) + " " + fixIt.message + "\n"
            }
        }
        if let summary = DiagnosticCounts(diagnostics).summary {
            output += style.bold(summary) + "\n"
        }
        return output
    }

    private var style: TerminalStyle { TerminalStyle(enabled: colored) }

    private func header(of diagnostic: Diagnostic) -> String {
        let place = style.bold("\(diagnostic.file):\(diagnostic.location):")
        let label: String
        switch diagnostic.severity {
        case .error: label = style.paint("error[\(diagnostic.code)]:", .red)
        case .warning: label = style.paint("warning[\(diagnostic.code)]:", .magenta)
        case .note: label = style.paint("note[\(diagnostic.code)]:", .cyan)
        }
        return place + " " + label + " " + style.bold(diagnostic.message)
    }
}
