import LeadpactDiagnostics

/// Resolves the names of an `ExpressionSyntax` tree against the contract's fields and
/// activities and produces the typed `Expression`, reporting every problem it can find.
struct ExpressionTypeChecker {
    /// A checked node and its type.
    struct Typed {
        var expression: Expression
        var type: FieldType
    }

    let environment: ExpressionEnvironment
    /// The expression's text, to quote operands in messages.
    let scalars: [Unicode.Scalar]
    var reporter: ExpressionReporter

    /// The names a bare word may resolve to outside an enum context.
    var nameCandidates: [String] {
        environment.fields.keys.sorted() + ["score", "explicit_score", "implicit_score"]
    }

    init(environment: ExpressionEnvironment, text: String, reporter: ExpressionReporter) {
        self.environment = environment
        self.scalars = Array(text.unicodeScalars)
        self.reporter = reporter
    }

    /// The source text under `span`, in quotes unless it is quoted text already.
    func quotedText(_ span: TextSpan) -> String {
        let written = text(span)
        if let first = written.first, first == "'" || first == "\"" { return written }
        return "'\(written)'"
    }

    /// The source text under `span`.
    func text(_ span: TextSpan) -> String {
        let lower = min(max(span.offset, 0), scalars.count)
        let upper = min(max(span.end, lower), scalars.count)
        return String(String.UnicodeScalarView(scalars[lower..<upper]))
    }

    /// Checks a node that must be a condition (true or false).
    mutating func checkCondition(_ syntax: ExpressionSyntax) -> Expression? {
        guard let typed = check(syntax) else { return nil }
        guard typed.type == .bool else {
            let written = text(syntax.span)
            reporter.report(.notCondition,
                            "expected a condition in expression, but '\(written)' is \(Self.article(typed.type))",
                            at: syntax.span, notes: [Self.conditionHint(for: written, type: typed.type)])
            return nil
        }
        return typed.expression
    }

    /// Checks any node; `nil` after reporting a problem inside it.
    mutating func check(_ syntax: ExpressionSyntax) -> Typed? {
        switch syntax.kind {
        case .word(let name):
            if let resolved = resolveName(name) { return resolved }
            reportUnknownName(name, at: syntax.span)
            return nil
        case .number(let written):
            return numberLiteral(written, at: syntax.span).map { Typed(expression: .literal($0), type: $0.fieldType) }
        case .text(let value):
            return Typed(expression: .literal(.string(value)), type: .string)
        case .boolean(let value):
            return Typed(expression: .literal(.bool(value)), type: .bool)
        case .count(let activity, let activitySpan, let windowSeconds):
            guard environment.activities.contains(activity) else {
                reporter.reportUnknown(.unknownActivity, "unknown activity '\(activity)' in expression",
                                       name: activity, at: activitySpan,
                                       candidates: environment.activities.sorted())
                return nil
            }
            return Typed(expression: .count(activity: activity, windowSeconds: windowSeconds), type: .int)
        case .known(let field, let fieldSpan):
            return checkKnown(field, at: fieldSpan)
        case .invalid:
            return nil
        case .not(let operand):
            return checkCondition(operand).map { Typed(expression: .not($0), type: .bool) }
        case .connective(let connective, let left, let right):
            let checkedLeft = checkCondition(left)
            let checkedRight = checkCondition(right)
            guard let checkedLeft, let checkedRight else { return nil }
            let expression: Expression = connective == .and ? .and(checkedLeft, checkedRight) : .or(checkedLeft, checkedRight)
            return Typed(expression: expression, type: .bool)
        case .comparison(let left, let op, let operatorSpan, let right):
            return checkComparison(left, op, operatorSpan: operatorSpan, right)
        case .membership(let subject, let elements):
            return checkMembership(subject, elements)
        }
    }

    /// A field or score named by a bare word, or `nil` when the word names neither.
    func resolveName(_ name: String) -> Typed? {
        if let kind = ScoreKind(rawValue: name) { return Typed(expression: .score(kind), type: .number) }
        if let type = environment.fields[name] { return Typed(expression: .field(name), type: type) }
        return nil
    }

    /// Reports a bare word that is neither a field nor a score.
    mutating func reportUnknownName(_ name: String, at span: TextSpan, expecting: FieldType? = nil) {
        var notes: [String] = []
        let owners = environment.fields.keys.sorted().filter { field in
            if case .enumeration(let values) = environment.fields[field] { return values.contains(name) }
            return false
        }
        if let owner = owners.first {
            notes.append("'\(name)' is a value of '\(owner)'; compare it, e.g. \(owner) == \(name)")
        } else if expecting == .string {
            notes.append("text is written in quotes: '\(name)'")
        }
        let message = "unknown field '\(name)' in expression"
        if expecting == .string, Suggestion.closest(to: name, in: nameCandidates) == nil {
            reporter.report(.unknownField, message, at: span, notes: notes, fix: ("write '\(name)'", "'\(name)'"))
        } else {
            reporter.reportUnknown(.unknownField, message, name: name, at: span, candidates: nameCandidates, notes: notes)
        }
    }

    private mutating func checkKnown(_ field: String, at span: TextSpan) -> Typed? {
        if environment.fields[field] != nil { return Typed(expression: .known(field), type: .bool) }
        if ScoreKind(rawValue: field) != nil {
            reporter.report(.badArgument, "known() takes a field, not '\(field)' in expression", at: span,
                            notes: ["a lead always has a score (0 when nothing counts)"])
        } else {
            reportUnknown(field, at: span)
        }
        return nil
    }

    private mutating func reportUnknown(_ field: String, at span: TextSpan) {
        reporter.reportUnknown(.unknownField, "unknown field '\(field)' in expression", name: field, at: span,
                               candidates: environment.fields.keys.sorted())
    }

    /// A numeric literal: integral values become `.int`, so `50` and `50.0` mean the same.
    mutating func numberLiteral(_ written: String, at span: TextSpan) -> Value? {
        let isDecimal = written.contains { $0 == "." || $0 == "e" || $0 == "E" }
        if !isDecimal, let value = Int64(written) { return .int(value) }
        if isDecimal, let value = Double(written), value.isFinite {
            if let whole = Int64(exactly: value) { return .int(whole) }
            return .number(value)
        }
        reporter.report(.numberOutOfRange, "number \(written) is out of range in expression", at: span,
                        notes: ["whole numbers go up to 9223372036854775807 and down to -9223372036854775808"])
        return nil
    }
}
