import LeadpactDiagnostics

/// Turns problems found at scalar offsets inside an expression into diagnostics at the right
/// line and column of the contract file.
struct ExpressionReporter {
    /// The file the expression comes from.
    let file: String
    /// Where the expression's first character stands in the file.
    let start: SourceLocation
    /// Everything reported so far.
    private(set) var diagnostics: [Diagnostic] = []

    init(file: String, start: SourceLocation) {
        self.file = file
        self.start = start
    }

    /// The file range of `span`.
    func range(of span: TextSpan) -> SourceRange {
        SourceRange(start: start.advanced(byColumns: span.offset), length: max(span.length, 1))
    }

    /// Reports a problem at `span`; `replacement` becomes a fix-it that rewrites the span.
    mutating func report(
        _ code: ExpressionDiagnosticCode, _ message: String, at span: TextSpan,
        severity: Severity = .error, notes: [String] = [],
        fix: (message: String, replacement: String)? = nil
    ) {
        let range = range(of: span)
        var fixIts: [FixIt] = []
        if let fix { fixIts.append(FixIt(fix.message, range: range, replacement: fix.replacement)) }
        diagnostics.append(Diagnostic(
            code: code.rawValue, severity: severity, message: message, file: file, range: range,
            notes: notes.map { DiagnosticNote($0) }, fixIts: fixIts))
    }

    /// Reports an error thrown by the lexer or parser.
    mutating func report(_ error: ExpressionSyntaxError) {
        report(error.code, error.message, at: error.span, notes: error.notes, fix: error.fix)
    }

    /// Reports an unknown name with a did-you-mean over `candidates`.
    mutating func reportUnknown(
        _ code: ExpressionDiagnosticCode, _ message: String, name: String, at span: TextSpan,
        candidates: some Sequence<String>, notes: [String] = []
    ) {
        if let guess = Suggestion.closest(to: name, in: candidates) {
            report(code, message, at: span, notes: notes,
                   fix: ("did you mean '\(guess)'?", guess))
        } else {
            report(code, message, at: span, notes: notes)
        }
    }
}
