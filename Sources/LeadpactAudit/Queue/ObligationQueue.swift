public import Foundation
public import LeadpactCalendar

/// What is owed at one instant: the obligations already past due and unmet (breaching) and
/// those still open, each with its time left in business and in wall time.
public struct ObligationQueue: Hashable, Sendable {
    /// The contract checked.
    public var contract: AuditedContract
    /// The instant the queue is taken at.
    public var at: Date
    /// The window the open list is limited to, if any.
    public var within: QueueWindow?
    /// Obligations past due and unmet whose lead still waits, most urgent first.
    public var breaching: [QueueItem]
    /// Obligations open at `at` (within `within`), most urgent first.
    public var open: [QueueItem]
    /// What was read.
    public var input: InputSummary

    /// Creates a queue.
    public init(
        contract: AuditedContract, at: Date, within: QueueWindow?, breaching: [QueueItem], open: [QueueItem],
        input: InputSummary
    ) {
        self.contract = contract
        self.at = at
        self.within = within
        self.breaching = breaching
        self.open = open
        self.input = input
    }

    /// The queue by owner: owners with a breaching obligation first, then by their most
    /// urgent obligation, then by name.
    public var owners: [OwnerQueue] {
        var byOwner: [String: OwnerQueue] = [:]
        for item in breaching { byOwner[item.owner, default: OwnerQueue(owner: item.owner, breaching: [], open: [])].breaching.append(item) }
        for item in open { byOwner[item.owner, default: OwnerQueue(owner: item.owner, breaching: [], open: [])].open.append(item) }
        return byOwner.values.sorted { a, b in
            if a.breaching.isEmpty != b.breaching.isEmpty { return !a.breaching.isEmpty }
            let first = (a.breaching.first ?? a.open.first)?.due ?? .distantFuture
            let second = (b.breaching.first ?? b.open.first)?.due ?? .distantFuture
            return first != second ? first < second : a.owner < b.owner
        }
    }
}

/// `--within DURATION`: the open obligations falling due within it of the queue's instant.
public struct QueueWindow: Hashable, Sendable {
    /// The duration as written, e.g. `4 business hours`.
    public var text: String
    /// The duration: wall-clock, or business time on each obligation's calendar.
    public var duration: SLADuration

    /// Creates a window.
    public init(text: String, duration: SLADuration) {
        self.text = text
        self.duration = duration
    }
}
