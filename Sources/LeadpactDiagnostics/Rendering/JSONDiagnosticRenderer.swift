/// Renders diagnostics as one JSON object with sorted keys, for scripts:
///
/// ```json
/// {"diagnostics": [{"file", "line", "column", "endLine", "endColumn", "severity", "code",
///                   "message", "notes": [...], "fixIts": [...]}],
///  "errors": 1, "warnings": 0}
/// ```
///
/// Lines and columns are 1-based, columns in Unicode scalars, ends exclusive. A diagnostic
/// about a whole file is placed at 1:1–1:1. A note or fix-it carries `file`, `line`,
/// `column`, `endLine` and `endColumn` only when it points somewhere; a fix-it carries
/// `replacement` only when it is a replacement.
public struct JSONDiagnosticRenderer: DiagnosticRenderer {
    /// Creates a JSON renderer.
    public init() {}

    /// The JSON document, pretty-printed with sorted keys and a final newline.
    public func render(_ diagnostics: [Diagnostic], sources: [String: SourceFile]) -> String {
        let counts = DiagnosticCounts(diagnostics)
        let report = Report(
            diagnostics: DiagnosticBag.sorted(diagnostics).map(Entry.init),
            errors: counts.errors,
            warnings: counts.warnings
        )
        return JSONText.encode(report)
    }

    private struct Report: Encodable {
        var diagnostics: [Entry]
        var errors: Int
        var warnings: Int
    }

    private struct Entry: Encodable {
        var file: String
        var line: Int
        var column: Int
        var endLine: Int
        var endColumn: Int
        var severity: String
        var code: String
        var message: String
        var notes: [Note]
        var fixIts: [Fix]

        init(_ diagnostic: Diagnostic) {
            let start = diagnostic.location
            let end = diagnostic.range?.end ?? start
            file = diagnostic.file
            (line, column, endLine, endColumn) = (start.line, start.column, end.line, end.column)
            severity = diagnostic.severity.rawValue
            code = diagnostic.code
            message = diagnostic.message
            notes = diagnostic.notes.map { Note($0, file: diagnostic.file) }
            fixIts = diagnostic.fixIts.map { Fix($0, file: diagnostic.file) }
        }
    }

    private struct Note: Encodable {
        var message: String
        var file: String?
        var line, column, endLine, endColumn: Int?

        init(_ note: DiagnosticNote, file: String) {
            message = note.message
            if let range = note.range {
                self.file = note.file ?? file
                (line, column) = (range.start.line, range.start.column)
                (endLine, endColumn) = (range.end.line, range.end.column)
            }
        }
    }

    private struct Fix: Encodable {
        var message: String
        var replacement: String?
        var file: String?
        var line, column, endLine, endColumn: Int?

        init(_ fixIt: FixIt, file: String) {
            message = fixIt.message
            replacement = fixIt.replacement
            if let range = fixIt.range {
                self.file = file
                (line, column) = (range.start.line, range.start.column)
                (endLine, endColumn) = (range.end.line, range.end.column)
            }
        }
    }
}
