import Foundation
import Testing

/// `leadpact keys new`, `sign` and `verify` on a copy of a shipped contract, signed by fresh
/// keys for both parties that a temporary trust file lists.
@Suite struct SignoffCommandTests {
    /// A temporary directory holding `minimal.sla.yaml`, both leaders' keys and
    /// `trusted-keys.yaml` listing them.
    struct Workspace {
        let directory: TemporaryDirectory
        let contract = "minimal.sla.yaml"

        init() throws {
            directory = try TemporaryDirectory()
            try directory.copy("contracts/minimal.sla.yaml", to: contract)
            try FileManager.default.createDirectory(at: directory.url.appendingPathComponent("keys"), withIntermediateDirectories: true)
            var trust = ""
            for (party, name) in [("marketing", "mia-marketing"), ("sales", "sol-sales")] {
                let made = try CommandRunner.run(["keys", "new", "--name", name, "--out", "keys"], in: directory.url)
                #expect(made.status == 0, "\(made)")
                let entry = try #require(made.stdoutLines.first { $0.contains("ed25519:") }, "keys new printed no key: \(made)")
                trust += "\(party):\n\(entry)\n"
            }
            try directory.write(trust, to: "trusted-keys.yaml")
        }

        func run(_ arguments: [String]) throws -> CommandResult {
            try CommandRunner.run(arguments, in: directory.url)
        }

        func signBoth() throws {
            for (party, name) in [("marketing", "mia-marketing"), ("sales", "sol-sales")] {
                let signed = try run(["sign", contract, "--party", party, "--key", "keys/\(name).key"])
                #expect(signed.status == 0, "\(signed)")
                #expect(!signed.stderr.contains("warning"), "\(signed)")
            }
        }

        func digest() throws -> String {
            try CompileCommandTests.digest(of: try run(["compile", contract]).stdout)
        }
    }

    @Test func theShippedContractsAreSignedByBothParties() throws {
        let contracts = try Repository.shippedContracts()
        for contract in contracts {
            let verified = try CommandRunner.run(["verify", contract])
            #expect(verified.status == 0, "\(contract): \(verified)")
            #expect(verified.stdout.hasPrefix("verified "), "\(contract): \(verified)")
        }
        let checked = try CommandRunner.run(["check", "--require-signoff"] + contracts)
        #expect(checked.status == 0, "\(checked)")
    }

    @Test func anUnreadableTrustFileIsAnIOError() throws {
        let verified = try CommandRunner.run(["verify", "contracts/minimal.sla.yaml", "--trust", "no-such-trust.yaml"])
        #expect(verified.status == 2, "\(verified)")
        #expect(verified.stderr.contains("LP508"), "\(verified)")
        #expect(!verified.stderr.contains("LP504"), "an unreadable trust file does not make the keys untrusted: \(verified)")
        let checked = try CommandRunner.run(
            ["check", "--require-signoff", "--trust", "no-such-trust.yaml", "contracts/minimal.sla.yaml"])
        #expect(checked.status == 2, "\(checked)")
    }

    @Test func keysNewWritesAPrivateKeyOnlyTheOwnerCanRead() throws {
        let workspace = try Workspace()
        defer { workspace.directory.remove() }
        let attributes = try FileManager.default.attributesOfItem(atPath: workspace.directory.path("keys/mia-marketing.key"))
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
        #expect(FileManager.default.fileExists(atPath: workspace.directory.path("keys/mia-marketing.pub")))
    }

    @Test func keysNewNeverOverwritesAKey() throws {
        let workspace = try Workspace()
        defer { workspace.directory.remove() }
        let before = try workspace.directory.read("keys/mia-marketing.pub")
        let again = try workspace.run(["keys", "new", "--name", "mia-marketing", "--out", "keys"])
        #expect(again.status != 0, "\(again)")
        #expect(try workspace.directory.read("keys/mia-marketing.pub") == before)
    }

    @Test func signRefusesAKeyOtherUsersCanRead() throws {
        let workspace = try Workspace()
        defer { workspace.directory.remove() }
        let key = workspace.directory.path("keys/mia-marketing.key")
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: key)
        let signed = try workspace.run(["sign", workspace.contract, "--party", "marketing", "--key", "keys/mia-marketing.key"])
        #expect(signed.status == 2, "\(signed)")
        #expect(signed.stderr.contains("chmod 600"), "\(signed)")
        #expect(!FileManager.default.fileExists(atPath: workspace.directory.path("minimal.sla.signoff.yaml")))
    }

    @Test func anInvalidKeyNameIsAUsageError() throws {
        let workspace = try Workspace()
        defer { workspace.directory.remove() }
        let made = try workspace.run(["keys", "new", "--name", "../escape", "--out", "keys"])
        #expect(made.status == 2, "\(made)")
        #expect(!FileManager.default.fileExists(atPath: workspace.directory.path("escape.key")))
    }

    @Test func aContractSignedByBothPartiesVerifies() throws {
        let workspace = try Workspace()
        defer { workspace.directory.remove() }
        try workspace.signBoth()
        #expect(FileManager.default.fileExists(atPath: workspace.directory.path("minimal.sla.signoff.yaml")))
        let verified = try workspace.run(["verify", workspace.contract])
        #expect(verified.status == 0, "\(verified)")
        #expect(verified.stdout.contains(try workspace.digest()), "\(verified)")
        let checked = try workspace.run(["check", "--require-signoff", workspace.contract])
        #expect(checked.status == 0, "\(checked)")
    }

    @Test func oneSignatureIsNotEnough() throws {
        let workspace = try Workspace()
        defer { workspace.directory.remove() }
        let signed = try workspace.run(["sign", workspace.contract, "--party", "marketing", "--key", "keys/mia-marketing.key"])
        #expect(signed.status == 0, "\(signed)")
        let verified = try workspace.run(["verify", workspace.contract])
        #expect(verified.status == 1, "\(verified)")
        #expect((verified.stdout + verified.stderr).contains("LP502"), "\(verified)")
    }

    @Test func editingAThresholdAfterSigningFailsVerification() throws {
        let workspace = try Workspace()
        defer { workspace.directory.remove() }
        try workspace.signBoth()
        let signedDigest = try workspace.digest()
        let text = try workspace.directory.read(workspace.contract)
        try #require(text.contains("first_touch_within: 1 day"))
        try workspace.directory.write(text.replacingOccurrences(of: "first_touch_within: 1 day", with: "first_touch_within: 2 days"),
                                      to: workspace.contract)
        let currentDigest = try workspace.digest()
        #expect(currentDigest != signedDigest)

        let verified = try workspace.run(["verify", workspace.contract])
        #expect(verified.status != 0, "\(verified)")
        let output = verified.stdout + verified.stderr
        #expect(output.contains("LP503"), "\(verified)")
        #expect(output.contains("signed version 0.1.0"), "\(verified)")
        #expect(output.contains(signedDigest), "\(verified)")
        #expect(output.contains(currentDigest), "\(verified)")

        let checked = try workspace.run(["check", "--require-signoff", workspace.contract])
        #expect(checked.status == 1, "\(checked)")
        #expect(checked.stdout.contains("error[LP503]"), "\(checked)")
    }

    @Test func reformattingAfterSigningKeepsTheSignatures() throws {
        let workspace = try Workspace()
        defer { workspace.directory.remove() }
        try workspace.signBoth()
        let text = try workspace.directory.read(workspace.contract)
        try workspace.directory.write("# reviewed again, no change of meaning\n" + text.replacingOccurrences(of: "1 day", with: "24 hours"),
                                      to: workspace.contract)
        let verified = try workspace.run(["verify", workspace.contract])
        #expect(verified.status == 0, "\(verified)")
    }

    @Test func aKeyTheTrustFileDoesNotListIsRejected() throws {
        let workspace = try Workspace()
        defer { workspace.directory.remove() }
        try workspace.signBoth()
        try workspace.directory.write("marketing:\nsales:\n", to: "other-trust.yaml")
        let verified = try workspace.run(["verify", workspace.contract, "--trust", "other-trust.yaml"])
        #expect(verified.status == 1, "\(verified)")
        #expect((verified.stdout + verified.stderr).contains("LP504"), "\(verified)")
    }

    @Test func verifyNamesTheSignerTheTrustFileNames() throws {
        let workspace = try Workspace()
        defer { workspace.directory.remove() }
        try workspace.signBoth()
        let signoffs = "minimal.sla.signoff.yaml"
        let text = try workspace.directory.read(signoffs)
        try #require(text.contains("signer: \"mia-marketing\""))
        // The entry's signer name is not signed: editing it leaves the signature valid.
        try workspace.directory.write(
            text.replacingOccurrences(of: "signer: \"mia-marketing\"", with: "signer: \"the-whole-board\""), to: signoffs)
        let verified = try workspace.run(["verify", workspace.contract])
        #expect(verified.status == 0, "\(verified)")
        #expect(verified.stdout.contains("  marketing: mia-marketing (key "), "\(verified)")
        #expect(!verified.stdout.contains("the-whole-board"), "\(verified)")
    }

    @Test func oneKeyCannotSignForBothParties() throws {
        let workspace = try Workspace()
        defer { workspace.directory.remove() }
        let entry = try workspace.directory.read("keys/mia-marketing.pub")
            .replacingOccurrences(of: "\"mia-marketing\"", with: "\"mia-as-sales\"")
        try workspace.directory.write(try workspace.directory.read("trusted-keys.yaml") + entry, to: "trusted-keys.yaml")
        for party in ["marketing", "sales"] {
            let signed = try workspace.run(["sign", workspace.contract, "--party", party, "--key", "keys/mia-marketing.key"])
            #expect(signed.status == 0, "\(signed)")
        }
        let verified = try workspace.run(["verify", workspace.contract])
        #expect(verified.status == 1, "\(verified)")
        #expect(verified.stderr.contains("trusted-keys.yaml:5:5: error[LP513]"), "\(verified)")
        #expect(verified.stderr.contains("error[LP514]"), "\(verified)")
        let checked = try workspace.run(["check", "--require-signoff", workspace.contract])
        #expect(checked.status == 1, "\(checked)")
        #expect(checked.stdout.contains("error[LP513]") && checked.stdout.contains("error[LP514]"), "\(checked)")
    }
}
