/// Reads one JSONL line into `RawEventFields` without building a general JSON tree.
struct JSONEventParser {
    /// Parses `bytes` (one line, no newline) into `fields`, warming the lead table's slot of a
    /// plain lead id (see `StringTable.SlotHint`).
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
            while true {
                cursor.skipWhitespace()
                let key = try cursor.readKey()
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
            if fields.ts != nil { fields.ts = nil }
            fields.tsMillis = cursor.readTimestamp(memo: &fields.dayMemo)
            if fields.tsMillis == nil { fields.ts = try cursor.readScalar() }
        case .lead:
            if fields.lead != nil { fields.lead = nil }
            fields.leadText = cursor.readPlainText()
            if let span = fields.leadText {
                fields.leadHash = leads.warm(UnsafeBufferPointer(rebasing: cursor.bytes[span]))
            } else {
                fields.lead = try cursor.readScalar()
            }
        case .type:
            if fields.type != nil { fields.type = nil }
            fields.kind = cursor.readKind()
            if fields.kind == nil { fields.type = try cursor.readScalar() }
        case .activity:
            if fields.activity != nil { fields.activity = nil }
            fields.activityText = cursor.readPlainText()
            if fields.activityText == nil { fields.activity = try cursor.readScalar() }
        case .to: fields.to = try cursor.readScalar()
        case .by:
            if fields.by != nil { fields.by = nil }
            fields.byText = cursor.readPlainText()
            if fields.byText == nil { fields.by = try cursor.readScalar() }
        case .channel:
            if fields.channel != nil { fields.channel = nil }
            fields.channelText = cursor.readPlainText()
            if fields.channelText == nil { fields.channel = try cursor.readScalar() }
        case .reason: fields.reason = try cursor.readScalar()
        case .set:
            if !fields.setEntries.isEmpty { fields.setEntries.removeAll(keepingCapacity: true) }  // a repeated key
            fields.hasSet = false
            fields.setNotObject = false
            if cursor.current == UInt8(ascii: "{") {
                fields.hasSet = true
                try readObject(&cursor) { fields.setEntries.append($0) }
            } else {
                let value = try cursor.readScalar()
                fields.setNotObject = !value.isAbsent
            }
        case .context:
            if !fields.contextEntries.isEmpty { fields.contextEntries.removeAll(keepingCapacity: true) }  // a repeated key
            fields.hasContext = false
            fields.contextNotObject = false
            if cursor.current == UInt8(ascii: "{") {
                fields.hasContext = true
                try readObject(&cursor) { fields.contextEntries.append($0) }
            } else {
                let value = try cursor.readScalar()
                fields.contextNotObject = !value.isAbsent
            }
        case .other:
            _ = try cursor.readScalar()
        }
    }

    /// Reads a flat object's members (nested values come back as `.composite`), plain texts
    /// as spans of the line.
    private static func readObject(
        _ cursor: inout JSONCursor, _ add: (RawMember) -> Void
    ) throws(JSONSyntaxError) {
        cursor.position += 1
        cursor.skipWhitespace()
        if cursor.current == UInt8(ascii: "}") { cursor.position += 1; return }
        while true {
            cursor.skipWhitespace()
            let key: RawMember.Key
            if let span = cursor.readPlainText() { key = .span(span) } else { key = .text(try cursor.readString()) }
            try cursor.expect(UInt8(ascii: ":"), "':' after a key")
            cursor.skipWhitespace()
            let value: RawMember.Value
            if let span = cursor.readPlainText() { value = .span(span) } else { value = .scalar(try cursor.readScalar()) }
            add(RawMember(key: key, value: value))
            cursor.skipWhitespace()
            if cursor.current == UInt8(ascii: ",") { cursor.position += 1; continue }
            if cursor.current == UInt8(ascii: "}") { cursor.position += 1; return }
            throw cursor.fail("expected ',' or '}'")
        }
    }
}
