/// Interns strings to dense `Int32` ids so events store numbers, not text.
struct StringTable: Sendable {
    private var ids: [String: Int32] = [:]
    /// Strings by id.
    private(set) var strings: [String] = []

    /// The id of `text`, adding it when new.
    mutating func intern(_ text: String) -> Int32 {
        if let id = ids[text] { return id }
        let id = Int32(truncatingIfNeeded: strings.count)
        strings.append(text)
        ids[text] = id
        return id
    }

    /// The id of `text` if it has been interned.
    func id(of text: String) -> Int32? { ids[text] }

    /// The string with `id`.
    subscript(id: Int32) -> String { strings[Int(id)] }

    /// How many strings are interned.
    var count: Int { strings.count }
}
