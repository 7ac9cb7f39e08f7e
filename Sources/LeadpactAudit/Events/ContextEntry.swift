/// One `context` entry of an `mql`: interned key and value (value text for non-strings).
struct ContextEntry: Sendable, Equatable {
    var key: Int32
    var value: Int32
}
