/// Refusing a key given twice in one object: at the top level of a line, and inside `set` and
/// `context`. Keys are compared as text, escapes resolved (`"lead"` and `"le\u0061d"` are
/// one key).
extension JSONEventParser {
    /// Notes the key the reader ignores whose opening quote is at `start` (the cursor just
    /// past its closing quote), refusing it when the line has already given it.
    static func noteOtherKey(
        at start: Int, cursor: JSONCursor, keys: inout MemberKeys, fields: inout RawEventFields
    ) throws(JSONSyntaxError) {
        let text = start + 1..<cursor.position - 1
        let key: RawMember.Key = cursor.plainEnd(from: text.lowerBound) == text.upperBound
            ? .span(text) : .text(keyText(at: start, in: cursor.bytes))
        guard keys.insert(key, among: fields.otherKeys, in: cursor.bytes) else {
            throw duplicateKey(at: start, cursor: cursor)
        }
        fields.otherKeys.append(key)
    }

    /// The error for the key whose opening quote is at `start`, given a second time in the
    /// object `object` (`nil` for the line itself).
    static func duplicateKey(at start: Int, cursor: JSONCursor, in object: String? = nil) -> JSONSyntaxError {
        let name = keyText(at: start, in: cursor.bytes)
        return .duplicateKey(object.map { "\($0).\(name)" } ?? name, at: start)
    }

    /// The text of the string literal (a key already read once) whose opening quote is at `start`.
    private static func keyText(at start: Int, in bytes: UnsafeBufferPointer<UInt8>) -> String {
        var probe = JSONCursor(bytes)
        probe.position = start
        return (try? probe.readString()) ?? ""
    }
}

/// The keys of one object read so far, to tell whether a key comes again. A plain key is
/// first looked for in a 64-bit sketch of the plain keys before it (a bit for its length and
/// end bytes), so a new key is mostly told new without a comparison; the keys are compared one
/// by one when the sketch cannot tell, or once a key with escapes or non-ASCII text has come
/// (which may equal a plain one as Swift compares strings); past a few keys, through a set of
/// texts, so a line of many keys is still checked in linear time.
struct MemberKeys {
    private var sketch: UInt64 = 0
    private var hasText = false
    private var texts: Set<String>?
    /// How many keys are compared one by one before the set is built.
    private static let fewKeys = 16

    /// Adds `key`, whose object holds the keys `earlier` (all keys added before, in order);
    /// `false` when it is one of them. Spans are positions in `line`.
    mutating func insert(
        _ key: RawMember.Key, among earlier: [some MemberKeyed], in line: UnsafeBufferPointer<UInt8>
    ) -> Bool {
        if texts == nil {
            if earlier.count < Self.fewKeys {
                if case .span(let span) = key {
                    let bit = Self.sketchBit(of: span, in: line)
                    defer { sketch |= bit }
                    if sketch & bit == 0 && !hasText { return true }
                } else {
                    hasText = true
                }
                return !earlier.contains { Self.same($0.memberKey, key, in: line) }
            }
            texts = Set(earlier.map { Self.text(of: $0.memberKey, in: line) })
        }
        return texts?.insert(Self.text(of: key, in: line)).inserted ?? true
    }

    /// The sketch bit of a plain key: two plain keys of one text share it.
    @inline(__always)
    private static func sketchBit(of span: Range<Int>, in line: UnsafeBufferPointer<UInt8>) -> UInt64 {
        guard !span.isEmpty else { return 1 }
        let mix = span.count &* 31 &+ Int(line[span.lowerBound]) &* 7 &+ Int(line[span.upperBound - 1])
        return 1 << UInt64(mix & 63)
    }

    /// Whether two keys have the same text (plain spans by their bytes, other keys as Swift
    /// compares strings, as the contract's names are looked up).
    private static func same(_ a: RawMember.Key, _ b: RawMember.Key, in line: UnsafeBufferPointer<UInt8>) -> Bool {
        if case .span(let x) = a, case .span(let y) = b {
            return x.count == y.count && line[x].elementsEqual(line[y])
        }
        return text(of: a, in: line) == text(of: b, in: line)
    }

    private static func text(of key: RawMember.Key, in line: UnsafeBufferPointer<UInt8>) -> String {
        switch key {
        case .span(let span): String(decoding: UnsafeBufferPointer(rebasing: line[span]), as: UTF8.self)
        case .text(let text): text
        }
    }
}

/// A member of an object, or a key on its own: what `MemberKeys` compares keys with.
protocol MemberKeyed {
    var memberKey: RawMember.Key { get }
}

extension RawMember: MemberKeyed {
    var memberKey: Key { key }
}

extension RawMember.Key: MemberKeyed {
    var memberKey: Self { self }
}
