public import LeadpactDiagnostics

/// The loading diagnostics (`LP101`–`LP110`) as rules of the catalogue, each pointing at its
/// heading in docs/diagnostics.md.
public enum YAMLLoadingRules {
    /// Every loading code, in code order.
    public static let all: [DiagnosticRule] = [
        ("LP101", "YAML syntax error (loading stops)", "the text is not valid YAML"),
        ("LP102", "duplicate key", "a mapping repeats a key; the repeated entry is ignored"),
        ("LP103", "node limit (loading stops)", "the document, each alias counted as the nodes it repeats, stands for more nodes than the limit"),
        ("LP104", "more than one document", "a second YAML document follows the first"),
        ("LP105", "not UTF-8 (loading stops)", "the file is not valid UTF-8"),
        ("LP106", "empty contract", "the file holds no content"),
        ("LP107", "unknown alias (loading stops)", "an alias names no anchor defined before it"),
        ("LP108", "nesting too deep (loading stops)", "mappings and lists nest deeper than the limit"),
        ("LP109", "mapping key is not a scalar", "a mapping key is a mapping or a list"),
        ("LP110", "merge key not supported", "a merge key `<<` is used"),
    ].map { DiagnosticRule(code: $0.0, title: $0.1, summary: $0.2, headingIn: "docs/diagnostics.md") }
}
