import ArgumentParser
import LeadpactContract
import LeadpactDiagnostics
import LeadpactSignoff

extension CheckOptions {
    /// `--against` compares one contract with its earlier version, so it takes one contract;
    /// `--trust` only means something with `--require-signoff`.
    func validateSignoffOptions() throws {
        if let against {
            try ContractRevision(argument: against).validate()
            guard contracts.count == 1 else {
                throw ValidationError("--against compares one contract with its earlier version: name one contract")
            }
        }
        if trust != nil && !requireSignoff {
            throw ValidationError("--trust names the trust file for --require-signoff; add --require-signoff")
        }
    }

    /// The sign-off (`--require-signoff`) and version (`--against`) diagnostics of one compiled
    /// contract; the sign-off and trust files they quote are added to `sources`.
    func signoffDiagnostics(
        path: String, contract: Contract, source: SourceFile, sources: inout [String: SourceFile]
    ) throws -> [Diagnostic] {
        var found: [Diagnostic] = []
        if requireSignoff {
            let subject = SignedSubject(contract: contract, digest: contract.digest)
            let verification = SignoffVerifier.verify(subject, contractPath: path, trustPath: trust)
            found += verification.diagnostics
            sources.merge(verification.sources) { current, _ in current }
        }
        if let against {
            let earlier = ContractRevision(argument: against)
            found += VersionDiscipline.check(
                old: try earlier.compile().contract, new: contract, newPath: path, oldLabel: earlier.label,
                versionRange: VersionDiscipline.versionRange(in: source))
        }
        return found
    }
}
