public import LeadpactDiagnostics

/// A problem that stops `keys new` or `sign`: a file that cannot be read or written, or a key
/// file that is not one. Verification never throws; it reports diagnostics instead.
public enum SignoffError: Error, Equatable, CustomStringConvertible {
    /// The file could not be read.
    case unreadable(path: String, reason: String)
    /// The file could not be written.
    case unwritable(path: String, reason: String)
    /// `keys new` would overwrite an existing key file.
    case keyFileExists(path: String)
    /// The key file is not a leadpact signing key.
    case invalidKeyFile(path: String, location: SourceLocation?, message: String)
    /// The key file can be read by other users.
    case insecureKeyFile(path: String, mode: String)
    /// The key name cannot be used.
    case invalidKeyName(String)
    /// The existing sign-off file is malformed, so appending to it would make matters worse.
    case invalidSignoffFile(path: String, diagnostics: [Diagnostic])

    /// What went wrong and what to do, naming the file (and line and column where known).
    public var description: String {
        switch self {
        case .unreadable(let path, let reason):
            return "\(path): cannot read the file: \(reason)"
        case .unwritable(let path, let reason):
            return "\(path): cannot write the file: \(reason)"
        case .keyFileExists(let path):
            return "\(path): a key file already exists here; choose another --name or --out, or remove the old key"
        case .invalidKeyFile(let path, let location, let message):
            let place = location.map { "\(path):\($0.line):\($0.column)" } ?? path
            return "\(place): not a leadpact signing key: \(message) (create one with `leadpact keys new --name NAME`)"
        case .insecureKeyFile(let path, let mode):
            return "\(path): the private key is readable by other users (mode \(mode)); run `chmod 600 \(path)`"
        case .invalidKeyName(let name):
            return "invalid key name '\(name)': use letters, digits, '-', '_' or '.', at most 64, "
                + "not starting with '.' or '-'"
        case .invalidSignoffFile(let path, let diagnostics):
            let first = diagnostics.first.map { ": \($0.location.line):\($0.location.column): \($0.message)" } ?? ""
            return "\(path)\(first) — the sign-off file is malformed; fix it (or restore it from version control) "
                + "before signing again"
        }
    }
}
