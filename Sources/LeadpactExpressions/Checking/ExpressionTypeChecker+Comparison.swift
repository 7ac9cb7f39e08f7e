extension ExpressionTypeChecker {
    /// One side of a comparison: checked, a bare word still to be resolved, or already reported.
    enum Operand {
        case typed(Typed)
        case word(String, TextSpan)
        case failed
    }

    /// Checks a comparison operand, leaving a bare word that names no field for the other side's type.
    mutating func operand(_ syntax: ExpressionSyntax) -> Operand {
        if case .word(let name) = syntax.kind {
            if let resolved = resolveName(name) { return .typed(resolved) }
            return .word(name, syntax.span)
        }
        return check(syntax).map(Operand.typed) ?? .failed
    }

    /// Checks `left op right`, resolving bare enum values by the other side's type.
    mutating func checkComparison(
        _ left: ExpressionSyntax, _ op: ComparisonOperator, operatorSpan: TextSpan, _ right: ExpressionSyntax
    ) -> Typed? {
        let (leftOperand, rightOperand) = (operand(left), operand(right))
        let checkedLeft: Typed?, checkedRight: Typed?
        switch (leftOperand, rightOperand) {
        case (.typed(let l), .typed(let r)):
            let right = preferringValue(r, written: right, against: l)
            (checkedLeft, checkedRight) = (preferringValue(l, written: left, against: right), right)
        case (.typed(let l), .word(let name, let span)):
            (checkedLeft, checkedRight) = (l, value(named: name, at: span, for: l, written: text(left.span)))
        case (.word(let name, let span), .typed(let r)):
            (checkedLeft, checkedRight) = (value(named: name, at: span, for: r, written: text(right.span)), r)
        case (.word(let name, let span), let other):
            reportUnknownName(name, at: span)
            if case .word(let otherName, let otherSpan) = other, !isEnumValue(otherName) {
                reportUnknownName(otherName, at: otherSpan)
            }
            return nil
        default:
            return nil
        }
        guard var l = checkedLeft, var r = checkedRight else { return nil }
        let lText = enumText(l, against: r.type, at: left.span, of: text(right.span))
        let rText = enumText(r, against: l.type, at: right.span, of: text(left.span))
        guard let lResolved = lText, let rResolved = rText else { return nil }
        (l, r) = (lResolved, rResolved)
        guard compatible(l.type, r.type) else {
            reporter.report(.typeMismatch,
                            "cannot compare \(quotedText(left.span)) (\(Self.typeName(l.type))) with \(quotedText(right.span)) (\(Self.typeName(r.type))) in expression",
                            at: operatorSpan)
            return nil
        }
        if op != .equal, op != .notEqual, !Self.isNumeric(l.type) {
            reporter.report(.typeMismatch,
                            "operator '\(op.rawValue)' needs numbers in expression, but \(quotedText(left.span)) is \(Self.article(l.type))",
                            at: operatorSpan, notes: [Self.orderingHint(for: l.type, written: text(left.span))])
            return nil
        }
        if case .literal = l.expression, !isLiteral(r.expression) {
            return Typed(expression: .compare(r.expression, op.mirrored, l.expression), type: .bool)
        }
        return Typed(expression: .compare(l.expression, op, r.expression), type: .bool)
    }

    /// A word that names a field and also a value of the enum on the other side means the value.
    private func preferringValue(_ typed: Typed, written syntax: ExpressionSyntax, against other: Typed) -> Typed {
        guard case .word(let name) = syntax.kind, case .field = typed.expression,
              case .enumeration(let values) = other.type, values.contains(name) else { return typed }
        return Typed(expression: .literal(.enumCase(name)), type: other.type)
    }

    /// A bare word on the other side of `subject`: an enum value when the subject is an enum.
    private mutating func value(named name: String, at span: TextSpan, for subject: Typed, written: String) -> Typed? {
        guard case .enumeration(let values) = subject.type else {
            reportUnknownName(name, at: span, expecting: subject.type)
            return nil
        }
        guard values.contains(name) else {
            reportUnknownValue(name, at: span, of: written, values: values)
            return nil
        }
        return Typed(expression: .literal(.enumCase(name)), type: subject.type)
    }

    /// Reports a value that the enum `written` does not declare.
    mutating func reportUnknownValue(_ name: String, at span: TextSpan, of written: String, values: [String]) {
        reporter.reportUnknown(.unknownEnumValue, "unknown value '\(name)' for '\(written)' in expression",
                               name: name, at: span, candidates: values,
                               notes: ["'\(written)' is one of: \(values.joined(separator: ", "))"])
    }

    /// Quoted text compared with an enum becomes the enum value it names (`region == 'emea'`);
    /// `nil` after reporting text that the enum does not declare.
    mutating func enumText(_ typed: Typed, against other: FieldType, at span: TextSpan, of written: String) -> Typed? {
        guard case .enumeration(let values) = other, case .literal(.string(let name)) = typed.expression else {
            return typed
        }
        guard values.contains(name) else {
            reportUnknownValue(name, at: span, of: written, values: values)
            return nil
        }
        return Typed(expression: .literal(.enumCase(name)), type: other)
    }

    private func isEnumValue(_ name: String) -> Bool {
        environment.fields.values.contains { type in
            if case .enumeration(let values) = type { return values.contains(name) }
            return false
        }
    }

    private func isLiteral(_ expression: Expression) -> Bool {
        if case .literal = expression { return true }
        return false
    }

    /// Whether values of the two types can be compared at all.
    func compatible(_ a: FieldType, _ b: FieldType) -> Bool {
        if Self.isNumeric(a) && Self.isNumeric(b) { return true }
        if case .enumeration(let x) = a, case .enumeration(let y) = b { return Set(x) == Set(y) }
        return a == b
    }
}
