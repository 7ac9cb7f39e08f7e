/// One event line as the checker keeps it: 40 bytes, strings interned, payload pooled.
struct LeadEvent: Sendable {
    /// Milliseconds since 1970-01-01T00:00:00Z.
    var timestamp: Int64
    /// The line's position in read order (files in the order given, then lines).
    var sequence: Int32
    /// The interned lead id.
    var lead: Int32
    /// The kind of event.
    var kind: EventKind
    /// The kind's one text value: the activity's index (`activity`), or the interned `channel`
    /// (`touch`), `to` (`assigned`) or `reason`; see `Payload` for the special values.
    var text: Int32
    /// The interned `by`, or `Payload.none`.
    var actor: Int32
    /// First entry of the event's `set` (in `EventLog.attributes`) or `context` (in `EventLog.context`).
    var payloadStart: Int32
    /// How many entries.
    var payloadCount: UInt16
    /// Index of the file in `EventLog.files`.
    var file: UInt16
    /// 1-based line in that file.
    var line: Int32

    /// Special values of `text` and `actor`.
    enum Payload {
        /// Absent, null or blank.
        static let none: Int32 = -1
        /// Present but not a string (a `reason` that is a number, say).
        static let notText: Int32 = -2
    }
}
