/// Parses tokens into an `ExpressionSyntax` tree.
///
/// Precedence, loosest first: `or`, `and`, `not`, comparisons and `in`, then primaries
/// (literals, names, calls, parenthesised expressions). `and` and `or` group to the left.
/// A syntax error stops parsing; an unknown function or a bad duration is collected in
/// `problems` and parsing goes on.
struct ExpressionParser {
    /// The most tokens an expression may have: conditions are short, and the limit keeps the
    /// recursive stages (checking, evaluation, printing) far from the stack's end.
    static let maximumTokens = 1_000
    /// The deepest parentheses and `not`s may nest.
    static let maximumNesting = 64

    private let tokens: [ExpressionToken]
    private var index = 0
    private var nesting = 0
    /// Recoverable problems found while parsing.
    private(set) var problems: [ExpressionSyntaxError] = []

    init(tokens: [ExpressionToken]) {
        self.tokens = tokens
    }

    /// Parses a whole expression: the text must end after it.
    mutating func parseExpression() throws(ExpressionSyntaxError) -> ExpressionSyntax {
        if tokens.count > Self.maximumTokens {
            let last = tokens[Self.maximumTokens - 1].span
            throw ExpressionSyntaxError(
                code: .syntax, message: "expression is too long: more than \(Self.maximumTokens) words and symbols",
                span: TextSpan(offset: 0, length: last.end), notes: ["split the condition, or simplify it"])
        }
        if current.kind == .end {
            throw ExpressionSyntaxError(code: .syntax, message: "empty expression", span: current.span,
                                        notes: ["write a condition, e.g. company_size >= 50"])
        }
        let expression = try parseOr()
        if current.kind != .end { throw unexpected(expecting: "'and', 'or' or the end of the expression") }
        return expression
    }

    var current: ExpressionToken { tokens[min(index, tokens.count - 1)] }

    mutating func advance() {
        if index < tokens.count - 1 { index += 1 }
    }

    /// Consumes a token of `kind` or throws an error naming what was `expected`.
    mutating func expect(_ kind: ExpressionToken.Kind, _ expected: String) throws(ExpressionSyntaxError) -> TextSpan {
        guard current.kind == kind else { throw unexpected(expecting: expected) }
        let span = current.span
        advance()
        return span
    }

    /// The error for the current token when `expecting` something else.
    func unexpected(expecting: String) -> ExpressionSyntaxError {
        var error = ExpressionSyntaxError(
            code: .syntax, message: "syntax error in expression: expected \(expecting), found \(current.quoted)",
            span: current.span)
        if case .identifier(let name) = current.kind,
           let keyword = ExpressionKeyword(rawValue: name.lowercased()) {
            error.notes = ["keywords are written in lowercase"]
            error.fix = ("write '\(keyword.rawValue)'", keyword.rawValue)
        }
        return error
    }

    /// Goes one level deeper into parentheses or `not`, or throws past `maximumNesting`.
    private mutating func enterNesting() throws(ExpressionSyntaxError) {
        nesting += 1
        guard nesting <= Self.maximumNesting else {
            throw ExpressionSyntaxError(
                code: .syntax, message: "expression nests too deeply: more than \(Self.maximumNesting) levels of parentheses and 'not'",
                span: current.span)
        }
    }

    mutating func record(_ problem: ExpressionSyntaxError) {
        problems.append(problem)
    }

    private mutating func parseOr() throws(ExpressionSyntaxError) -> ExpressionSyntax {
        var left = try parseAnd()
        while current.kind == .keyword(.or) {
            advance()
            let right = try parseAnd()
            left = ExpressionSyntax(kind: .connective(.or, left, right), span: left.span.covering(right.span))
        }
        return left
    }

    private mutating func parseAnd() throws(ExpressionSyntaxError) -> ExpressionSyntax {
        var left = try parseNot()
        while current.kind == .keyword(.and) {
            advance()
            let right = try parseNot()
            left = ExpressionSyntax(kind: .connective(.and, left, right), span: left.span.covering(right.span))
        }
        return left
    }

    private mutating func parseNot() throws(ExpressionSyntaxError) -> ExpressionSyntax {
        guard current.kind == .keyword(.not) else { return try parseComparison() }
        let notSpan = current.span
        try enterNesting()
        defer { nesting -= 1 }
        advance()
        let operand = try parseNot()
        return ExpressionSyntax(kind: .not(operand), span: notSpan.covering(operand.span))
    }

    private mutating func parseComparison() throws(ExpressionSyntaxError) -> ExpressionSyntax {
        let left = try parsePrimary()
        switch current.kind {
        case .comparison(let op):
            let operatorSpan = current.span
            advance()
            let right = try parsePrimary()
            if case .comparison = current.kind {
                throw ExpressionSyntaxError(
                    code: .syntax, message: "comparisons cannot be chained in expression", span: current.span,
                    notes: ["join two comparisons with 'and', e.g. x > 1 and x < 9"])
            }
            return ExpressionSyntax(kind: .comparison(left, op, operatorSpan: operatorSpan, right),
                                    span: left.span.covering(right.span))
        case .keyword(.in):
            advance()
            let (elements, listSpan) = try parseList()
            return ExpressionSyntax(kind: .membership(left, elements), span: left.span.covering(listSpan))
        case .keyword(.not):
            var error = unexpected(expecting: "'and', 'or', a comparison or the end of the expression")
            error.notes = ["to test that a value is not in a list, write 'not (field in [...])'"]
            throw error
        default:
            return left
        }
    }

    /// `[v, v, …]`: literals and bare enum values.
    private mutating func parseList() throws(ExpressionSyntaxError) -> ([ExpressionSyntax], TextSpan) {
        let open = try expect(.leftBracket, "'[' after 'in'")
        var elements: [ExpressionSyntax] = []
        while current.kind != .rightBracket {
            if !elements.isEmpty { _ = try expect(.comma, "',' or ']'") }
            let element = current
            switch element.kind {
            case .identifier(let name): elements.append(ExpressionSyntax(kind: .word(name), span: element.span))
            case .number(let text): elements.append(ExpressionSyntax(kind: .number(text), span: element.span))
            case .string(let text): elements.append(ExpressionSyntax(kind: .text(text), span: element.span))
            case .keyword(.true): elements.append(ExpressionSyntax(kind: .boolean(true), span: element.span))
            case .keyword(.false): elements.append(ExpressionSyntax(kind: .boolean(false), span: element.span))
            default: throw unexpected(expecting: elements.isEmpty ? "a value or ']'" : "a value")
            }
            advance()
        }
        let close = current.span
        advance()
        return (elements, open.covering(close))
    }

    private mutating func parsePrimary() throws(ExpressionSyntaxError) -> ExpressionSyntax {
        let token = current
        switch token.kind {
        case .leftParen:
            try enterNesting()
            defer { nesting -= 1 }
            advance()
            let inner = try parseOr()
            _ = try expect(.rightParen, "')'")
            return inner
        case .number(let text):
            advance()
            return ExpressionSyntax(kind: .number(text), span: token.span)
        case .string(let text):
            advance()
            return ExpressionSyntax(kind: .text(text), span: token.span)
        case .keyword(.true), .keyword(.false):
            advance()
            return ExpressionSyntax(kind: .boolean(token.kind == .keyword(.true)), span: token.span)
        case .identifier(let name):
            advance()
            if current.kind == .leftParen { return try parseCall(name, nameSpan: token.span) }
            return ExpressionSyntax(kind: .word(name), span: token.span)
        case .numberWithUnit(let number, let unit):
            throw ExpressionSyntaxError(
                code: .syntax, message: "unexpected '\(unit)' after the number \(number) in expression",
                span: token.span, notes: ["durations such as 7d are allowed only as the window of count(activity, 7d)"])
        default:
            throw unexpected(expecting: "a field, a value or '('")
        }
    }
}
