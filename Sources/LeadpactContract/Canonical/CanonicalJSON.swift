/// A JSON value as the compiled rules hold it, written deterministically by `CanonicalJSONWriter`.
///
/// Objects are dictionaries: the writer always sorts their keys, so no code that builds a value
/// can influence the order. Integers and decimals are separate cases so that a count never
/// prints with a decimal point.
public indirect enum CanonicalJSON: Hashable, Sendable {
    /// `null`: a value the contract does not state.
    case null
    /// `true` or `false`.
    case bool(Bool)
    /// A whole number, printed without a decimal point or exponent.
    case int(Int64)
    /// A decimal number, printed in its shortest round-trip form (non-finite values print as `null`).
    case number(Double)
    /// Text, escaped as `CanonicalJSONWriter` describes.
    case string(String)
    /// A list, written in the order given (sets are sorted before they get here).
    case array([CanonicalJSON])
    /// An object; its keys are written in ascending order of their UTF-8 bytes.
    case object([String: CanonicalJSON])

    /// A whole number from any integer type (values beyond `Int64` saturate, which no contract reaches).
    public static func integer(_ value: some BinaryInteger) -> CanonicalJSON {
        .int(Int64(clamping: value))
    }

    /// A string, or `null` when absent.
    public static func optional(_ value: String?) -> CanonicalJSON {
        value.map { .string($0) } ?? .null
    }

    /// A list of strings whose order carries no meaning: sorted by UTF-8 bytes, duplicates removed.
    public static func stringSet(_ values: some Sequence<String>) -> CanonicalJSON {
        let unique = Set(values).sorted(by: CanonicalJSON.utf8Ascending)
        return .array(unique.map { .string($0) })
    }

    /// A list of values whose order carries no meaning: sorted by their compact canonical text,
    /// duplicates removed.
    public static func valueSet(_ values: [CanonicalJSON]) -> CanonicalJSON {
        .array(sortedUnique(values))
    }

    /// `values` sorted by their compact canonical text, duplicates removed.
    public static func sortedUnique(_ values: [CanonicalJSON]) -> [CanonicalJSON] {
        var seen = Set<String>()
        let keyed = values.compactMap { value -> (String, CanonicalJSON)? in
            let text = CanonicalJSONWriter.compact.write(value)
            return seen.insert(text).inserted ? (text, value) : nil
        }
        return keyed.sorted { utf8Ascending($0.0, $1.0) }.map(\.1)
    }

    /// A list of values whose order carries no meaning but whose repetitions do (each one counts):
    /// sorted by their compact canonical text, duplicates kept.
    public static func valueBag(_ values: [CanonicalJSON]) -> CanonicalJSON {
        let keyed = values.map { (CanonicalJSONWriter.compact.write($0), $0) }
        return .array(keyed.sorted { utf8Ascending($0.0, $1.0) }.map(\.1))
    }

    /// The order the writer uses for object keys and sets: ascending UTF-8 bytes (Unicode scalar order).
    public static func utf8Ascending(_ lhs: String, _ rhs: String) -> Bool {
        lhs.utf8.lexicographicallyPrecedes(rhs.utf8)
    }
}
