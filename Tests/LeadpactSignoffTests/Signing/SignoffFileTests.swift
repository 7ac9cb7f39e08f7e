import Foundation
import LeadpactContract
import Testing

@testable import LeadpactSignoff

@Suite("Sign-off files")
struct SignoffFileTests {
    let harness = SignoffHarness()

    @Test("the sign-off file sits beside the contract")
    func path() {
        #expect(SignoffFile.path(forContract: "contracts/acme.sla.yaml") == "contracts/acme.sla.signoff.yaml")
        #expect(SignoffFile.path(forContract: "acme.yml") == "acme.signoff.yaml")
        #expect(SignoffFile.path(forContract: "acme") == "acme.signoff.yaml")
    }

    @Test("signing appends, oldest first, and every entry reads back")
    func append() throws {
        let directory = try TemporaryDirectory()
        let path = directory.file("acme.sla.signoff.yaml")
        let first = try harness.record(.marketing), second = try harness.record(.sales)
        try SignoffFile.append(first, toPath: path)
        let afterOne = try directory.read("acme.sla.signoff.yaml")
        try SignoffFile.append(second, toPath: path)
        let afterTwo = try directory.read("acme.sla.signoff.yaml")
        #expect(afterTwo.hasPrefix(afterOne))
        let file = SignoffFile.load(path: path)
        #expect(file.diagnostics.isEmpty)
        #expect(file.entries.map(\.record) == [first, second])
    }

    @Test("a record's text round-trips, whatever its signer's name holds")
    func quoting() throws {
        var record = try harness.record(.marketing)
        record.signer = "Dana \"DL\" Lee: \\ marketing # lead\tnew"
        let file = SignoffFile.parse(bytes: Array(SignoffHarness.fileText([record]).utf8), path: "s.yaml")
        #expect(file.diagnostics.isEmpty)
        #expect(file.entries.map(\.record) == [record])
    }

    @Test("a malformed sign-off file is left alone")
    func refusesMalformed() throws {
        let directory = try TemporaryDirectory()
        let path = try directory.write("acme.sla.signoff.yaml", "signatures: [oops\n")
        #expect(throws: SignoffError.self) { try SignoffFile.append(try harness.record(.sales), toPath: path) }
        #expect(try directory.read("acme.sla.signoff.yaml") == "signatures: [oops\n")
    }

    @Test("a flow-style list cannot be appended to, and says so")
    func refusesFlowList() throws {
        let directory = try TemporaryDirectory()
        let path = try directory.write("acme.sla.signoff.yaml", "signatures: []\n")
        #expect(throws: SignoffError.self) { try SignoffFile.append(try harness.record(.sales), toPath: path) }
    }

    @Test("a file of comments gets the list added")
    func commentsOnly() throws {
        let directory = try TemporaryDirectory()
        let path = try directory.write("acme.sla.signoff.yaml", "# sign-offs")
        let record = try harness.record(.sales)
        try SignoffFile.append(record, toPath: path)
        #expect(SignoffFile.load(path: path).entries.map(\.record) == [record])
    }
}
