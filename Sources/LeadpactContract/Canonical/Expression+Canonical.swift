public import LeadpactExpressions
import LeadpactCalendar

extension Expression {
    /// The expression as a JSON tree, independent of how it was written.
    ///
    /// Every node is an object with an `"op"` key. `and` and `or` are flattened into one node
    /// with an `"operands"` set (so `a and (b and c)`, `(a and b) and c` and `c and b and a` are
    /// the same tree; `a and a` is `a`), and the values of `in` form a set. Text layout, quoting and parentheses
    /// never reach the tree.
    public var canonicalJSON: CanonicalJSON {
        switch self {
        case .literal(let value):
            return .object(["op": .string("literal"), "value": value.canonicalJSON])
        case .field(let name):
            return .object(["op": .string("field"), "name": .string(name)])
        case .score(let kind):
            return .object(["op": .string("score"), "kind": .string(kind.rawValue)])
        case .count(let activity, let windowSeconds):
            return .object([
                "op": .string("count"), "activity": .string(activity),
                "window": SLADuration.wallClockJSON(seconds: windowSeconds),
            ])
        case .known(let field):
            return .object(["op": .string("known"), "field": .string(field)])
        case .not(let operand):
            return .object(["op": .string("not"), "operand": operand.canonicalJSON])
        case .and:
            return Self.chain("and", flattened(and: true))
        case .or:
            return Self.chain("or", flattened(and: false))
        case .compare(let left, let comparison, let right):
            return .object([
                "op": .string("compare"), "operator": .string(comparison.rawValue),
                "left": left.canonicalJSON, "right": right.canonicalJSON,
            ])
        case .member(let subject, let values):
            return .object([
                "op": .string("in"), "subject": subject.canonicalJSON,
                "values": .valueSet(values.map(\.canonicalJSON)),
            ])
        }
    }

    /// One `and`/`or` node over the set of `operands`; a chain whose operands are all the same
    /// condition (`a and a`) is that condition.
    private static func chain(_ op: String, _ operands: [Expression]) -> CanonicalJSON {
        let members = CanonicalJSON.sortedUnique(operands.map(\.canonicalJSON))
        if members.count == 1, let only = members.first {
            return only
        }
        return .object(["op": .string(op), "operands": .array(members)])
    }

    /// The operands of a chain of `and` (or of `or`), nested chains included, in written order.
    private func flattened(and: Bool) -> [Expression] {
        var operands: [Expression] = []
        var pending: [Expression] = [self]
        while let next = pending.popLast() {
            switch (next, and) {
            case (.and(let left, let right), true), (.or(let left, let right), false):
                pending.append(right)
                pending.append(left)
            default:
                operands.append(next)
            }
        }
        return operands
    }
}

extension Value {
    /// `{"type":"number","value":50}`; types `number`, `string`, `bool`, `enum`.
    ///
    /// Whole and decimal literals are one type here: expressions compare them by value
    /// (`score >= 100` and `score >= 100.0` are the same rule), and both print the same digits.
    public var canonicalJSON: CanonicalJSON {
        switch self {
        case .int(let number): .object(["type": .string("number"), "value": .int(number)])
        case .number(let number): .object(["type": .string("number"), "value": Int64(exactly: number).map { .int($0) } ?? .number(number)])
        case .string(let text): .object(["type": .string("string"), "value": .string(text)])
        case .bool(let flag): .object(["type": .string("bool"), "value": .bool(flag)])
        case .enumCase(let name): .object(["type": .string("enum"), "value": .string(name)])
        }
    }
}

extension FieldType {
    /// `{"type":"int"}` …, or `{"type":"enum","values":[…]}` with the values as a set: enum
    /// values have no order in the language (`<` does not apply to them).
    public var canonicalJSON: CanonicalJSON {
        switch self {
        case .int: .object(["type": .string("int")])
        case .number: .object(["type": .string("number")])
        case .string: .object(["type": .string("string")])
        case .bool: .object(["type": .string("bool")])
        case .enumeration(let values): .object(["type": .string("enum"), "values": .stringSet(values)])
        }
    }
}
