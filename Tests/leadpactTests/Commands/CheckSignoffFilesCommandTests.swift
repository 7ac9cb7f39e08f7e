import Foundation
import Testing

/// `leadpact check --require-signoff` handed a sign-off file or a trust file, as a pre-commit
/// hook hands it the files a commit changes: it checks the contracts they concern.
@Suite struct CheckSignoffFilesCommandTests {
    typealias Workspace = SignoffCommandTests.Workspace

    @Test func aSignoffFileStandsForItsContract() throws {
        let workspace = try Workspace()
        defer { workspace.directory.remove() }
        try workspace.signBoth()
        let signoffs = "minimal.sla.signoff.yaml"
        let signed = try workspace.run(["check", "--require-signoff", signoffs])
        #expect(signed.status == 0, "\(signed)")

        let text = try workspace.directory.read(signoffs)
        let sales = try #require(text.range(of: "  - party: \"sales\""))
        try workspace.directory.write(String(text[..<sales.lowerBound]), to: signoffs)
        let unsigned = try workspace.run(["check", "--require-signoff", signoffs])
        #expect(unsigned.status == 1, "\(unsigned)")
        #expect(unsigned.stdout.contains("error[LP502]: no sales signature for minimal"), "\(unsigned)")
    }

    @Test func aTrustFileStandsForTheContractsBesideIt() throws {
        let workspace = try Workspace()
        defer { workspace.directory.remove() }
        try workspace.signBoth()
        let signed = try workspace.run(["check", "--require-signoff", "trusted-keys.yaml"])
        #expect(signed.status == 0, "\(signed)")

        let trust = try workspace.directory.read("trusted-keys.yaml")
        let revoked = trust.split(separator: "\n").filter { !$0.contains("\"sol-sales\"") }.joined(separator: "\n") + "\n"
        try #require(revoked != trust)
        try workspace.directory.write(revoked, to: "trusted-keys.yaml")
        let unsigned = try workspace.run(["check", "--require-signoff", "trusted-keys.yaml"])
        #expect(unsigned.status == 1, "\(unsigned)")
        #expect(unsigned.stdout.contains("minimal.sla.signoff.yaml:"), "\(unsigned)")
        #expect(unsigned.stdout.contains("error[LP504]"), "\(unsigned)")
    }

    @Test func aContractNamedTwiceIsCheckedOnce() throws {
        let workspace = try Workspace()
        defer { workspace.directory.remove() }
        let checked = try workspace.run(
            ["check", "--require-signoff", workspace.contract, "minimal.sla.signoff.yaml", "trusted-keys.yaml"])
        #expect(checked.status == 1, "\(checked)")
        #expect(checked.stdout.components(separatedBy: "error[LP502]: no marketing signature").count - 1 == 1, "\(checked)")
    }
}
