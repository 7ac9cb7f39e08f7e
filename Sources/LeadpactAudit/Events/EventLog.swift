/// Every event read from the event files, in read order, with the pools its payloads
/// point into and the problems found on the way.
struct EventLog: Sendable {
    /// The event files, in the order given.
    var files: [String] = []
    /// Good events read into this log, in read order (an event's index is its place in that
    /// order).
    var events: [LeadEvent] = []
    /// The events of the logs absorbed (see `absorb`), in this log's ids: the read order goes
    /// on from `events` through these runs, one after the other.
    var absorbedEvents: [[LeadEvent]] = []
    /// `set` entries of profile and sql events.
    var attributes: [StoredAttribute] = []
    /// `context` entries of mql events.
    var context: [ContextEntry] = []
    /// Interned texts: channels, assignees, actors, reasons, attribute strings, context.
    var strings = StringTable()
    /// Interned lead ids (dense, so leads can be bucketed).
    var leads = StringTable()
    /// Lines read, good and bad.
    var lines = 0
    /// Lines rejected.
    var badLines = 0
    /// Bad lines and other input problems, in read order.
    var issues: [InputIssue] = []

    /// Hands over the events in runs whose concatenation is the read order, leaving none here
    /// (so they can be regrouped without a copy).
    mutating func takeEvents() -> [[LeadEvent]] {
        defer {
            events = []
            absorbedEvents = []
        }
        return [events] + absorbedEvents
    }

    /// Drops the events, their payloads and the string tables, keeping the counts and issues.
    mutating func forgetEvents() {
        events = []
        absorbedEvents = []
        attributes = []
        context = []
        strings = StringTable()
        leads = StringTable()
    }

    /// Records a bad line.
    mutating func reject(file: Int, line: Int, _ message: String) {
        badLines += 1
        issues.append(InputIssue(file: files[file], line: line, message: message, isBadLine: true))
    }

    /// Records a problem that does not reject the line (a duplicate handoff, say).
    mutating func warn(file: Int, line: Int, _ message: String) {
        issues.append(InputIssue(file: files[file], line: line, message: message, isBadLine: false))
    }
}
