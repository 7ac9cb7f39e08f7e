extension Expression {
    /// The canonical text of the expression, e.g. `seniority in [director, vp]`: minimal
    /// parentheses, enum values bare, text single-quoted, count windows in the largest whole
    /// unit (`count(demo_request, 7d)`), and one spelling per number (`50`, `0.5`).
    /// Compiling the text again gives back the same expression.
    public var sourceText: String {
        var text = ""
        write(to: &text, context: .condition)
        return text
    }

    /// How tightly a construct binds; a child looser than its context is parenthesised.
    enum Precedence: Int, Comparable {
        case condition, or, and, not, comparison, primary

        static func < (a: Precedence, b: Precedence) -> Bool { a.rawValue < b.rawValue }
    }

    var precedence: Precedence {
        switch self {
        case .or: .or
        case .and: .and
        case .not: .not
        case .compare, .member: .comparison
        default: .primary
        }
    }

    private func write(to text: inout String, context: Precedence) {
        let parenthesised = precedence < context
        if parenthesised { text += "(" }
        switch self {
        case .literal(let value): text += value.sourceText
        case .field(let name): text += name
        case .score(let kind): text += kind.rawValue
        case .count(let activity, let window):
            text += "count(\(activity)"
            if let window { text += ", " + DurationUnit.format(seconds: window) }
            text += ")"
        case .known(let name): text += "known(\(name))"
        case .not(let operand):
            text += "not "
            operand.write(to: &text, context: .not)
        case .and(let left, let right):
            left.write(to: &text, context: .and)
            text += " and "
            right.write(to: &text, context: .not)
        case .or(let left, let right):
            left.write(to: &text, context: .or)
            text += " or "
            right.write(to: &text, context: .and)
        case .compare(let left, let op, let right):
            left.write(to: &text, context: .primary)
            text += " \(op.rawValue) "
            right.write(to: &text, context: .primary)
        case .member(let subject, let values):
            subject.write(to: &text, context: .primary)
            text += " in [" + values.map(\.sourceText).joined(separator: ", ") + "]"
        }
        if parenthesised { text += ")" }
    }
}

extension Value {
    /// The value as an expression writes it.
    var sourceText: String {
        switch self {
        case .int(let value): String(value)
        case .number(let value): Self.canonicalNumber(value)
        case .string(let value): Self.quoted(value)
        case .bool(let value): value ? "true" : "false"
        case .enumCase(let value): Self.isBareWord(value) ? value : Self.quoted(value)
        }
    }

    /// One spelling per number: whole values without a fraction (`50`), others in Swift's
    /// shortest round-trip form (`0.5`, `1e+20`).
    static func canonicalNumber(_ value: Double) -> String {
        if let whole = Int64(exactly: value) { return String(whole) }
        return value.description
    }

    /// `'text'`, with `'` and `\` escaped by a backslash.
    static func quoted(_ value: String) -> String {
        var text = "'"
        for scalar in value.unicodeScalars {
            if scalar == "'" || scalar == "\\" { text += "\\" }
            text.unicodeScalars.append(scalar)
        }
        return text + "'"
    }

    /// Whether `value` reads back as the same bare word (a name, not a keyword).
    static func isBareWord(_ value: String) -> Bool {
        guard let first = value.unicodeScalars.first, ExpressionLexer.isNameStart(first),
              ExpressionKeyword(rawValue: value) == nil else { return false }
        return value.unicodeScalars.allSatisfy(ExpressionLexer.isNameContinuation)
    }
}
