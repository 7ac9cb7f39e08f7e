import LeadpactDiagnostics

/// A failure that stops loading; its diagnostic explains why.
struct YAMLLoadingFailure: Error {
    /// The diagnostic to report.
    var diagnostic: Diagnostic
}
