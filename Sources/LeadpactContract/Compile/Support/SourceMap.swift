import LeadpactCalendar
import LeadpactDiagnostics

/// A contract path: the keys (and list indices) that lead from the top of the file to a
/// node, e.g. `["sales", "sequence", "touches"]` or `["marketing", "volume", "1"]`.
typealias ContractPath = [String]

/// Where the compiler found each key and value, by contract path, so that a semantic check
/// running on typed values can point back at the text it is about.
struct SourceMap {
    private var values: [ContractPath: SourceRange] = [:]
    private var keys: [ContractPath: SourceRange] = [:]

    /// Records where the value at `path` stands.
    mutating func recordValue(_ range: SourceRange, at path: ContractPath) {
        values[path] = range
    }

    /// Records where the key that introduces `path` stands.
    mutating func recordKey(_ range: SourceRange, at path: ContractPath) {
        keys[path] = range
    }

    /// The range of the value at `path`, if it was read.
    func value(_ path: String...) -> SourceRange? { values[path] }

    /// The range of the value at `path`, if it was read.
    func value(at path: ContractPath) -> SourceRange? { values[path] }

    /// The range of the key that introduces `path` (falling back to its value).
    func key(_ path: String...) -> SourceRange? { keys[path] ?? values[path] }

    /// The range of the key that introduces `path` (falling back to its value).
    func key(at path: ContractPath) -> SourceRange? { keys[path] ?? values[path] }
}
