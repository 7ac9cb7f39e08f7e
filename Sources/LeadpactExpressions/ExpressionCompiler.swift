public import LeadpactDiagnostics

/// Compiles the text of a `when`, `if` or `where` into a type-checked `Expression`.
public enum ExpressionCompiler {
    /// Lexes, parses and type-checks `text` against `environment`.
    ///
    /// `start` = where the expression text's first character stands in the file; every
    /// diagnostic points at the offending token's column inside the expression. The
    /// expression is `nil` when any error was found; warnings may accompany a result.
    public static func compile(
        _ text: String, at start: SourceLocation, file: String, environment: ExpressionEnvironment
    ) -> (expression: Expression?, diagnostics: [Diagnostic]) {
        var reporter = ExpressionReporter(file: file, start: start)
        let tokens: [ExpressionToken]
        do {
            tokens = try ExpressionLexer.tokenize(text)
        } catch {
            reporter.report(error)
            return (nil, reporter.diagnostics)
        }
        var parser = ExpressionParser(tokens: tokens)
        let parsed: ExpressionSyntax?
        do {
            parsed = try parser.parseExpression()
        } catch {
            parsed = nil
            parser.record(error)
        }
        for problem in parser.problems { reporter.report(problem) }
        guard let syntax = parsed else { return (nil, reporter.diagnostics) }
        var checker = ExpressionTypeChecker(environment: environment, text: text, reporter: reporter)
        let expression = checker.checkCondition(syntax)
        let diagnostics = checker.reporter.diagnostics
        let failed = diagnostics.contains { $0.severity == .error }
        return (failed ? nil : expression, diagnostics)
    }
}
