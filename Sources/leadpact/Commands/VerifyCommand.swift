import ArgumentParser
import Foundation
import LeadpactContract
import LeadpactDiagnostics
import LeadpactSignoff

/// `leadpact verify CONTRACT [--trust FILE]`.
struct VerifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Check that both leaders signed the contract's current digest.",
        discussion: """
            Passes (exit 0) when marketing and sales each have a valid signature over the \
            current digest, by a key the trust file lists for that party. Otherwise prints what \
            is missing or wrong (LP5xx). See docs/signoff.md.

            EXAMPLES:
              leadpact verify contracts/acme-global.sla.yaml
              leadpact verify contracts/minimal.sla.yaml \\
                --trust contracts/trusted-keys.yaml

            Exit status: 0 both signed, 1 a signature is missing or wrong (or the contract \
            has errors), 2 usage error or a file that cannot be read.
            """
    )

    @Argument(help: "The contract file to verify.", completion: .yamlFile)
    var contract: String

    @Option(help: "The trust file (default: trusted-keys.yaml in the contract's directory).", completion: .yamlFile)
    var trust: String?

    func validate() throws {
        try ContractRevision(argument: contract).validate()
    }

    func run() throws {
        let compiled = try ContractRevision(argument: contract).compile()
        let subject = SignedSubject(contract: compiled.contract, digest: compiled.digest)
        let verification = SignoffVerifier.verify(subject, contractPath: contract, trustPath: trust)
        var sources = verification.sources
        sources[contract] = compiled.source
        ContractLoading.printDiagnostics(verification.diagnostics, sources: sources)
        if verification.diagnostics.contains(where: { SignoffDiagnostics.unreadableFileCodes.contains($0.code) }) {
            throw ExitCode(2)
        }
        guard verification.isComplete else { throw ExitCode(1) }
        var lines = ["verified \(subject.contractID) \(subject.version) (\(subject.digest))"]
        for party in Party.allCases {
            if let signature = verification.signatures[party] {
                let record = signature.record
                lines.append("  \(party.rawValue): \(signature.signer.name) (key \(record.keyID)), signed \(record.signedAt)")
            }
        }
        try StandardStreams.write(lines.map { TerminalText.escaped($0) }.joined(separator: "\n") + "\n")
    }
}
