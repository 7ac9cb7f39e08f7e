import LeadpactDiagnostics

/// The catalogue of sign-off and version diagnostics (`LP5xx`). docs/diagnostics-signoff.md
/// lists each with an example.
public enum SignoffDiagnostics {
    /// Every code this module reports, with a one-line meaning.
    public static let catalogue: [(code: String, meaning: String)] = [
        ("LP500", "the sign-off file exists but cannot be read"),
        ("LP501", "the sign-off file is malformed (an entry misses a key, has an unknown key or a bad value)"),
        ("LP502", "a party has no signature at all"),
        ("LP503", "a signature covers another version or digest than the current contract (stale)"),
        ("LP504", "a signature was made by a key the trust file does not list"),
        ("LP505", "a signature was made by a key the trust file lists for the other party"),
        ("LP506", "a signature does not verify: the entry was edited or copied"),
        ("LP507", "a signature is for another contract"),
        ("LP508", "the trust file cannot be read"),
        ("LP509", "the trust file is malformed"),
        ("LP510", "the contract's meaning changed but its version did not"),
        ("LP511", "the contract's version changed but its meaning did not"),
        ("LP512", "the contract's meaning changed and its version went down or stayed below the old one"),
        ("LP513", "the trust file lists one key under both parties"),
        ("LP514", "the two parties' signatures were made with one key"),
    ]

    /// The codes that mean a file could not be read at all (the commands exit 2 for them).
    public static let unreadableFileCodes: Set<String> = ["LP500", "LP508"]

    /// An error diagnostic with an `LP5xx` code.
    static func make(
        _ code: String, _ message: String, file: String, range: SourceRange? = nil,
        notes: [DiagnosticNote] = [], severity: Severity = .error
    ) -> Diagnostic {
        Diagnostic(code: code, severity: severity, message: message, file: file, range: range, notes: notes)
    }
}
