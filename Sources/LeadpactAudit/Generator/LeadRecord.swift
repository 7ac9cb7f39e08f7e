/// A value written into a `set` object.
enum FixtureValue: Sendable {
    case int(Int)
    case number(Double)
    case text(String)
    case bool(Bool)
}

/// The `context` of one generated handoff.
struct HandoffContext: Sendable {
    /// Key → value; a `nil` value is written as an empty string (a defect marketing answers for).
    var entries: [(key: String, value: String?)]
}

/// Everything the writer needs to spell out a lead's compact events: its id, zone, and the
/// profile updates, SQL sets and handoff contexts its events point at. Dropped once its last
/// event is written.
final class LeadRecord {
    /// `L-` and a number.
    let id: String
    /// Index of the lead's working clock (its region's calendar), whose zone its timestamps use.
    let clock: Int
    var profileSets: [[(field: String, value: FixtureValue)]] = []
    var sqlSets: [[(field: String, value: FixtureValue)]] = []
    var contexts: [HandoffContext] = []
    /// Events queued and not yet written.
    var pendingEvents = 0

    init(id: String, clock: Int) {
        self.id = id
        self.clock = clock
    }
}
