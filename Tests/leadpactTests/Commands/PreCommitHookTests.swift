import Foundation
import Testing

/// The shipped pre-commit hooks, run by the real `pre-commit` framework on commits to a
/// scratch repository that keeps the example contracts, their sign-offs and the trust file.
@Suite(.enabled(if: ExternalTool.preCommit.shouldRun, "set LEADPACT_PRE_COMMIT (see .ci/run)"))
struct PreCommitHookTests {
    /// A scratch repository whose first commit holds two signed example contracts.
    static func signedRepository() throws -> ScratchRepository {
        let repository = try ScratchRepository()
        try FileManager.default.createDirectory(
            at: repository.directory.url.appendingPathComponent("contracts"), withIntermediateDirectories: true)
        for name in [
            "minimal.sla.yaml", "minimal.sla.signoff.yaml", "northwind-saas.sla.yaml", "northwind-saas.sla.signoff.yaml",
            "trusted-keys.yaml",
        ] {
            try repository.directory.copy("contracts/\(name)", to: "contracts/\(name)")
        }
        return repository
    }

    /// Every hook ran and passed.
    static func expectPassed(_ outcome: ExternalTool.Outcome, hooks: Int) {
        #expect(outcome.status == 0, "\(outcome)")
        #expect(outcome.output.components(separatedBy: "Passed").count - 1 == hooks, "\(outcome)")
    }

    /// Every hook ran and failed, and the commit did not land.
    static func expectRejected(
        _ outcome: ExternalTool.Outcome, in repository: ScratchRepository, head: String, naming code: String
    ) throws {
        #expect(outcome.status != 0, "\(outcome)")
        #expect(outcome.output.components(separatedBy: "Failed").count - 1 == repository.hookCount, "\(outcome)")
        #expect(outcome.output.contains(code), "\(outcome)")
        #expect(try repository.head() == head, "the commit landed: \(outcome)")
    }

    @Test func aSignedContractIsCommitted() throws {
        let repository = try Self.signedRepository()
        defer { repository.directory.remove() }
        Self.expectPassed(try repository.commitAll("Add the signed contracts"), hooks: repository.hookCount)
    }

    @Test func aCommitRemovingASignatureIsRejected() throws {
        let repository = try Self.signedRepository()
        defer { repository.directory.remove() }
        Self.expectPassed(try repository.commitAll("Add the signed contracts"), hooks: repository.hookCount)
        let head = try repository.head()

        let signoffs = "contracts/minimal.sla.signoff.yaml"
        let text = try repository.directory.read(signoffs)
        let sales = try #require(text.range(of: "  - party: \"sales\""), "the example sign-off has no sales entry")
        try repository.directory.write(String(text[..<sales.lowerBound]), to: signoffs)
        try Self.expectRejected(
            try repository.commitAll("Drop the sales signature"), in: repository, head: head, naming: "LP502")
    }

    @Test func aCommitDroppingASignersKeyFromTheTrustFileIsRejected() throws {
        let repository = try Self.signedRepository()
        defer { repository.directory.remove() }
        Self.expectPassed(try repository.commitAll("Add the signed contracts"), hooks: repository.hookCount)
        let head = try repository.head()

        let trust = "contracts/trusted-keys.yaml"
        let lines = try repository.directory.read(trust).split(separator: "\n", omittingEmptySubsequences: false)
        let kept = lines.filter { !$0.contains("\"example-sales\"") }
        try #require(kept.count == lines.count - 1, "the example trust file lists no 'example-sales' key")
        try repository.directory.write(kept.joined(separator: "\n"), to: trust)
        try Self.expectRejected(
            try repository.commitAll("Revoke the sales key"), in: repository, head: head, naming: "LP504")

        try repository.reset()
        try repository.directory.write(try repository.directory.read(trust) + "# reviewed\n", to: trust)
        Self.expectPassed(try repository.commitAll("Note the review"), hooks: repository.hookCount)
    }
}
