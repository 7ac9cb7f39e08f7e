public import Foundation
public import LeadpactContract

/// One signature in a sign-off file: who signed what, when, with which key.
///
/// Only `party`, `contractID`, `version` and `digest` are covered by the signature (see
/// `SignedSubject.message(for:)`); `signer` and `signedAt` are informative.
public struct SignoffRecord: Hashable, Sendable {
    /// The side the signature speaks for.
    public var party: Party
    /// The name of the key that signed.
    public var signer: String
    /// The signing key's id.
    public var keyID: String
    /// The signed contract's id.
    public var contractID: String
    /// The signed contract's version.
    public var version: String
    /// The signed contract's digest.
    public var digest: String
    /// When it was signed, RFC 3339 in UTC.
    public var signedAt: String
    /// The Ed25519 signature, base64.
    public var signature: String

    /// Creates a record.
    public init(
        party: Party, signer: String, keyID: String, contractID: String, version: String, digest: String,
        signedAt: String, signature: String
    ) {
        self.party = party
        self.signer = signer
        self.keyID = keyID
        self.contractID = contractID
        self.version = version
        self.digest = digest
        self.signedAt = signedAt
        self.signature = signature
    }

    /// Signs `subject` for `party` with `key` at `date`.
    public static func sign(_ subject: SignedSubject, party: Party, key: SigningKey, at date: Date) throws -> SignoffRecord {
        let signature = try key.sign(subject.message(for: party))
        return SignoffRecord(
            party: party, signer: key.name, keyID: key.keyID, contractID: subject.contractID,
            version: subject.version, digest: subject.digest,
            signedAt: date.formatted(Date.ISO8601FormatStyle()), signature: signature.base64EncodedString())
    }

    /// The subject this record claims to sign.
    public var subject: SignedSubject {
        SignedSubject(contractID: contractID, version: version, digest: digest)
    }

    /// The record as an item of the `signatures:` list, ending with a newline.
    public var yamlItem: String {
        let entries: [(String, String)] = [
            ("party", party.rawValue), ("signer", signer), ("key_id", keyID), ("contract", contractID),
            ("version", version), ("digest", digest), ("signed_at", signedAt), ("signature", signature),
        ]
        return entries.enumerated().map { index, entry in
            (index == 0 ? "  - " : "    ") + "\(entry.0): \(SignoffYAML.quoted(entry.1))\n"
        }.joined()
    }

    /// The keys of a record in a sign-off file, in the order they are written.
    static let keys = ["party", "signer", "key_id", "contract", "version", "digest", "signed_at", "signature"]
}
