import LeadpactDiagnostics

extension ExpressionTypeChecker {
    /// Checks `subject in [elements]`. The list is stored without duplicates, in a canonical
    /// order (enum declaration order, numbers ascending, text and booleans sorted), so that
    /// `[vp, cxo]` and `[cxo, vp]` compile to the same rule.
    mutating func checkMembership(_ subject: ExpressionSyntax, _ elements: [ExpressionSyntax]) -> Typed? {
        let checkedSubject: Typed?
        switch operand(subject) {
        case .typed(let typed): checkedSubject = typed
        case .word(let name, let span):
            reportUnknownName(name, at: span)
            checkedSubject = nil
        case .failed: checkedSubject = nil
        }
        guard let checkedSubject else { return nil }
        let written = text(subject.span)
        var values: [Value] = []
        var failed = false
        for element in elements {
            guard let value = listValue(element, for: checkedSubject.type, subject: written) else {
                failed = true
                continue
            }
            if values.contains(where: { Self.sameValue($0, value) }) {
                reporter.report(.duplicateListValue, "\(quotedText(element.span)) is listed twice in expression",
                                at: element.span, severity: .warning, fix: ("remove the duplicate", ""))
                continue
            }
            values.append(value)
        }
        guard !failed else { return nil }
        values.sort { Self.canonicallyBefore($0, $1, type: checkedSubject.type) }
        return Typed(expression: .member(checkedSubject.expression, values), type: .bool)
    }

    /// One list element as a value of the subject's type, or `nil` after reporting why not.
    private mutating func listValue(_ element: ExpressionSyntax, for type: FieldType, subject: String) -> Value? {
        let value: Value
        switch element.kind {
        case .word(let name):
            guard case .enumeration(let values) = type else {
                var notes: [String] = []
                var fix: (String, String)?
                if type == .string {
                    notes.append("text is written in quotes")
                    fix = ("write '\(name)'", "'\(name)'")
                }
                reporter.report(.typeMismatch, "'\(name)' is not \(Self.article(type)) in the list of '\(subject)' in expression",
                                at: element.span, notes: notes, fix: fix)
                return nil
            }
            guard values.contains(name) else {
                reportUnknownValue(name, at: element.span, of: subject, values: values)
                return nil
            }
            return .enumCase(name)
        case .number(let written):
            guard let number = numberLiteral(written, at: element.span) else { return nil }
            value = number
        case .text(let text):
            value = .string(text)
        case .boolean(let flag):
            value = .bool(flag)
        default:
            return nil
        }
        let literal = Typed(expression: .literal(value), type: value.fieldType)
        guard let resolved = enumText(literal, against: type, at: element.span, of: subject) else { return nil }
        guard compatible(resolved.type, type), case .literal(let result) = resolved.expression else {
            reporter.report(.typeMismatch,
                            "\(quotedText(element.span)) is not \(Self.article(type)) in the list of '\(subject)' in expression",
                            at: element.span)
            return nil
        }
        return result
    }

    /// Whether two list values mean the same (`5` and `5.0` do).
    static func sameValue(_ a: Value, _ b: Value) -> Bool {
        if let x = a.numericValue, let y = b.numericValue { return x == y }
        return a == b
    }

    /// The canonical order of list values.
    static func canonicallyBefore(_ a: Value, _ b: Value, type: FieldType) -> Bool {
        switch (a, b) {
        case (.enumCase(let x), .enumCase(let y)):
            if case .enumeration(let values) = type,
               let i = values.firstIndex(of: x), let j = values.firstIndex(of: y) { return i < j }
            return x < y
        case (.string(let x), .string(let y)): return Array(x.unicodeScalars.map(\.value)).lexicographicallyPrecedes(y.unicodeScalars.map(\.value))
        case (.bool(let x), .bool(let y)): return !x && y
        default: return (a.numericValue ?? 0) < (b.numericValue ?? 0)
        }
    }
}
