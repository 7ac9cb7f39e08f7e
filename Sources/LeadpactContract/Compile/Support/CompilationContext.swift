import LeadpactCalendar
import LeadpactDiagnostics
import LeadpactYAML

/// What every section compiler shares while one file is compiled: the file's path, the
/// diagnostics collected so far, and the source map of the nodes read.
final class CompilationContext {
    /// The path diagnostics name.
    let file: String
    /// The file's text, to find where a block scalar's content starts.
    let source: SourceFile?
    /// Everything reported so far.
    private(set) var diagnostics = DiagnosticBag()
    /// Where each key and value read stands in the file, by contract path.
    var sourceMap = SourceMap()

    /// Creates a context for the file at `file`.
    init(file: String, source: SourceFile? = nil) {
        self.file = file
        self.source = source
    }

    /// Reports a finding with the code's own severity.
    func report(
        _ code: ContractDiagnosticCode, _ message: String, at range: SourceRange?,
        notes: [DiagnosticNote] = [], fixIts: [FixIt] = []
    ) {
        diagnostics.report(Diagnostic(
            code: code.code, severity: code.severity, message: message, file: file,
            range: range, notes: notes, fixIts: fixIts
        ))
    }

    /// Adds diagnostics produced elsewhere (the YAML loader, the expression compiler).
    func report(contentsOf others: [Diagnostic]) {
        diagnostics.report(contentsOf: others)
    }

    /// Whether any error has been reported.
    var hasErrors: Bool { diagnostics.hasErrors }

    /// The number of errors reported so far, to tell whether a step added one.
    var errorCount: Int { diagnostics.errorCount }
}
