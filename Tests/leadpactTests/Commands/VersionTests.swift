import Foundation
import Testing

/// `leadpact --version` names the tool's release and the contract format it reads, and the
/// docs pin leadpact only to revisions that exist.
@Suite struct VersionTests {
    @Test func versionNamesTheReleaseAndTheContractFormat() throws {
        let result = try CommandRunner.run(["--version"])
        #expect(result.status == 0, "\(result)")
        #expect(result.stdoutLines.count == 2, "\(result)")
        let release = try #require(result.stdoutLines.first)
        #expect(release.wholeMatch(of: #/leadpact \d+\.\d+\.\d+/#) != nil, "\(result)")
        let format = try #require(try #/(?m)^leadpact: (\d+)$/#.firstMatch(in: try Repository.text("contracts/minimal.sla.yaml")))
        #expect(result.stdoutLines.last == "contract format: leadpact: \(format.output.1)", "\(result)")
    }

    @Test func everyCommandReportsTheSameVersion() throws {
        let root = try CommandRunner.run(["--version"])
        let audit = try CommandRunner.run(["audit", "--version"])
        #expect(audit.status == 0, "\(audit)")
        #expect(audit.stdout == root.stdout, "\(audit)")
    }

    /// A `rev:` that looks like a release tag must be a tag of this repository; a commit sha
    /// or a placeholder is always fine.
    @Test func theCIDocsPinOnlyRevisionsThatExist() throws {
        let text = try Repository.text("docs/ci.md")
        let revisions = text.matches(of: #/(?m)^\s*rev:\s*(\S[^#\n]*?)\s*(#.*)?$/#).map { String($0.output.1) }
        #expect(!revisions.isEmpty, "docs/ci.md names no rev:")
        let tags = try Self.tags()
        for revision in revisions where revision.wholeMatch(of: #/v?\d+(\.\d+)*/#) != nil {
            #expect(tags.contains(revision), "docs/ci.md pins rev: \(revision), which is no tag of this repository")
        }
    }

    /// The tags of the repository the tests run in (none outside a git checkout).
    static func tags() throws -> Set<String> {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-C", Repository.root.path, "tag", "--list"]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Set(String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init))
    }
}
