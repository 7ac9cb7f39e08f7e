import Foundation
import Testing

/// `leadpact compile CONTRACT [-o FILE]`: canonical JSON rules with a digest that covers the
/// contract's meaning, not its text.
@Suite struct CompileCommandTests {
    static var digestPattern: Regex<Substring> { #/sha256:[0-9a-f]{64}/# }

    /// `contracts/minimal.sla.yaml` as shipped, minus its comment.
    static let minimal = """
        leadpact: 1
        contract:
          id: minimal
          title: Minimal SLA
          version: 0.1.0
          timezone: UTC
          parties:
            marketing: Marketing Lead <marketing@example.com>
            sales: Sales Lead <sales@example.com>
        sales:
          first_touch_within: 1 day

        """

    /// The same meaning: sections and keys reordered, comments, flow style, other quoting and
    /// another spelling of the same duration.
    static let minimalReformatted = """
        # Reformatted: nothing here changes what the contract means.
        sales: { first_touch_within: "24 hours" }   # one day, spelled differently
        contract:
          parties: { sales: "Sales Lead <sales@example.com>", marketing: 'Marketing Lead <marketing@example.com>' }
          timezone: "UTC"
          version: '0.1.0'
          title: "Minimal SLA"
          id: minimal
        leadpact: 1

        """

    static func digest(of output: String) throws -> String {
        let json = try JSONSerialization.jsonObject(with: Data(output.utf8))
        let object = try #require(json as? [String: Any], "compile did not print a JSON object")
        return try #require(object["digest"] as? String, "no top-level digest")
    }

    @Test func printsJSONWithADigest() throws {
        for contract in try Repository.shippedContracts() {
            let result = try CommandRunner.run(["compile", contract])
            #expect(result.status == 0, "\(contract): \(result)")
            let digest = try Self.digest(of: result.stdout)
            #expect(try Self.digestPattern.wholeMatch(in: digest) != nil, "\(contract): \(digest)")
        }
    }

    @Test func aReformattedCopyHasTheSameDigest() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        try directory.write(Self.minimal, to: "original.sla.yaml")
        try directory.write(Self.minimalReformatted, to: "reformatted.sla.yaml")
        let original = try CommandRunner.run(["compile", "original.sla.yaml"], in: directory.url)
        let reformatted = try CommandRunner.run(["compile", "reformatted.sla.yaml"], in: directory.url)
        #expect(original.status == 0 && reformatted.status == 0, "\(original)\n\(reformatted)")
        #expect(try Self.digest(of: original.stdout) == Self.digest(of: reformatted.stdout))
        #expect(original.stdout == reformatted.stdout)

        let shipped = try CommandRunner.run(["compile", "contracts/minimal.sla.yaml"])
        #expect(try Self.digest(of: shipped.stdout) == Self.digest(of: original.stdout))
    }

    @Test func theShippedReformattedFixtureHasTheSameDigest() throws {
        let base = try CommandRunner.run(["compile", "fixtures/digest/base.sla.yaml"])
        let reformatted = try CommandRunner.run(["compile", "fixtures/digest/reformatted.sla.yaml"])
        #expect(base.status == 0 && reformatted.status == 0, "\(base)\n\(reformatted)")
        #expect(try Self.digest(of: base.stdout) == Self.digest(of: reformatted.stdout))
    }

    @Test func aChangeOfMeaningChangesTheDigest() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        try directory.write(Self.minimal, to: "original.sla.yaml")
        try directory.write(Self.minimal.replacingOccurrences(of: "1 day", with: "2 days"), to: "changed.sla.yaml")
        let original = try CommandRunner.run(["compile", "original.sla.yaml"], in: directory.url)
        let changed = try CommandRunner.run(["compile", "changed.sla.yaml"], in: directory.url)
        #expect(changed.status == 0, "\(changed)")
        #expect(try Self.digest(of: original.stdout) != Self.digest(of: changed.stdout))
    }

    @Test func outputOptionWritesTheFile() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let printed = try CommandRunner.run(["compile", "contracts/acme-global.sla.yaml"])
        let written = try CommandRunner.run(["compile", "contracts/acme-global.sla.yaml", "-o", directory.path("rules.json")])
        #expect(written.status == 0, "\(written)")
        #expect(written.stdout.isEmpty, "\(written)")
        #expect(try directory.read("rules.json") == printed.stdout)
    }

    @Test func anInvalidContractExitsOneAndPrintsNothingOnStandardOutput() throws {
        let invalid = try #require(try Repository.files(in: "contracts/invalid", endingWith: ".sla.yaml").first)
        let result = try CommandRunner.run(["compile", invalid])
        #expect(result.status == 1, "\(result)")
        #expect(result.stdout.isEmpty, "\(result)")
        #expect(result.stderr.contains("\(invalid):"), "\(result)")
    }

    @Test func aMissingFileExitsTwo() throws {
        let result = try CommandRunner.run(["compile", "contracts/no-such-contract.sla.yaml"])
        #expect(result.status == 2, "\(result)")
        #expect(result.stdout.isEmpty, "\(result)")
    }
}
