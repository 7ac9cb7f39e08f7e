/// A stretch of an expression's text, counted in Unicode scalars from the expression's start.
struct TextSpan: Hashable, Sendable {
    /// Scalars before the span.
    var offset: Int
    /// Scalars covered.
    var length: Int

    /// The offset just past the span.
    var end: Int { offset + length }

    /// The smallest span covering both `self` and `other`.
    func covering(_ other: TextSpan) -> TextSpan {
        let start = min(offset, other.offset)
        return TextSpan(offset: start, length: max(end, other.end) - start)
    }
}

/// The reserved words of the expression language.
enum ExpressionKeyword: String, CaseIterable, Sendable {
    case and, or, not, `in`, `true`, `false`
}

/// One lexical unit of an expression, with where it stands.
struct ExpressionToken: Sendable {
    /// What the token is.
    enum Kind: Equatable, Sendable {
        /// A bare name: a field, a score, a function, an activity or an enum value.
        case identifier(String)
        /// A numeric literal as written (`50`, `-2.5`, `1e3`).
        case number(String)
        /// A number with letters glued to it (`7d`, `30m`): the short form of a duration.
        case numberWithUnit(number: String, unit: String)
        /// A quoted text literal, quotes removed and escapes resolved.
        case string(String)
        case keyword(ExpressionKeyword)
        case comparison(ComparisonOperator)
        case leftParen, rightParen, leftBracket, rightBracket, comma
        /// The end of the text.
        case end
    }

    var kind: Kind
    var span: TextSpan

    /// How the token reads in a message: `'seniority'`, `'=='`, `end of expression`.
    var quoted: String {
        switch kind {
        case .identifier(let name): "'\(name)'"
        case .number(let text): "'\(text)'"
        case .numberWithUnit(let number, let unit): "'\(number)\(unit)'"
        case .string(let text): "text '\(text)'"
        case .keyword(let keyword): "'\(keyword.rawValue)'"
        case .comparison(let op): "'\(op.rawValue)'"
        case .leftParen: "'('"
        case .rightParen: "')'"
        case .leftBracket: "'['"
        case .rightBracket: "']'"
        case .comma: "','"
        case .end: "the end of the expression"
        }
    }
}

/// A problem that stops parsing: where, what, and how to fix it.
struct ExpressionSyntaxError: Error, Sendable {
    var code: ExpressionDiagnosticCode
    var message: String
    var span: TextSpan
    var notes: [String] = []
    /// A replacement for the text under `span`, with its description.
    var fix: (message: String, replacement: String)?
}
