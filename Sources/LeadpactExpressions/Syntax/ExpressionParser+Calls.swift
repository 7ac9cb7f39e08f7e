import LeadpactDiagnostics

extension ExpressionParser {
    /// The functions an expression may call.
    static let functionNames = ["count", "known"]

    /// `name(…)`, with the current token at `(`.
    mutating func parseCall(_ name: String, nameSpan: TextSpan) throws(ExpressionSyntaxError) -> ExpressionSyntax {
        advance()
        switch name {
        case "count": return try parseCount(nameSpan: nameSpan)
        case "known":
            let field = try parseNameArgument(of: "known", what: "a field name")
            let close = try expect(.rightParen, "')' after the field of known(…)")
            return ExpressionSyntax(kind: .known(field: field.name, fieldSpan: field.span),
                                    span: nameSpan.covering(close))
        default:
            var problem = ExpressionSyntaxError(
                code: .unknownFunction, message: "unknown function '\(name)' in expression", span: nameSpan,
                notes: ["the functions are count(activity), count(activity, DURATION) and known(field)"])
            if let guess = Suggestion.closest(to: name, in: Self.functionNames) {
                problem.fix = ("did you mean '\(guess)'?", guess)
            }
            record(problem)
            let close = try skipArguments()
            return ExpressionSyntax(kind: .invalid, span: nameSpan.covering(close))
        }
    }

    /// Skips to the `)` that closes the current call and returns its span.
    private mutating func skipArguments() throws(ExpressionSyntaxError) -> TextSpan {
        var depth = 1
        while true {
            switch current.kind {
            case .leftParen: depth += 1
            case .rightParen:
                depth -= 1
                if depth == 0 {
                    let close = current.span
                    advance()
                    return close
                }
            case .end: throw unexpected(expecting: "')'")
            default: break
            }
            advance()
        }
    }

    private mutating func parseNameArgument(of function: String, what: String) throws(ExpressionSyntaxError) -> (name: String, span: TextSpan) {
        guard case .identifier(let name) = current.kind else {
            throw unexpected(expecting: "\(what) in \(function)(…)")
        }
        let span = current.span
        advance()
        return (name, span)
    }

    /// `count(activity)` or `count(activity, DURATION)`, after the `(`.
    private mutating func parseCount(nameSpan: TextSpan) throws(ExpressionSyntaxError) -> ExpressionSyntax {
        let activity = try parseNameArgument(of: "count", what: "an activity name")
        var windowSeconds: Int64?
        var valid = true
        if current.kind == .comma {
            advance()
            if let seconds = try parseWindow() { windowSeconds = seconds } else { valid = false }
        }
        let close = try expect(.rightParen, windowSeconds == nil && valid ? "',' or ')'" : "')'")
        let span = nameSpan.covering(close)
        guard valid else { return ExpressionSyntax(kind: .invalid, span: span) }
        return ExpressionSyntax(
            kind: .count(activity: activity.name, activitySpan: activity.span, windowSeconds: windowSeconds),
            span: span)
    }

    /// A wall-clock duration: `7 days`, `1 hour`, `30m`, `2w`. Returns `nil` after recording a
    /// problem with a duration that is well formed but not allowed.
    private mutating func parseWindow() throws(ExpressionSyntaxError) -> Int64? {
        let first = current
        let amount: String
        var unit: (name: String, span: TextSpan)
        switch first.kind {
        case .numberWithUnit(let number, let suffix):
            amount = number
            let suffixLength = suffix.unicodeScalars.count
            unit = (suffix, TextSpan(offset: first.span.end - suffixLength, length: suffixLength))
            advance()
        case .number(let number):
            amount = number
            advance()
            if case .identifier("business") = current.kind {
                let businessSpan = current.span
                advance()
                if case .identifier = current.kind { advance() }
                record(ExpressionSyntaxError(
                    code: .badDuration, message: "business time is not allowed in an expression's count window",
                    span: businessSpan,
                    notes: ["count windows are wall-clock time (a day is 24 hours); remove 'business'"]))
                return nil
            }
            guard case .identifier(let name) = current.kind else {
                throw unexpected(expecting: "a unit (minutes, hours, days or weeks) after \(number)")
            }
            unit = (name, current.span)
            advance()
        default:
            throw unexpected(expecting: "a duration such as 7 days or 24h")
        }
        return checkedWindow(amount: amount, amountSpan: first.span, unit: unit.name, unitSpan: unit.span)
    }

    private mutating func checkedWindow(amount: String, amountSpan: TextSpan, unit: String, unitSpan: TextSpan) -> Int64? {
        let wholeSpan = amountSpan.covering(unitSpan)
        guard let unitSeconds = DurationUnit.seconds(of: unit) else {
            var problem = ExpressionSyntaxError(
                code: .badDuration, message: "unknown duration unit '\(unit)' in expression", span: unitSpan,
                notes: ["units are minutes, hours, days and weeks (short: m, h, d, w)"])
            if let guess = Suggestion.closest(to: unit, in: DurationUnit.names) {
                problem.fix = ("did you mean '\(guess)'?", guess)
            }
            record(problem)
            return nil
        }
        guard amount.allSatisfy(\.isASCII), amount.allSatisfy(\.isNumber), let count = Int64(amount) else {
            let tooLarge = amount.allSatisfy(\.isNumber)
            record(ExpressionSyntaxError(
                code: .badDuration,
                message: tooLarge ? "count window '\(amount) \(unit)' is too long"
                    : "count window must be a whole number of \(unit), found '\(amount)'",
                span: wholeSpan,
                notes: tooLarge ? [] : ["write a smaller unit instead, e.g. 36 hours rather than 1.5 days"]))
            return nil
        }
        guard count > 0 else {
            record(ExpressionSyntaxError(code: .badDuration, message: "count window must be longer than zero",
                                         span: wholeSpan, notes: ["leave the window out to count all activities: count(activity)"]))
            return nil
        }
        let (seconds, overflow) = count.multipliedReportingOverflow(by: unitSeconds)
        guard !overflow else {
            record(ExpressionSyntaxError(code: .badDuration, message: "count window '\(amount) \(unit)' is too long",
                                         span: wholeSpan))
            return nil
        }
        return seconds
    }
}
