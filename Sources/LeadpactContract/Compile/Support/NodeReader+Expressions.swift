import LeadpactCalendar
import LeadpactDiagnostics
import LeadpactExpressions
import LeadpactYAML

extension NodeReader {
    /// Compiles the expression in a `when`, `if` or `where` scalar against the contract's
    /// fields and activities. Diagnostics inside the expression point at their own column:
    /// the expression starts at the scalar's first character, one further for a quoted scalar.
    func condition(
        _ node: YAMLNode, at path: ContractPath, environment: ExpressionEnvironment
    ) -> CompiledCondition? {
        guard case .scalar(let source, let style) = node.content, !node.isNull else {
            reportWrongKind(node, expected: "an expression", at: path)
            return nil
        }
        guard !source.allSatisfy(\.isWhitespace) else {
            context.report(.emptyValue, "'\(path.display)' must hold an expression", at: node.range)
            return nil
        }
        let start: SourceLocation
        var text = source
        switch style {
        case .singleQuoted, .doubleQuoted: start = node.range.start.advanced(byColumns: 1)
        case .plain: start = node.range.start
        case .literal, .folded:
            start = blockContentStart(of: node)
            text = String(source.drop { $0.isNewline })
        }
        let (expression, diagnostics) = ExpressionCompiler.compile(
            text, at: start, file: context.file, environment: environment
        )
        context.report(contentsOf: diagnostics)
        return expression.map { CompiledCondition(path: path, expression: $0, source: source, range: node.range) }
    }

    /// Where the text of a `|` or `>` scalar starts: the first non-blank line after the
    /// indicator, at its indentation.
    private func blockContentStart(of node: YAMLNode) -> SourceLocation {
        guard let file = context.source else { return node.range.start }
        var line = node.range.start.line + 1
        while line <= node.range.end.line, let text = file.line(line) {
            if let column = text.unicodeScalars.firstIndex(where: { $0 != " " }) {
                return SourceLocation(line: line, column: text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: column) + 1)
            }
            line += 1
        }
        return node.range.start
    }
}
