/// One `set` entry: a declared field and its typed value, 16 bytes.
struct StoredAttribute: Sendable, Equatable {
    /// The field's index in `EventSchema.fieldNames`.
    var field: Int16
    /// How `bits` is read.
    var kind: Kind
    /// The value: an Int64, a Double's bit pattern, 0/1, or an interned string id.
    var bits: Int64

    /// How a stored value is encoded.
    enum Kind: UInt8, Sendable {
        case int, number, bool, string, enumCase
    }
}
