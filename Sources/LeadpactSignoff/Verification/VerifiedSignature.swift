/// A party's valid signature: the sign-off entry, and the trust file's entry for the key that
/// made it.
///
/// Name the signer by `signer.name`, never by `record.signer`: the record's name is not
/// signed, so anyone may edit it; the trusted key's name is what the trust file says.
public struct VerifiedSignature: Sendable {
    /// The sign-off entry.
    public var record: SignoffRecord
    /// The trust file's entry for the key that made the signature.
    public var signer: TrustedKey

    /// Pairs an entry with the trusted key it verified against.
    public init(record: SignoffRecord, signer: TrustedKey) {
        self.record = record
        self.signer = signer
    }
}
