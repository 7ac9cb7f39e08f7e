public import LeadpactDiagnostics

/// What compiling one contract file produced.
public struct CompilationResult: Sendable {
    /// The compiled contract; `nil` when any error was reported.
    public var contract: Contract?
    /// Every diagnostic (loading, structure, expressions, semantic checks), sorted by position.
    public var diagnostics: [Diagnostic]
    /// The file's text, for renderers that quote the offending line.
    public var source: SourceFile

    /// Creates a result.
    public init(contract: Contract?, diagnostics: [Diagnostic], source: SourceFile) {
        self.contract = contract
        self.diagnostics = diagnostics
        self.source = source
    }

    /// Whether any diagnostic is an error.
    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

    /// Whether any diagnostic is a warning.
    public var hasWarnings: Bool { diagnostics.contains { $0.severity == .warning } }
}
