import Foundation
import LeadpactContract
import LeadpactDiagnostics

@testable import LeadpactSignoff

/// Two leaders with fresh keys, a trust file listing them, and a contract subject to sign.
struct SignoffHarness {
    let marketing = SigningKey.generate(name: "dana-lee")
    let sales = SigningKey.generate(name: "sam-ortiz")
    let subject = SignedSubject(contractID: "acme-na", version: "1.4.0", digest: "sha256:" + String(repeating: "a", count: 64))
    static let signedAt = Date(timeIntervalSince1970: 1_795_000_000)

    /// The trust file text listing each key under its party.
    var trustText: String {
        "marketing:\n\(marketing.trustEntry)\nsales:\n\(sales.trustEntry)\n"
    }

    var trust: TrustedKeys { TrustedKeys.parse(bytes: Array(trustText.utf8), path: "contracts/trusted-keys.yaml") }

    func key(for party: Party) -> SigningKey { party == .marketing ? marketing : sales }

    /// A record signing `subject` for `party` with `key` (by default the party's own).
    func record(_ party: Party, subject: SignedSubject? = nil, key: SigningKey? = nil) throws -> SignoffRecord {
        try SignoffRecord.sign(subject ?? self.subject, party: party, key: key ?? self.key(for: party), at: Self.signedAt)
    }

    /// A sign-off file holding `records`, as `leadpact sign` writes it.
    static func fileText(_ records: [SignoffRecord]) -> String {
        SignoffFile.header + records.map(\.yamlItem).joined()
    }

    /// Verifies a sign-off file's text against `subject`.
    func verify(_ text: String, subject: SignedSubject? = nil) -> SignoffVerification {
        let file = SignoffFile.parse(bytes: Array(text.utf8), path: "contracts/acme.sla.signoff.yaml")
        return SignoffVerifier(trust: trust).verify(
            subject ?? self.subject, signoffs: file, contractPath: "contracts/acme.sla.yaml")
    }

    func verify(_ records: [SignoffRecord], subject: SignedSubject? = nil) -> SignoffVerification {
        verify(Self.fileText(records), subject: subject)
    }
}

extension SignoffVerification {
    /// `CODE message` of every diagnostic, for compact expectations.
    var summaries: [String] { diagnostics.map { "\($0.code) \($0.message)" } }
    var codes: [String] { diagnostics.map(\.code) }
}
