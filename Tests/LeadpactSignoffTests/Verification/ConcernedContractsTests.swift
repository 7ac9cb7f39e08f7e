import Foundation
import Testing

@testable import LeadpactSignoff

/// The contracts a changed file concerns, as a pre-commit hook hands changed files to `check`.
@Suite("Contracts a changed file concerns")
struct ConcernedContractsTests {
    @Test("a contract concerns itself")
    func contract() {
        #expect(ConcernedContracts.paths(for: "contracts/acme.sla.yaml") == ["contracts/acme.sla.yaml"])
    }

    @Test("a sign-off file concerns its contract, the .yml one when only that exists")
    func signoffFile() throws {
        let directory = try TemporaryDirectory()
        #expect(ConcernedContracts.paths(for: directory.file("acme.sla.signoff.yaml")) == [directory.file("acme.sla.yaml")])
        try directory.write("short.sla.yml", "")
        #expect(ConcernedContracts.paths(for: directory.file("short.sla.signoff.yaml")) == [directory.file("short.sla.yml")])
        try directory.write("both.sla.yml", "")
        try directory.write("both.sla.yaml", "")
        #expect(ConcernedContracts.paths(for: directory.file("both.sla.signoff.yaml")) == [directory.file("both.sla.yaml")])
        for contract in ["acme.sla.yaml", "short.sla.yml"] {
            #expect(SignoffFile.path(forContract: contract).hasSuffix(SignoffFile.suffix))
        }
    }

    @Test("a trust file concerns every contract in its directory, and no other file")
    func trustFile() throws {
        let directory = try TemporaryDirectory()
        for name in ["b.sla.yaml", "a.sla.yml", "a.sla.signoff.yaml", "b.sla.signoff.yaml", "notes.yaml", "trusted-keys.yaml"] {
            try directory.write(name, "")
        }
        try FileManager.default.createDirectory(atPath: directory.file("history"), withIntermediateDirectories: true)
        try directory.write("history/old.sla.yaml", "")
        #expect(ConcernedContracts.paths(for: directory.file("trusted-keys.yaml"))
            == [directory.file("a.sla.yml"), directory.file("b.sla.yaml")])
    }

    @Test("each contract is named once, in the order the files first concern it")
    func deduplicated() throws {
        let directory = try TemporaryDirectory()
        try directory.write("a.sla.yaml", "")
        try directory.write("b.sla.yaml", "")
        let files = [
            directory.file("b.sla.signoff.yaml"), directory.file("b.sla.yaml"), directory.file("trusted-keys.yaml"),
        ]
        #expect(ConcernedContracts.paths(for: files) == [directory.file("b.sla.yaml"), directory.file("a.sla.yaml")])
    }
}
