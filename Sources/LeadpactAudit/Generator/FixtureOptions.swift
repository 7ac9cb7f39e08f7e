public import LeadpactCalendar

/// What to generate: how many leads over how many weeks, from which Monday, with which seed.
public struct FixtureOptions: Hashable, Sendable {
    /// Leads first seen during the span (each may be handed off several times).
    public var leads: Int
    /// Length of the log in weeks.
    public var weeks: Int
    /// The PRNG seed: the same seed, contract and options give the same bytes.
    public var seed: UInt64
    /// The first day of the log (00:00 in the contract's time zone).
    public var start: LocalDate

    /// Creates options.
    public init(leads: Int, weeks: Int, seed: UInt64, start: LocalDate) {
        self.leads = leads
        self.weeks = weeks
        self.seed = seed
        self.start = start
    }
}

/// Figures about a generated log, for the command's summary and the fixtures' README.
public struct FixtureSummary: Hashable, Sendable {
    /// Leads created.
    public var leads: Int = 0
    /// Lines written, bad ones included.
    public var lines: Int = 0
    /// Bytes written.
    public var bytes: Int = 0
    /// Lines per `type` (bad lines under `bad`).
    public var linesByType: [String: Int] = [:]
    /// Deliberately malformed lines.
    public var badLines: Int = 0
    /// Sales reps in the simulated team.
    public var reps: Int = 0

    /// Creates an empty summary.
    public init() {}
}

/// Why a log cannot be generated for a contract.
public enum FixtureError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The contract declares no calendar for the reps to work on.
    case noCalendar
    /// A zone the contract names is unknown on this system.
    case unknownTimeZone(String)
    /// `leads` or `weeks` is not positive, or too large.
    case badSize(String)

    /// What went wrong and what to do, for the command line.
    public var description: String {
        switch self {
        case .noCalendar: "the contract has no calendars; add one under `calendars:` so the simulated reps have working hours"
        case .unknownTimeZone(let zone): "unknown time zone '\(zone)' on this system"
        case .badSize(let message): message
        }
    }
}
