/// Splits an expression's text into tokens, each with its scalar offset.
struct ExpressionLexer {
    private let scalars: [Unicode.Scalar]
    private var position = 0

    init(_ text: String) {
        scalars = Array(text.unicodeScalars)
    }

    /// All tokens of the text, ending with `.end`; throws at the first character that starts no token.
    static func tokenize(_ text: String) throws(ExpressionSyntaxError) -> [ExpressionToken] {
        var lexer = ExpressionLexer(text)
        var tokens: [ExpressionToken] = []
        while true {
            let token = try lexer.next()
            tokens.append(token)
            if token.kind == .end { return tokens }
        }
    }

    /// Whether `scalar` may start a bare name.
    static func isNameStart(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "_" || scalar.properties.isAlphabetic
    }

    /// Whether `scalar` may continue a bare name.
    static func isNameContinuation(_ scalar: Unicode.Scalar) -> Bool {
        isNameStart(scalar) || ("0"..."9").contains(scalar)
    }

    private func peek(_ ahead: Int = 0) -> Unicode.Scalar? {
        position + ahead < scalars.count ? scalars[position + ahead] : nil
    }

    private static func isDigit(_ scalar: Unicode.Scalar?) -> Bool {
        guard let scalar else { return false }
        return ("0"..."9").contains(scalar)
    }

    private mutating func next() throws(ExpressionSyntaxError) -> ExpressionToken {
        while let scalar = peek(), scalar.properties.isWhitespace { position += 1 }
        let start = position
        guard let scalar = peek() else { return token(.end, from: start) }
        switch scalar {
        case "(": position += 1; return token(.leftParen, from: start)
        case ")": position += 1; return token(.rightParen, from: start)
        case "[": position += 1; return token(.leftBracket, from: start)
        case "]": position += 1; return token(.rightBracket, from: start)
        case ",": position += 1; return token(.comma, from: start)
        case "'", "\"": return try string(quote: scalar)
        case "=", "!", "<", ">", "&", "|": return try comparison()
        default: break
        }
        if Self.isDigit(scalar) || (scalar == "-" || scalar == ".") && Self.isDigit(peek(1))
            || scalar == "-" && peek(1) == "." && Self.isDigit(peek(2)) {
            return number()
        }
        if Self.isNameStart(scalar) { return name() }
        throw ExpressionSyntaxError(
            code: .syntax, message: "unexpected character '\(scalar)' in expression",
            span: TextSpan(offset: start, length: 1))
    }

    private func token(_ kind: ExpressionToken.Kind, from start: Int) -> ExpressionToken {
        ExpressionToken(kind: kind, span: TextSpan(offset: start, length: position - start))
    }

    private mutating func name() -> ExpressionToken {
        let start = position
        while let scalar = peek(), Self.isNameContinuation(scalar) { position += 1 }
        let text = String(String.UnicodeScalarView(scalars[start..<position]))
        if let keyword = ExpressionKeyword(rawValue: text) { return token(.keyword(keyword), from: start) }
        return token(.identifier(text), from: start)
    }

    private mutating func number() -> ExpressionToken {
        let start = position
        if peek() == "-" { position += 1 }
        while Self.isDigit(peek()) { position += 1 }
        if peek() == ".", Self.isDigit(peek(1)) {
            position += 1
            while Self.isDigit(peek()) { position += 1 }
        }
        if peek() == "e" || peek() == "E",
           Self.isDigit(peek(1)) || (peek(1) == "+" || peek(1) == "-") && Self.isDigit(peek(2)) {
            position += 2
            while Self.isDigit(peek()) { position += 1 }
        }
        let numberEnd = position
        while let scalar = peek(), Self.isNameContinuation(scalar) { position += 1 }
        let number = String(String.UnicodeScalarView(scalars[start..<numberEnd]))
        if position == numberEnd { return token(.number(number), from: start) }
        let unit = String(String.UnicodeScalarView(scalars[numberEnd..<position]))
        return token(.numberWithUnit(number: number, unit: unit), from: start)
    }

    private mutating func string(quote: Unicode.Scalar) throws(ExpressionSyntaxError) -> ExpressionToken {
        let start = position
        position += 1
        var value = String.UnicodeScalarView()
        while let scalar = peek() {
            position += 1
            if scalar == quote { return token(.string(String(value)), from: start) }
            if scalar == "\\", let escaped = peek(), escaped == quote || escaped == "\\" {
                position += 1
                value.append(escaped)
            } else {
                value.append(scalar)
            }
        }
        throw ExpressionSyntaxError(
            code: .syntax, message: "unterminated text literal in expression",
            span: TextSpan(offset: start, length: 1),
            notes: ["close the text with a matching \(quote)"])
    }

    /// Lexes a comparison operator, or explains the operator the user probably meant.
    private mutating func comparison() throws(ExpressionSyntaxError) -> ExpressionToken {
        let start = position
        let pair = String(String.UnicodeScalarView(scalars[start..<min(start + 2, scalars.count)]))
        let known: [(String, ComparisonOperator)] = [
            ("==", .equal), ("!=", .notEqual), ("<=", .lessOrEqual), (">=", .greaterOrEqual),
        ]
        if let match = known.first(where: { $0.0 == pair }) {
            position += 2
            return token(.comparison(match.1), from: start)
        }
        let mistakes: [(written: String, meant: String)] = [
            ("&&", "and"), ("||", "or"), ("<>", "!="), ("=<", "<="), ("=>", ">="),
        ]
        if let mistake = mistakes.first(where: { $0.written == pair }) {
            throw misspelledOperator(mistake.written, meant: mistake.meant, at: start)
        }
        switch scalars[start] {
        case "<": position += 1; return token(.comparison(.less), from: start)
        case ">": position += 1; return token(.comparison(.greater), from: start)
        case "=": throw misspelledOperator("=", meant: "==", at: start)
        case "!": throw misspelledOperator("!", meant: "not", at: start)
        case "&": throw misspelledOperator("&", meant: "and", at: start)
        default: throw misspelledOperator("|", meant: "or", at: start)
        }
    }

    private func misspelledOperator(_ written: String, meant: String, at offset: Int) -> ExpressionSyntaxError {
        ExpressionSyntaxError(
            code: .syntax, message: "unknown operator '\(written)' in expression",
            span: TextSpan(offset: offset, length: written.unicodeScalars.count),
            fix: ("write '\(meant)'", meant))
    }
}
