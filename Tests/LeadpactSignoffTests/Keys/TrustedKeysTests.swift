import LeadpactContract
import LeadpactDiagnostics
import Testing

@testable import LeadpactSignoff

@Suite("Trust files")
struct TrustedKeysTests {
    @Test("keys are read under their party")
    func parties() {
        let harness = SignoffHarness()
        let trust = harness.trust
        #expect(trust.diagnostics.isEmpty)
        #expect(trust.keys.map(\.party) == [.marketing, .sales])
        #expect(trust.keys(withID: harness.sales.keyID).map(\.name) == ["sam-ortiz"])
    }

    @Test("the default trust file sits beside the contract")
    func defaultPath() {
        #expect(TrustedKeys.defaultPath(forContract: "contracts/acme.sla.yaml") == "contracts/trusted-keys.yaml")
        #expect(TrustedKeys.defaultPath(forContract: "acme.sla.yaml") == "trusted-keys.yaml")
        #expect(TrustedKeys.defaultPath(forContract: "/srv/sla/acme.sla.yaml") == "/srv/sla/trusted-keys.yaml")
    }

    @Test("an empty trust file lists no keys", arguments: ["", "# nothing yet\n\n"])
    func empty(text: String) {
        let trust = TrustedKeys.parse(bytes: Array(text.utf8), path: "trusted-keys.yaml")
        #expect(trust.diagnostics.map(\.code) == ["LP509"])
    }

    @Test("a missing trust file is LP508")
    func missing() {
        let trust = TrustedKeys.load(path: "/nonexistent/trusted-keys.yaml")
        #expect(trust.diagnostics.map(\.code) == ["LP508"])
        #expect(trust.keys.isEmpty)
    }

    @Test("mistakes in a trust file are LP509 with positions")
    func malformed() {
        let text = """
            marketting:
              - { name: dana, key: "ed25519:AAAA" }
            sales:
              - { name: sam, key: "ed25519:AAAA", extra: 1 }
              - { name: ray }

            """
        let trust = TrustedKeys.parse(bytes: Array(text.utf8), path: "trusted-keys.yaml")
        let found = trust.diagnostics.map { "\($0.code) \($0.location) \($0.message)" }
        #expect(found == [
            "LP509 1:1 unknown party 'marketting' in the trust file; expected 'marketing' or 'sales'; did you mean 'marketing'?",
            "LP509 4:39 unknown key 'extra' in a trusted key",
            "LP509 4:23 'ed25519:AAAA' is not an ed25519 public key (expected ed25519:BASE64 of 32 bytes)",
            "LP509 5:5 a trusted key is missing 'key'",
        ])
        #expect(trust.keys.isEmpty)
    }

    @Test("one key listed under both parties is LP513 at its second listing, whatever the names")
    func keyForBothParties() throws {
        let harness = SignoffHarness()
        let key = PublicKeyText.encode(harness.marketing.publicKey)
        let text = """
            marketing:
              - { name: dana-lee, key: "\(key)" }
            sales:
              - { name: sam-ortiz, key: "\(PublicKeyText.encode(harness.sales.publicKey))" }
              - { name: dana-for-sales, key: "\(key)" }

            """
        let trust = TrustedKeys.parse(bytes: Array(text.utf8), path: "contracts/trusted-keys.yaml")
        #expect(trust.diagnostics.map(\.code) == ["LP513"])
        let diagnostic = try #require(trust.diagnostics.first)
        #expect(diagnostic.severity == .error)
        #expect(diagnostic.file == "contracts/trusted-keys.yaml")
        #expect(diagnostic.range?.start == SourceLocation(line: 5, column: 5))
        #expect(diagnostic.message.hasPrefix(
            "key \(harness.marketing.keyID) ('dana-for-sales') is listed for sales here and for marketing ('dana-lee')"))
        #expect(diagnostic.notes.map(\.message) == ["first listed for marketing here"])
        #expect(diagnostic.notes.first?.range?.start == SourceLocation(line: 2, column: 5))
    }

    @Test("a key listed twice under one party is no error")
    func keyTwiceForOneParty() {
        let harness = SignoffHarness()
        let text = "marketing:\n\(harness.marketing.trustEntry)\n\(harness.marketing.trustEntry)\nsales:\n\(harness.sales.trustEntry)\n"
        let trust = TrustedKeys.parse(bytes: Array(text.utf8), path: "trusted-keys.yaml")
        #expect(trust.diagnostics.isEmpty)
    }
}
