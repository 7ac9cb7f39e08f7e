/// Turns diagnostics into the text of one output format. Renderers are pure: the same
/// diagnostics and sources always give the same text.
public protocol DiagnosticRenderer {
    /// The rendered output for `diagnostics`, sorted by file and position. `sources` maps a
    /// path to its text, so renderers can quote lines; a missing file is rendered without
    /// quotes. The result ends with a newline unless it is empty.
    func render(_ diagnostics: [Diagnostic], sources: [String: SourceFile]) -> String
}
