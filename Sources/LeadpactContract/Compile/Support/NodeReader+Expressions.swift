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
        switch style {
        case .singleQuoted, .doubleQuoted: start = node.range.start.advanced(byColumns: 1)
        case .plain, .literal, .folded: start = node.range.start
        }
        let (expression, diagnostics) = ExpressionCompiler.compile(
            source, at: start, file: context.file, environment: environment
        )
        context.report(contentsOf: diagnostics)
        return expression.map { CompiledCondition(path: path, expression: $0, source: source, range: node.range) }
    }
}
