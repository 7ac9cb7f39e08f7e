public import LeadpactContract
public import LeadpactDiagnostics

/// The verdict on a contract's sign-offs: the valid signature of each party that has one,
/// and a diagnostic for everything missing or wrong.
public struct SignoffVerification: Sendable {
    /// What had to be signed.
    public var subject: SignedSubject
    /// The latest valid signature of each party that has one, with the trusted key that made it.
    public var signatures: [Party: VerifiedSignature]
    /// Everything missing or wrong (`LP5xx`, and `LP1xx` from reading the files), in report order.
    public var diagnostics: [Diagnostic]
    /// The texts of the sign-off and trust files, by path, for renderers.
    public var sources: [String: SourceFile]

    /// Creates a verdict.
    public init(
        subject: SignedSubject, signatures: [Party: VerifiedSignature], diagnostics: [Diagnostic],
        sources: [String: SourceFile]
    ) {
        self.subject = subject
        self.signatures = signatures
        self.diagnostics = diagnostics
        self.sources = sources
    }

    /// Whether both parties have a valid signature and nothing is in error.
    public var isComplete: Bool {
        Party.allCases.allSatisfy { signatures[$0] != nil } && !diagnostics.contains { $0.severity == .error }
    }
}
