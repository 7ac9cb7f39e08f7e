import Foundation
import LeadpactContract
import LeadpactDiagnostics
import Testing

@testable import LeadpactSignoff

/// Sign-off over real contract files: the shipped examples, reformatting, and edits after signing.
@Suite("Signing and verifying contract files")
struct ContractSignoffTests {
    static let shipped: [String] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: RepositoryFiles.path("contracts"))) ?? []
        return names.filter { $0.hasSuffix(".sla.yaml") && !$0.hasSuffix(".signoff.yaml") }.sorted().map { "contracts/\($0)" }
    }()

    private static func subject(_ path: String) throws -> SignedSubject {
        let result = ContractCompiler.compile(path: path)
        let contract = try #require(result.contract, "\(path) does not compile")
        return SignedSubject(contract: contract, digest: contract.digest)
    }

    @Test("the shipped contracts are there")
    func shippedExist() {
        #expect(Self.shipped.count >= 2)
    }

    @Test("every shipped contract carries valid sign-offs of both parties", arguments: shipped)
    func shippedVerify(contract: String) throws {
        let path = RepositoryFiles.path(contract)
        let result = SignoffVerifier.verify(try Self.subject(path), contractPath: path)
        #expect(result.diagnostics.map { "\($0.code) \($0.message)" } == [])
        #expect(result.isComplete)
    }

    /// A directory holding `text` as `acme.sla.yaml`, signed by both parties over the digest of
    /// `signedText`, with a trust file listing the two keys.
    private func signedDirectory(signedText: String, text: String) throws -> (TemporaryDirectory, String) {
        let directory = try TemporaryDirectory()
        let harness = SignoffHarness()
        let signedPath = try directory.write("signed.sla.yaml", signedText)
        let subject = try Self.subject(signedPath)
        let contract = try directory.write("acme.sla.yaml", text)
        try directory.write("trusted-keys.yaml", harness.trustText)
        for party in Party.allCases {
            let record = try SignoffRecord.sign(subject, party: party, key: harness.key(for: party), at: SignoffHarness.signedAt)
            try SignoffFile.append(record, toPath: SignoffFile.path(forContract: contract))
        }
        return (directory, contract)
    }

    private func text(_ relative: String) throws -> String {
        try String(contentsOfFile: RepositoryFiles.path(relative), encoding: .utf8)
    }

    @Test("reformatting a signed contract (comments, key order, quoting) still verifies")
    func reformatted() throws {
        let (directory, contract) = try signedDirectory(
            signedText: try text("fixtures/diff/reformatted.old.sla.yaml"),
            text: try text("fixtures/diff/reformatted.new.sla.yaml"))
        let result = SignoffVerifier.verify(try Self.subject(contract), contractPath: contract)
        #expect(result.isComplete)
        #expect(result.diagnostics.isEmpty)
        _ = directory
    }

    @Test("changing any threshold after signing fails with the signed and current digests", arguments: [
        ("- { mqls: 400, per: month }", "- { mqls: 450, per: month }"),
        ("accept_within: 30 business minutes", "accept_within: 45 business minutes"),
        ("score >= 100 and", "score >= 101 and"),
        ("touches: 7", "touches: 6"),
        ("- 2026-11-26", "- 2026-11-27"),
    ])
    func thresholdChanged(before: String, after: String) throws {
        let original = try text("contracts/acme-global.sla.yaml")
        #expect(original.contains(before))
        let (directory, contract) = try signedDirectory(
            signedText: original, text: original.replacingOccurrences(of: before, with: after))
        let signed = try Self.subject(directory.file("signed.sla.yaml"))
        let current = try Self.subject(contract)
        #expect(signed.digest != current.digest)
        let result = SignoffVerifier.verify(current, contractPath: contract)
        #expect(!result.isComplete)
        #expect(result.diagnostics.map(\.code) == ["LP503", "LP503"])
        #expect(result.diagnostics.first?.message.contains(
            "signed version 1.4.0, digest \(signed.digest), current digest \(current.digest)") == true)
        #expect(result.diagnostics.first?.file == SignoffFile.path(forContract: contract))
    }

    @Test("a contract without a sign-off file names both missing parties on the contract")
    func unsigned() throws {
        let directory = try TemporaryDirectory()
        let contract = try directory.write("acme.sla.yaml", try text("contracts/minimal.sla.yaml"))
        try directory.write("trusted-keys.yaml", SignoffHarness().trustText)
        let result = SignoffVerifier.verify(try Self.subject(contract), contractPath: contract)
        #expect(result.diagnostics.map(\.code) == ["LP502", "LP502"])
        #expect(result.diagnostics.allSatisfy { $0.file == contract })
    }
}
