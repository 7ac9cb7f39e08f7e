/// Reads one JSONL line into `RawEventFields` without building a general JSON tree.
struct JSONEventParser {
    /// Parses `bytes` (one line, no newline) into `fields`, warming the lead table's slot of a
    /// plain lead id (see `StringTable.SlotHint`). A key given twice in the line, or in its
    /// `set` or `context`, is refused (see `MemberKeys`).
    static func parse(
        _ bytes: UnsafeBufferPointer<UInt8>, into fields: inout RawEventFields,
        warming leads: StringTable.SlotHint = StringTable().hint
    ) throws(JSONSyntaxError) {
        fields.reset(untypedText: false)
        fields.line = bytes
        var cursor = JSONCursor(bytes)
        cursor.skipWhitespace()
        guard cursor.current == UInt8(ascii: "{") else { throw cursor.fail("expected a JSON object") }
        cursor.position += 1
        cursor.skipWhitespace()
        if cursor.current == UInt8(ascii: "}") {
            cursor.position += 1
        } else {
            var seen: UInt16 = 0  // the known keys read so far
            var otherKeys = MemberKeys()
            while true {
                cursor.skipWhitespace()
                let keyStart = cursor.position
                let key = try cursor.readKey()
                if key == .other {
                    try noteOtherKey(at: keyStart, cursor: cursor, keys: &otherKeys, fields: &fields)
                } else {
                    guard seen & key.bit == 0 else { throw duplicateKey(at: keyStart, cursor: cursor) }
                    seen |= key.bit
                }
                try cursor.expect(UInt8(ascii: ":"), "':' after a key")
                cursor.skipWhitespace()
                try readMember(key, cursor: &cursor, fields: &fields, leads: leads)
                cursor.skipWhitespace()
                if cursor.current == UInt8(ascii: ",") { cursor.position += 1; continue }
                if cursor.current == UInt8(ascii: "}") { cursor.position += 1; break }
                throw cursor.fail("expected ',' or '}'")
            }
        }
        cursor.skipWhitespace()
        guard cursor.atEnd else { throw cursor.fail("unexpected text after the object") }
    }

    private static func readMember(
        _ key: EventKey, cursor: inout JSONCursor, fields: inout RawEventFields, leads: StringTable.SlotHint
    ) throws(JSONSyntaxError) {
        switch key {
        case .ts:
            fields.tsMillis = cursor.readTimestamp(memo: &fields.dayMemo)
            if fields.tsMillis == nil { fields.ts = try cursor.readScalar() }
        case .lead:
            fields.leadText = cursor.readPlainText()
            if let span = fields.leadText {
                fields.leadHash = leads.warm(UnsafeBufferPointer(rebasing: cursor.bytes[span]))
            } else {
                fields.lead = try cursor.readScalar()
            }
        case .type:
            fields.kind = cursor.readKind()
            if fields.kind == nil { fields.type = try cursor.readScalar() }
        case .activity:
            fields.activityText = cursor.readPlainText()
            if fields.activityText == nil { fields.activity = try cursor.readScalar() }
        case .to: fields.to = try cursor.readScalar()
        case .by:
            fields.byText = cursor.readPlainText()
            if fields.byText == nil { fields.by = try cursor.readScalar() }
        case .channel:
            fields.channelText = cursor.readPlainText()
            if fields.channelText == nil { fields.channel = try cursor.readScalar() }
        case .reason: fields.reason = try cursor.readScalar()
        case .set:
            if cursor.current == UInt8(ascii: "{") {
                fields.hasSet = true
                try readObject(&cursor, named: "set", into: &fields.setEntries)
            } else {
                let value = try cursor.readScalar()
                fields.setNotObject = !value.isAbsent
            }
        case .context:
            if cursor.current == UInt8(ascii: "{") {
                fields.hasContext = true
                try readObject(&cursor, named: "context", into: &fields.contextEntries)
            } else {
                let value = try cursor.readScalar()
                fields.contextNotObject = !value.isAbsent
            }
        case .other:
            _ = try cursor.readScalar()
        }
    }

    /// Reads the members of the flat object `name` (nested values come back as `.composite`)
    /// into the empty `entries`, plain texts as spans of the line; a key given twice is refused.
    private static func readObject(
        _ cursor: inout JSONCursor, named name: String, into entries: inout [RawMember]
    ) throws(JSONSyntaxError) {
        cursor.position += 1
        cursor.skipWhitespace()
        if cursor.current == UInt8(ascii: "}") { cursor.position += 1; return }
        var keys = MemberKeys()
        while true {
            cursor.skipWhitespace()
            let keyStart = cursor.position
            let key: RawMember.Key
            if let span = cursor.readPlainText() { key = .span(span) } else { key = .text(try cursor.readString()) }
            guard keys.insert(key, among: entries, in: cursor.bytes) else {
                throw duplicateKey(at: keyStart, cursor: cursor, in: name)
            }
            try cursor.expect(UInt8(ascii: ":"), "':' after a key")
            cursor.skipWhitespace()
            let value: RawMember.Value
            if let span = cursor.readPlainText() { value = .span(span) } else { value = .scalar(try cursor.readScalar()) }
            entries.append(RawMember(key: key, value: value))
            cursor.skipWhitespace()
            if cursor.current == UInt8(ascii: ",") { cursor.position += 1; continue }
            if cursor.current == UInt8(ascii: "}") { cursor.position += 1; return }
            throw cursor.fail("expected ',' or '}'")
        }
    }
}
