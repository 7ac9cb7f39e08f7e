/// Small constructors for JSON Schema (draft 2020-12) keywords, so the contract schema reads
/// like the language it describes.
enum JSONSchemaBuilder {
    /// An object with exactly these properties (`additionalProperties: false`).
    static func object(
        _ description: String, required: [String] = [], properties: [String: CanonicalJSON]
    ) -> CanonicalJSON {
        var members: [String: CanonicalJSON] = [
            "type": .string("object"),
            "description": .string(description),
            "properties": .object(properties),
            "additionalProperties": .bool(false),
        ]
        if !required.isEmpty {
            members["required"] = .array(required.map { .string($0) })
        }
        return .object(members)
    }

    /// An object whose keys match `keys` and whose values all follow `values`.
    static func map(_ description: String, keys: String, values: CanonicalJSON) -> CanonicalJSON {
        .object([
            "type": .string("object"),
            "description": .string(description),
            "propertyNames": .object(["pattern": .string(keys)]),
            "additionalProperties": values,
        ])
    }

    /// A list of items following `items`.
    static func array(_ description: String, items: CanonicalJSON, unique: Bool = false, minItems: Int? = nil) -> CanonicalJSON {
        var members: [String: CanonicalJSON] = [
            "type": .string("array"), "description": .string(description), "items": items,
        ]
        if unique { members["uniqueItems"] = .bool(true) }
        if let minItems { members["minItems"] = .integer(minItems) }
        return .object(members)
    }

    /// A string, matching `pattern` when one is given.
    static func string(_ description: String, pattern: String? = nil) -> CanonicalJSON {
        var members: [String: CanonicalJSON] = ["type": .string("string"), "description": .string(description)]
        if let pattern { members["pattern"] = .string(pattern) }
        return .object(members)
    }

    /// Free text: the compiler reads any scalar as text where the language wants text (so
    /// `title: 2026` or a reason `404` is fine), but never an empty or blank one.
    static func text(_ description: String) -> CanonicalJSON {
        .object([
            "type": .array([.string("string"), .string("number"), .string("boolean")]),
            "description": .string(description),
            "pattern": .string(ContractSchema.Pattern.nonBlank),
        ])
    }

    /// A name an expression can refer to: a word that is none of `excluded`.
    static func word(_ description: String, excluding excluded: [String]) -> CanonicalJSON {
        .object([
            "type": .string("string"), "description": .string(description),
            "pattern": .string(ContractSchema.Pattern.name),
            "not": .object(["enum": .array(excluded.map { .string($0) })]),
        ])
    }

    /// One of the listed strings.
    static func oneOf(_ description: String, _ values: [String]) -> CanonicalJSON {
        .object([
            "type": .string("string"), "description": .string(description),
            "enum": .array(values.map { .string($0) }),
        ])
    }

    /// A whole number, at least `minimum` when one is given.
    static func integer(_ description: String, minimum: Int? = nil) -> CanonicalJSON {
        var members: [String: CanonicalJSON] = ["type": .string("integer"), "description": .string(description)]
        if let minimum { members["minimum"] = .integer(minimum) }
        return .object(members)
    }

    /// A value matching any of `alternatives`.
    static func anyOf(_ description: String, _ alternatives: [CanonicalJSON]) -> CanonicalJSON {
        .object(["description": .string(description), "anyOf": .array(alternatives)])
    }

    /// A reference to a definition under `$defs`.
    static func reference(_ name: String) -> CanonicalJSON {
        .object(["$ref": .string("#/$defs/\(name)")])
    }
}
