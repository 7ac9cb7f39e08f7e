/// Why an audit could not produce a report.
public enum AuditError: Error, CustomStringConvertible, Sendable, Equatable {
    /// An event file could not be opened or read.
    case unreadableFile(path: String, reason: String)
    /// `strict` was set and some lines were bad; the issues list them.
    case badLines(count: Int, issues: [InputIssue])
    /// More event files than one audit reads (`LeadEvent.maximumFiles`).
    case tooManyFiles(count: Int, limit: Int)
    /// The contract names a time zone this system does not know.
    case unknownTimeZone(String)

    /// A one-line explanation with what to do.
    public var description: String {
        switch self {
        case .unreadableFile(let path, let reason):
            "cannot read event file '\(path)': \(reason)"
        case .badLines(let count, _):
            "\(count) bad event line\(count == 1 ? "" : "s") (--strict): fix or remove them, or run without --strict"
        case .tooManyFiles(let count, let limit):
            "\(count) event files given; at most \(limit) are read at once: concatenate some of them"
        case .unknownTimeZone(let zone):
            "unknown time zone '\(zone)' in the contract"
        }
    }
}
