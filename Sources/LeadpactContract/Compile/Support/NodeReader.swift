import LeadpactCalendar
import LeadpactDiagnostics
import LeadpactYAML

/// Reads scalars and lists by the schema, never by YAML 1.1's implicit typing: where the
/// schema wants text, `no`, `on` and `1.0` are text; where it wants a whole number, only an
/// unquoted integer literal is accepted (`"5"` is text, and rejected with a fix to unquote it).
struct NodeReader {
    /// Where problems are reported.
    let context: CompilationContext

    /// A scalar's text, whatever its style; reports null, mappings and lists.
    func text(_ node: YAMLNode, at path: ContractPath) -> String? {
        guard case .scalar(let text, _) = node.content, !node.isNull else {
            reportWrongKind(node, expected: "a text", at: path)
            return nil
        }
        return text
    }

    /// A scalar's text that must not be empty or blank.
    func nonEmptyText(_ node: YAMLNode, at path: ContractPath) -> String? {
        guard let text = text(node, at: path) else { return nil }
        guard !text.allSatisfy(\.isWhitespace) else {
            context.report(.emptyValue, "'\(path.display)' must not be empty", at: node.range)
            return nil
        }
        return text
    }

    /// An integer written as an unquoted literal (`-` allowed, no `+`, `_`, hex or exponent).
    func integer(_ node: YAMLNode, at path: ContractPath) -> Int? {
        guard case .scalar(let text, let style) = node.content, !node.isNull else {
            reportWrongKind(node, expected: "a whole number", at: path)
            return nil
        }
        let digits = text.hasPrefix("-") ? text.dropFirst() : Substring(text)
        let isLiteral = !digits.isEmpty && digits.unicodeScalars.allSatisfy { ("0"..."9").contains($0) }
        if style != .plain, isLiteral, let value = Int(text) {
            context.report(
                .invalidInteger, "'\(path.display)' must be a whole number, but \(describe(node)) is quoted text",
                at: node.range,
                fixIts: [FixIt("remove the quotes", range: node.range, replacement: String(value))]
            )
            return nil
        }
        guard style == .plain, !isStringTagged(node), isLiteral else {
            context.report(
                .invalidInteger, "'\(path.display)' must be a whole number, found \(describe(node))", at: node.range
            )
            return nil
        }
        guard let value = Int(text) else {
            context.report(.invalidInteger, "'\(path.display)' is too large: \(text)", at: node.range)
            return nil
        }
        return value
    }

    /// A list's items; each item's range is recorded in the source map.
    func list(_ node: YAMLNode, at path: ContractPath) -> [YAMLNode]? {
        guard let items = node.sequence else {
            reportWrongKind(node, expected: "a list", at: path)
            return nil
        }
        for (index, item) in items.enumerated() {
            context.sourceMap.recordValue(item.range, at: path.appending(index: index))
        }
        return items
    }

    /// A list of non-empty texts, each with its node (for positions); unreadable items are skipped.
    func textList(_ node: YAMLNode, at path: ContractPath) -> [(text: String, node: YAMLNode)]? {
        guard let items = list(node, at: path) else { return nil }
        return items.enumerated().compactMap { index, item in
            nonEmptyText(item, at: path.appending(index: index)).map { ($0, item) }
        }
    }

    /// A list of names that expressions can refer to (see `NameRules`).
    func nameList(_ node: YAMLNode, at path: ContractPath, kind: NameRules.Kind) -> [(text: String, node: YAMLNode)]? {
        guard let items = textList(node, at: path) else { return nil }
        return items.filter { NameRules.check($0.text, kind: kind, range: $0.node.range, context: context) }
    }

    /// Reports that `node` is not of the expected kind.
    func reportWrongKind(_ node: YAMLNode, expected: String, at path: ContractPath) {
        let what = path.isEmpty ? "the contract" : "'\(path.display)'"
        context.report(.wrongKind, "expected \(expected) for \(what), found \(describe(node))", at: node.range)
    }

    /// How a node reads in a message: `a list`, `a mapping`, `null`, or the quoted scalar text.
    func describe(_ node: YAMLNode) -> String {
        guard case .scalar(let text, let style) = node.content, !node.isNull else { return node.kindDescription }
        let shown = text.count > 40 ? String(text.prefix(40)) + "…" : text
        return style == .plain ? "'\(shown)'" : "\"\(shown)\""
    }

    private func isStringTagged(_ node: YAMLNode) -> Bool {
        guard let tag = node.tag else { return false }
        return tag == "!!str" || tag.hasSuffix(":str")
    }
}
