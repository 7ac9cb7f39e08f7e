/// One event line as the checker keeps it: 32 bytes, strings interned, payload pooled.
/// Its position in `EventLog.events` is its read order (files in the order given, then lines);
/// `LeadOrdering` regroups the events by lead.
struct LeadEvent: Sendable, Equatable {
    /// Milliseconds since 1970-01-01T00:00:00Z.
    var timestamp: Int64
    /// The interned lead id.
    var lead: Int32
    /// The kind's one text value: the activity's index (`activity`), or the interned `channel`
    /// (`touch`), `to` (`assigned`) or `reason`; see `Payload` for the special values.
    var text: Int32
    /// The interned `by`, or `Payload.none`.
    var actor: Int32
    /// First entry of the event's `set` (in `EventLog.attributes`) or `context` (in `EventLog.context`).
    var payloadStart: Int32
    /// 1-based line in its file.
    var line: Int32
    /// How many payload entries.
    var payloadCount: UInt16
    /// The file index (high 12 bits) and the kind (low 4 bits), packed to keep events small.
    private let fileAndKind: UInt16

    /// The most event files one audit reads (the file index has 12 bits).
    static let maximumFiles = 4096

    /// An event; `file` must be below `maximumFiles`.
    init(
        timestamp: Int64, lead: Int32, kind: EventKind, text: Int32, actor: Int32,
        payloadStart: Int32, payloadCount: UInt16, file: Int, line: Int32
    ) {
        self.timestamp = timestamp
        self.lead = lead
        self.text = text
        self.actor = actor
        self.payloadStart = payloadStart
        self.payloadCount = payloadCount
        self.line = line
        fileAndKind = UInt16(truncatingIfNeeded: file) << 4 | UInt16(kind.rawValue)
    }

    /// The kind of event.
    var kind: EventKind { EventKind(rawValue: UInt8(fileAndKind & 0xF)) ?? .profile }

    /// Index of the file in `EventLog.files`.
    var file: Int { Int(fileAndKind >> 4) }

    /// Whether this event comes before `other` in the brief's per-lead order: by timestamp,
    /// ties in read order (files in the order given, then line; no two events share both).
    func precedes(_ other: LeadEvent) -> Bool {
        if timestamp != other.timestamp { return timestamp < other.timestamp }
        if fileAndKind >> 4 != other.fileAndKind >> 4 { return fileAndKind >> 4 < other.fileAndKind >> 4 }
        return line < other.line
    }

    /// Special values of `text` and `actor`.
    enum Payload {
        /// Absent, null or blank.
        static let none: Int32 = -1
        /// Present but not a string (a `reason` that is a number, say).
        static let notText: Int32 = -2
    }
}
