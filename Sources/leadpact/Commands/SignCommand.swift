import ArgumentParser
import Foundation
import LeadpactContract
import LeadpactSignoff

/// `leadpact sign CONTRACT --party marketing|sales --key KEYFILE`.
struct SignCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sign",
        abstract: "Sign a contract's compiled digest for one party.",
        discussion: """
            Compiles the contract and appends a signature over its id, version, digest and the \
            party to the sign-off file beside it (acme.sla.yaml → acme.sla.signoff.yaml). \
            Commit that file; `leadpact verify` checks it against the trust file \
            (docs/signoff.md).

            EXAMPLES:
              leadpact keys new --name dana-lee -o keys
              leadpact sign contracts/minimal.sla.yaml --party marketing \\
                --key keys/dana-lee.key

            Exit status: 0 signed, 1 the contract has errors, 2 usage error or a file that \
            cannot be read or written.
            """
    )

    @Argument(help: "The contract file to sign.", completion: .yamlFile)
    var contract: String

    @Option(name: .customLong("party"), help: ArgumentHelp("The side you sign for.", valueName: "party"))
    var side: Party

    @Option(help: "Your private key file (from `leadpact keys new`).", completion: .keyFile)
    var key: String

    @Option(
        help: "The trust file to check your key against (default: trusted-keys.yaml beside the contract).",
        completion: .yamlFile)
    var trust: String?

    func validate() throws {
        try ContractRevision(argument: contract).validate()
    }

    func run() throws {
        let signingKey: SigningKey
        do {
            signingKey = try SigningKey.load(path: key)
        } catch let error as SignoffError {
            throw ContractRevision.failure(error.description)
        }
        let compiled = try ContractRevision(argument: contract).compile()
        let subject = SignedSubject(contract: compiled.contract, digest: compiled.digest)
        let target = SignoffFile.path(forContract: contract)
        do {
            let record = try SignoffRecord.sign(subject, party: side, key: signingKey, at: Date())
            try SignoffFile.append(record, toPath: target)
        } catch let error as SignoffError {
            throw ContractRevision.failure(error.description)
        }
        try StandardStreams.write("signed \(subject.contractID) \(subject.version) (\(subject.digest)) for \(side.rawValue) "
            + "as \(signingKey.name) (key \(signingKey.keyID))\n  → \(target)\n")
        let trustPath = trust ?? TrustedKeys.defaultPath(forContract: contract)
        let trusted = TrustedKeys.load(path: trustPath).keys(withID: signingKey.keyID)
        if !trusted.contains(where: { $0.party == side }) {
            StandardStreams.writeError("""
                warning: \(trustPath) does not list key \(signingKey.keyID) under `\(side.rawValue):`; \
                `leadpact verify` rejects this signature until the line below is added there:
                \(signingKey.trustEntry)

                """)
        }
    }
}
