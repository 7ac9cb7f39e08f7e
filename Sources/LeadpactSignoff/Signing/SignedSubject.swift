public import LeadpactContract

/// What a leader signs: one contract's id, version and compiled digest.
public struct SignedSubject: Hashable, Sendable {
    /// `contract.id`.
    public var contractID: String
    /// `contract.version`, as written in canonical form (`1.4.0`).
    public var version: String
    /// The compiled digest, `sha256:…`.
    public var digest: String

    /// Creates a subject.
    public init(contractID: String, version: String, digest: String) {
        self.contractID = contractID
        self.version = version
        self.digest = digest
    }

    /// The subject of a compiled contract and its digest.
    public init(contract: Contract, digest: String) {
        self.init(contractID: contract.metadata.id, version: contract.metadata.version.description, digest: digest)
    }

    /// The exact bytes a party signs: a domain-separation tag, then id, version, digest and
    /// party on their own lines, so a signature cannot be moved to another contract, version,
    /// digest or party, nor mistaken for a signature made for any other purpose.
    public func message(for party: Party) -> [UInt8] {
        Array("leadpact-signoff-v1\n\(contractID)\n\(version)\n\(digest)\n\(party.rawValue)".utf8)
    }
}
