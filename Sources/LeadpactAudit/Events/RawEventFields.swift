import LeadpactCalendar

/// The top-level keys of one line as read, before they are checked against the contract.
/// One instance is reused for every line, keeping its storage.
struct RawEventFields {
    /// `ts` already read as milliseconds (the fast path for a well-formed timestamp); when
    /// set, `ts` is nil.
    var tsMillis: Int64?
    var ts: JSONScalar?
    var lead: JSONScalar?
    /// `lead` written as plain text: where it lies in `line` (then `lead` is nil), so it is
    /// interned straight from the line's bytes.
    var leadText: Range<Int>?
    /// `StringTable.SlotHint.warm`'s hash of the `leadText` bytes.
    var leadHash = 0
    /// The line `leadText` points into; valid only while that line is being read.
    var line = UnsafeBufferPointer<UInt8>(start: nil, count: 0)
    var type: JSONScalar?
    /// `type` when it spells a known kind (then `type` is nil).
    var kind: EventKind?
    var activity: JSONScalar?
    /// `activity` written as plain text: where it lies in `line` (then `activity` is nil).
    var activityText: Range<Int>?
    var to: JSONScalar?
    var by: JSONScalar?
    /// `by` written as plain text: where it lies in `line` (then `by` is nil).
    var byText: Range<Int>?
    var channel: JSONScalar?
    /// `channel` written as plain text: where it lies in `line` (then `channel` is nil).
    var channelText: Range<Int>?
    var reason: JSONScalar?
    /// Whether `set` was given as an object.
    var hasSet = false
    /// `set` was present (not null) but not an object.
    var setNotObject = false
    /// The `set` entries, when `hasSet`.
    var setEntries: [RawMember] = []
    /// Whether `context` was given as an object.
    var hasContext = false
    /// `context` was present (not null) but not an object.
    var contextNotObject = false
    /// The `context` entries, when `hasContext`.
    var contextEntries: [RawMember] = []
    /// The keys of the line the reader ignores, in order (to refuse one given twice).
    var otherKeys: [RawMember.Key] = []
    /// Values came from CSV cells: `set` strings are typed by the field's declared type.
    var untypedText = false
    /// The last date a timestamp was read on (kept from line to line).
    var dayMemo = RFC3339.DayMemo()

    /// Clears every key, keeping storage for the next line.
    mutating func reset(untypedText: Bool) {
        // Values that hold text are released only when set (most lines set none of them).
        if ts != nil { ts = nil }
        if lead != nil { lead = nil }
        if type != nil { type = nil }
        if activity != nil { activity = nil }
        if to != nil { to = nil }
        if by != nil { by = nil }
        if channel != nil { channel = nil }
        if reason != nil { reason = nil }
        tsMillis = nil; leadText = nil; kind = nil; activityText = nil; byText = nil; channelText = nil
        hasSet = false; setNotObject = false
        if !setEntries.isEmpty { setEntries.removeAll(keepingCapacity: true) }
        hasContext = false; contextNotObject = false
        if !contextEntries.isEmpty { contextEntries.removeAll(keepingCapacity: true) }
        if !otherKeys.isEmpty { otherKeys.removeAll(keepingCapacity: true) }
        self.untypedText = untypedText
    }

    /// The bytes of `span` in `line`.
    func bytes(_ span: Range<Int>) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(rebasing: line[span])
    }

    /// A member's key as text.
    func key(of member: RawMember) -> String {
        switch member.key {
        case .span(let span): String(decoding: bytes(span), as: UTF8.self)
        case .text(let text): text
        }
    }

    /// A member's value as a scalar.
    func value(of member: RawMember) -> JSONScalar {
        switch member.value {
        case .span(let span): .string(String(decoding: bytes(span), as: UTF8.self))
        case .scalar(let value): value
        }
    }
}

/// One member of a `set` or `context` object as read. Plain ASCII texts (no escapes, not
/// blank) are kept as where they lie in the line, so they can be looked up and interned
/// straight from its bytes.
struct RawMember {
    enum Key {
        case span(Range<Int>)
        case text(String)
    }

    enum Value {
        /// A string value of plain ASCII text, never blank.
        case span(Range<Int>)
        case scalar(JSONScalar)
    }

    var key: Key
    var value: Value

    /// Whether the value counts as absent (see `JSONScalar.isAbsent`).
    var isAbsent: Bool {
        if case .scalar(let value) = value { return value.isAbsent }
        return false
    }
}
