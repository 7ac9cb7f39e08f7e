public import LeadpactDiagnostics

/// The result of loading one YAML file: the root node (when the file could be read as one
/// YAML document), every loading diagnostic, and the source text for renderers.
public struct YAMLDocument: Sendable {
    /// The document's root node; `nil` when the file is empty or could not be parsed.
    public var root: YAMLNode?
    /// Loading diagnostics (codes `LP1xx`), in the order they were found.
    public var diagnostics: [Diagnostic]
    /// The file's text (without a byte-order mark), for quoting lines in diagnostics.
    public var source: SourceFile

    /// Creates a loaded document.
    public init(root: YAMLNode?, diagnostics: [Diagnostic], source: SourceFile) {
        self.root = root
        self.diagnostics = diagnostics
        self.source = source
    }

    /// Whether loading reported any error.
    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
}
