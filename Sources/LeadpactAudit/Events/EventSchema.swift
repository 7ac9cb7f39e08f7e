import LeadpactContract
import LeadpactExpressions

/// The contract's fields and activities, indexed for reading and storing event values.
struct EventSchema: Sendable {
    /// Declared field names, sorted; a field's index is its position here.
    let fieldNames: [String]
    /// Declared types, by field index.
    let fieldTypes: [FieldType]
    private let fieldIndex: [String: Int16]
    /// The field names by their exact bytes, for looking keys up straight from a line.
    private let fieldTable: StringTable
    /// Each enumeration field's cases by their exact bytes, by field index (empty for other
    /// fields; not optional, so a lookup reads the table in place rather than copying it).
    private let caseTables: [StringTable]
    /// Declared activities, in contract order; an activity's index is its position here.
    let activityNames: [String]
    private let activityIndex: [String: Int32]
    /// The activity names by their exact bytes, for looking names up straight from a line.
    private let activityTable: StringTable
    /// `activityIndex`'s answer for each name in `activityTable`, by table id.
    private let activityIndexByID: [Int32]

    /// The schema of `contract`.
    init(contract: Contract) {
        fieldNames = contract.fields.keys.sorted()
        fieldTypes = fieldNames.map { contract.fields[$0] ?? .string }
        fieldIndex = Dictionary(uniqueKeysWithValues: fieldNames.enumerated().map { ($1, Int16(truncatingIfNeeded: $0)) })
        var names = StringTable()
        for name in fieldNames { _ = names.intern(name) }
        fieldTable = names
        caseTables = fieldTypes.map { type in
            var table = StringTable()
            guard case .enumeration(let cases) = type else { return table }
            for name in cases { _ = table.intern(name) }
            return table
        }
        activityNames = contract.activities
        activityIndex = Dictionary(
            contract.activities.enumerated().map { ($1, Int32(truncatingIfNeeded: $0)) }, uniquingKeysWith: { a, _ in a })
        var table = StringTable()
        var indices: [Int32] = []
        for name in activityNames where Int(table.intern(name)) == indices.count {
            indices.append(activityIndex[name] ?? 0)
        }
        activityTable = table
        activityIndexByID = indices
    }

    /// Whether `other` stores every line as this schema does: the same fields with the same
    /// types, and the same activities in the same order.
    func readsLike(_ other: EventSchema) -> Bool {
        fieldNames == other.fieldNames && fieldTypes == other.fieldTypes && activityNames == other.activityNames
    }

    /// The index of a declared field.
    func field(named name: String) -> Int16? { fieldIndex[name] }

    /// The index of the declared field spelled by the ASCII `bytes` (for ASCII text, exact
    /// bytes and Swift's string equality agree).
    func field(ascii bytes: UnsafeBufferPointer<UInt8>) -> Int16? {
        fieldTable.id(of: bytes).map { Int16(truncatingIfNeeded: $0) }
    }

    /// The index of a declared activity.
    func activity(named name: String) -> Int32? { activityIndex[name] }

    /// The index of the declared activity spelled by the UTF-8 `bytes` exactly; `nil` when
    /// no name has those bytes (`activity(named:)` may still find a canonically equal one).
    func activity(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Int32? {
        activityTable.id(of: bytes).map { activityIndexByID[Int($0)] }
    }

    /// Stores a string value given as ASCII `bytes` when the field takes a string or has a
    /// case spelled by exactly those bytes; `nil` when `store(_:field:untypedText:strings:)`
    /// must decide (another type, or a case matched only by canonical equivalence, or none).
    func storeText(_ bytes: UnsafeBufferPointer<UInt8>, field: Int16, strings: inout StringTable) -> StoredAttribute? {
        switch fieldTypes[Int(field)] {
        case .string:
            return StoredAttribute(field: field, kind: .string, bits: Int64(strings.intern(bytes)))
        case .enumeration:
            guard caseTables[Int(field)].id(of: bytes) != nil else { return nil }
            return StoredAttribute(field: field, kind: .enumCase, bits: Int64(strings.intern(bytes)))
        default:
            return nil
        }
    }

    /// Checks `value` against the field's type and stores it; the message says what is wrong.
    func store(
        _ value: JSONScalar, field: Int16, untypedText: Bool, strings: inout StringTable
    ) -> Result<StoredAttribute, EventLineError> {
        let name = fieldNames[Int(field)]
        let type = fieldTypes[Int(field)]
        func stored(_ kind: StoredAttribute.Kind, _ bits: Int64) -> Result<StoredAttribute, EventLineError> {
            .success(StoredAttribute(field: field, kind: kind, bits: bits))
        }
        func wrong() -> Result<StoredAttribute, EventLineError> {
            .failure(EventLineError("set.\(name) must be \(Self.describe(type)), found \(Self.describe(value))"))
        }
        func outOfRange(_ written: String) -> Result<StoredAttribute, EventLineError> {
            .failure(EventLineError(
                "set.\(name) \(written) is out of range for an integer (\(Int64.min) to \(Int64.max))"))
        }
        switch (type, value) {
        case (.int, .int(let v)): return stored(.int, v)
        case (.int, .number(let v)) where v.rounded() == v && abs(v) < 9.0e15: return stored(.int, Int64(v))
        case (.int, .largeInteger(let written)): return outOfRange(written)
        case (.int, .string(let text)) where untypedText:
            let written = text.trimmingWhitespace
            guard let v = Int64(written) else {
                return Self.isWholeNumber(written) ? outOfRange(String(written)) : wrong()
            }
            return stored(.int, v)
        case (.number, .int(let v)): return stored(.number, Int64(bitPattern: Double(v).bitPattern))
        case (.number, .number(let v)): return stored(.number, Int64(bitPattern: v.bitPattern))
        case (.number, .largeInteger(let written)):
            guard let v = Double(written), v.isFinite else { return wrong() }
            return stored(.number, Int64(bitPattern: v.bitPattern))
        case (.number, .string(let text)) where untypedText:
            guard let v = Double(text.trimmingWhitespace), v.isFinite else { return wrong() }
            return stored(.number, Int64(bitPattern: v.bitPattern))
        case (.bool, .bool(let v)): return stored(.bool, v ? 1 : 0)
        case (.bool, .string(let text)) where untypedText && (text == "true" || text == "false"):
            return stored(.bool, text == "true" ? 1 : 0)
        case (.string, .string(let text)): return stored(.string, Int64(strings.intern(text)))
        case (.enumeration(let cases), .string(let text)):
            guard cases.contains(text) else {
                return .failure(EventLineError(
                    "set.\(name) value '\(text)' is not one of [\(cases.joined(separator: ", "))]"))
            }
            return stored(.enumCase, Int64(strings.intern(text)))
        default: return wrong()
        }
    }

    /// The expression value of a stored attribute.
    func value(of attribute: StoredAttribute, strings: StringTable) -> Value {
        switch attribute.kind {
        case .int: .int(attribute.bits)
        case .number: .number(Double(bitPattern: UInt64(bitPattern: attribute.bits)))
        case .bool: .bool(attribute.bits != 0)
        case .string: .string(strings[Int32(truncatingIfNeeded: attribute.bits)])
        case .enumCase: .enumCase(strings[Int32(truncatingIfNeeded: attribute.bits)])
        }
    }

    /// Whether `text` is digits, after an optional sign (a whole number, whatever its size).
    private static func isWholeNumber(_ text: Substring) -> Bool {
        let digits = text.utf8.first == UInt8(ascii: "-") || text.utf8.first == UInt8(ascii: "+") ? text.utf8.dropFirst() : text.utf8[...]
        return !digits.isEmpty && digits.allSatisfy { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }
    }

    private static func describe(_ type: FieldType) -> String {
        switch type {
        case .int: "an integer"
        case .number: "a number"
        case .string: "a string"
        case .bool: "true or false"
        case .enumeration(let cases): "one of [\(cases.joined(separator: ", "))]"
        }
    }

    private static func describe(_ value: JSONScalar) -> String {
        switch value {
        case .string(let text): "'\(text)'"
        case .int(let v): String(v)
        case .number(let v): String(v)
        case .largeInteger(let written): written
        case .bool(let v): v ? "true" : "false"
        case .null: "null"
        case .composite: "an object or array"
        }
    }
}
