@preconcurrency public import Crypto
public import LeadpactContract
public import LeadpactDiagnostics

/// One public key the trust file lists for a party.
public struct TrustedKey: Sendable {
    /// The name the key was created under.
    public var name: String
    /// The party the key may sign for.
    public var party: Party
    /// The public key.
    public var publicKey: Curve25519.Signing.PublicKey
    /// Where the entry stands in the trust file.
    public var range: SourceRange?

    /// Creates an entry.
    public init(name: String, party: Party, publicKey: Curve25519.Signing.PublicKey, range: SourceRange? = nil) {
        self.name = name
        self.party = party
        self.publicKey = publicKey
        self.range = range
    }

    /// The key id sign-off records refer to.
    public var keyID: String { PublicKeyText.keyID(of: publicKey) }
}
