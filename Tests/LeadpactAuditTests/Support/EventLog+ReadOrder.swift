@testable import LeadpactAudit

extension EventLog {
    /// Every event of the log in read order: its own, then each absorbed run's.
    var eventsInReadOrder: [LeadEvent] { events + absorbedEvents.joined() }
}
