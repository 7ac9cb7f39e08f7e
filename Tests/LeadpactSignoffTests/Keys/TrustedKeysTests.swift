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
}
