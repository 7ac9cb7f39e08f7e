/// Interns strings to dense `Int32` ids so events store numbers, not text.
///
/// Strings are told apart by their exact UTF-8 bytes, not by Swift's canonical equivalence:
/// the brief compares reasons (and so lead ids, channels and keys) exactly as written, so
/// `café` spelt with a combining accent is not the reason `café` spelt with one scalar.
///
/// The table is keyed on bytes (an open-addressing hash table over one byte pool), so the
/// reader can intern a string straight from its line buffer and build a Swift `String` only
/// the first time a text is seen.
struct StringTable: Sendable {
    /// Strings by id.
    private(set) var strings: [String] = []
    /// The UTF-8 bytes of every string, back to back.
    private var pool: [UInt8] = []
    /// Where each string's bytes end in `pool` (they start where the previous one ends).
    private var ends: [Int] = []
    /// Each string's hash, so probes compare bytes only on a likely match and growing
    /// rehashes nothing.
    private var hashes: [Int] = []
    /// The hash table: id + 1 per slot, 0 for empty; its size is a power of two.
    private var slots: [Int32] = []

    /// The id of the text spelled by the UTF-8 `bytes`, adding it when new.
    ///
    /// Bytes that are not valid UTF-8 are interned as the repaired string (`U+FFFD` in place
    /// of each bad sequence), exactly as if the text had first been decoded into a `String`.
    mutating func intern(_ bytes: UnsafeBufferPointer<UInt8>) -> Int32 {
        if !Self.isASCII(bytes) {
            return intern(String(decoding: bytes, as: UTF8.self))
        }
        let hash = Self.hash(bytes)
        if let id = find(bytes, hash: hash) { return id }
        return add(String(decoding: bytes, as: UTF8.self), bytes, hash: hash)
    }

    /// The id of `text`, adding it when new.
    mutating func intern(_ text: String) -> Int32 {
        var utf8 = text
        return utf8.withUTF8 { bytes in
            let hash = Self.hash(bytes)
            if let id = find(bytes, hash: hash) { return id }
            return add(text, bytes, hash: hash)
        }
    }

    /// The id of `text` if it has been interned.
    func id(of text: String) -> Int32? {
        var text = text
        return text.withUTF8 { find($0, hash: Self.hash($0)) }
    }

    /// The string with `id`.
    subscript(id: Int32) -> String { strings[Int(id)] }

    /// How many strings are interned.
    var count: Int { strings.count }

    private func find(_ bytes: UnsafeBufferPointer<UInt8>, hash: Int) -> Int32? {
        guard !slots.isEmpty else { return nil }
        return slots.withUnsafeBufferPointer { slots in
            let mask = slots.count - 1
            var slot = hash & mask
            while true {
                let entry = slots[slot]
                if entry == 0 { return nil }
                let id = Int(entry - 1)
                if hashes[id] == hash && spells(id, bytes) { return entry - 1 }
                slot = (slot + 1) & mask
            }
        }
    }

    private mutating func add(_ text: String, _ bytes: UnsafeBufferPointer<UInt8>, hash: Int) -> Int32 {
        let id = strings.count
        strings.append(text)
        pool.append(contentsOf: bytes)
        ends.append(pool.count)
        hashes.append(hash)
        if (id + 1) * 4 > slots.count * 3 {
            rebuild(size: max(64, slots.count * 2))
        } else {
            place(id)
        }
        return Int32(truncatingIfNeeded: id)
    }

    private func spells(_ id: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = id == 0 ? 0 : ends[id - 1]
        guard ends[id] - start == bytes.count else { return false }
        return pool.withUnsafeBufferPointer { pool in
            for offset in 0..<bytes.count where pool[start + offset] != bytes[offset] { return false }
            return true
        }
    }

    private mutating func rebuild(size: Int) {
        slots = [Int32](repeating: 0, count: size)
        for id in strings.indices { place(id) }
    }

    private mutating func place(_ id: Int) {
        let mask = slots.count - 1
        var slot = hashes[id] & mask
        while slots[slot] != 0 { slot = (slot + 1) & mask }
        slots[slot] = Int32(truncatingIfNeeded: id + 1)
    }

    private static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        for byte in bytes where byte >= 0x80 { return false }
        return true
    }

    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var hasher = Hasher()
        hasher.combine(bytes: UnsafeRawBufferPointer(bytes))
        return hasher.finalize()
    }
}
