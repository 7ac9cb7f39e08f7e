import CPrefetch

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
    /// Each string's hash, so growing the table rehashes no text.
    private var hashes: [Int] = []
    /// The hash table, its size a power of two.
    private var slots: [Slot] = []
    /// `processSeed`, kept here so hashing does not go through a global's lazy start-up.
    private let seed = Self.processSeed

    /// One hash table entry: `key` is 0 for an empty slot, else `check(hash, count)` above
    /// id + 1; `head` is the text's first eight bytes (see `head(_:)`).
    fileprivate struct Slot {
        var key: UInt64
        var head: UInt64
    }

    /// The id of the text spelled by the UTF-8 `bytes`, adding it when new.
    ///
    /// Bytes that are not valid UTF-8 are interned as the repaired string (`U+FFFD` in place
    /// of each bad sequence), exactly as if the text had first been decoded into a `String`.
    mutating func intern(_ bytes: UnsafeBufferPointer<UInt8>) -> Int32 {
        if !Self.isASCII(bytes) {
            return intern(String(decoding: bytes, as: UTF8.self))
        }
        let hash = self.hash(bytes)
        if let id = find(bytes, hash: hash) { return id }
        return add(String(decoding: bytes, as: UTF8.self), bytes, hash: hash)
    }

    /// Where this table's slots lie now, for warming one before a lookup.
    var hint: SlotHint {
        SlotHint(
            slots: slots.isEmpty ? nil : slots.withUnsafeBytes { UnsafeRawPointer($0.baseAddress) },
            mask: max(0, slots.count - 1), seed: seed)
    }

    /// What a reader needs to warm a table's slot before it looks a text up: where the slots
    /// lie and the hash seed. It is only ever a prefetch hint, never read through (once the
    /// table grows it points at memory the table no longer uses), and it holds no reference,
    /// so passing it costs nothing.
    struct SlotHint: @unchecked Sendable {
        fileprivate let slots: UnsafeRawPointer?
        fileprivate let mask: Int
        fileprivate let seed: UInt64

        /// The hash `intern` would compute for `bytes`, after asking the processor to start
        /// loading the slot the table will look at first: a reader calls this as soon as it has
        /// a lead id and interns it (`intern(_:hash:)`) once the rest of the line is read, so
        /// the slot's cache miss overlaps that work.
        func warm(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
            let hash = StringTable.hash(bytes, seed: seed)
            warm(hash: hash)
            return hash
        }

        /// Asks the processor to start loading the first slot a text of `hash` is looked for in.
        func warm(hash: Int) {
            if let slots { leadpact_prefetch(slots + (hash & mask) * MemoryLayout<Slot>.stride) }
        }
    }

    /// `intern(_:)` for ASCII `bytes` whose `hash` came from `SlotHint.warm(_:)`.
    mutating func intern(_ bytes: UnsafeBufferPointer<UInt8>, hash: Int) -> Int32 {
        guard Self.isASCII(bytes) else { return intern(bytes) }
        if let id = find(bytes, hash: hash) { return id }
        return add(String(decoding: bytes, as: UTF8.self), bytes, hash: hash)
    }

    /// The id of `text`, adding it when new.
    mutating func intern(_ text: String) -> Int32 {
        var utf8 = text
        return utf8.withUTF8 { bytes in
            let hash = self.hash(bytes)
            if let id = find(bytes, hash: hash) { return id }
            return add(text, bytes, hash: hash)
        }
    }

    /// The id of `text` if it has been interned.
    func id(of text: String) -> Int32? {
        var text = text
        return text.withUTF8 { find($0, hash: hash($0)) }
    }

    /// The id of the text spelled by the UTF-8 `bytes` if it has been interned.
    func id(of bytes: UnsafeBufferPointer<UInt8>) -> Int32? {
        guard Self.isASCII(bytes) else { return id(of: String(decoding: bytes, as: UTF8.self)) }
        return find(bytes, hash: hash(bytes))
    }

    /// The ids in `target` of every string here, by id, adding the ones `target` lacks in
    /// the order they were added here. Each text is found by the hash kept here (tables share
    /// the process's seed), its slot in `target` warmed a few texts ahead.
    func ids(in target: inout StringTable) -> [Int32] {
        let ahead = 16
        return pool.withUnsafeBufferPointer { pool in
            strings.indices.map { id in
                if id + ahead < hashes.count { target.hint.warm(hash: hashes[id + ahead]) }
                let bytes = UnsafeBufferPointer(rebasing: pool[(id == 0 ? 0 : ends[id - 1])..<ends[id]])
                if let found = target.find(bytes, hash: hashes[id]) { return found }
                return target.add(strings[id], bytes, hash: hashes[id])
            }
        }
    }

    /// The string with `id`.
    subscript(id: Int32) -> String { strings[Int(id)] }

    /// How many strings are interned.
    var count: Int { strings.count }

    private func find(_ bytes: UnsafeBufferPointer<UInt8>, hash: Int) -> Int32? {
        guard !slots.isEmpty else { return nil }
        let check = Self.check(hash, count: bytes.count)
        let head = Self.head(bytes)
        return slots.withUnsafeBufferPointer { slots in
            let mask = slots.count - 1
            var slot = hash & mask
            while true {
                let entry = slots[slot]
                if entry.key == 0 { return nil }
                if entry.key >> 32 == check, entry.head == head {
                    let id = Int32(truncatingIfNeeded: entry.key & 0xFFFF_FFFF) - 1
                    if bytes.count <= 8 || spells(Int(id), bytes) { return id }
                }
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
        slots = [Slot](repeating: Slot(key: 0, head: 0), count: size)
        for id in strings.indices { place(id) }
    }

    private mutating func place(_ id: Int) {
        let start = id == 0 ? 0 : ends[id - 1]
        let slot = pool.withUnsafeBufferPointer { pool in
            let bytes = UnsafeBufferPointer(rebasing: pool[start..<ends[id]])
            return Slot(key: Self.check(hashes[id], count: bytes.count) << 32 | UInt64(id + 1), head: Self.head(bytes))
        }
        let mask = slots.count - 1
        var index = hashes[id] & mask
        while slots[index].key != 0 { index = (index + 1) & mask }
        slots[index] = slot
    }

    /// What a slot keeps to rule out a mismatch without reading the pool: the high 24 bits
    /// of the hash (the slot index uses the low ones) above the length, capped at 255.
    private static func check(_ hash: Int, count: Int) -> UInt64 {
        UInt64(UInt(bitPattern: hash) >> 40) << 8 | UInt64(min(count, 255))
    }

    /// The first eight bytes of a text, zero-padded; with the length it is the whole text
    /// when that is at most eight bytes long (a typical lead id), so no pool read is needed.
    private static func head(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var head: UInt64 = 0
        for offset in 0..<min(bytes.count, 8) { head |= UInt64(bytes[offset]) << UInt64(offset * 8) }
        return head
    }

    private static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        for byte in bytes where byte >= 0x80 { return false }
        return true
    }

    /// A per-process random seed, so hashes differ from run to run like Swift's own.
    private static let processSeed = UInt64(truncatingIfNeeded: Hasher().finalize())

    /// A fast seeded hash of short texts: eight bytes at a time, each word mixed in by a
    /// multiply and a shift, then a final avalanche.
    private func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        Self.hash(bytes, seed: seed)
    }

    /// `hash(_:)` with the seed given.
    fileprivate static func hash(_ bytes: UnsafeBufferPointer<UInt8>, seed: UInt64) -> Int {
        let raw = UnsafeRawBufferPointer(bytes)
        var hash = seed ^ (UInt64(raw.count) &* 0x9E37_79B9_7F4A_7C15)
        var offset = 0
        while offset + 8 <= raw.count {
            hash = (hash ^ raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) &* 0xFF51_AFD7_ED55_8CCD
            hash ^= hash >> 29
            offset += 8
        }
        var tail: UInt64 = 0
        var shift: UInt64 = 0
        while offset < raw.count {
            tail |= UInt64(raw[offset]) << shift
            shift += 8
            offset += 1
        }
        hash = (hash ^ tail) &* 0xC4CE_B9FE_1A85_EC53
        hash ^= hash >> 32
        hash = hash &* 0xFF51_AFD7_ED55_8CCD
        hash ^= hash >> 29
        return Int(truncatingIfNeeded: hash)
    }
}
