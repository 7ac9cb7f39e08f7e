import LeadpactDiagnostics
import LeadpactYAML

/// Shorthand for a location in expectations.
func loc(_ line: Int, _ column: Int) -> SourceLocation {
    SourceLocation(line: line, column: column)
}

/// Shorthand for a range in expectations.
func span(_ startLine: Int, _ startColumn: Int, _ endLine: Int, _ endColumn: Int) -> SourceRange {
    SourceRange(start: loc(startLine, startColumn), end: loc(endLine, endColumn))
}

extension YAMLNode {
    /// The value under `key`, if this node is a mapping that has it.
    subscript(key: String) -> YAMLNode? {
        mapping?.first { $0.key.scalar == key }?.value
    }

    /// The key node of `key`, if this node is a mapping that has it.
    func keyNode(_ key: String) -> YAMLNode? {
        mapping?.first { $0.key.scalar == key }?.key
    }

    /// The item at `index`, if this node is a list that long.
    subscript(index: Int) -> YAMLNode? {
        guard let items = sequence, items.indices.contains(index) else { return nil }
        return items[index]
    }
}

/// Loads `text` as `test.yaml`.
func load(_ text: String) -> YAMLDocument {
    YAMLLoader.load(text: text, path: "test.yaml")
}
