public import LeadpactContract

/// The semantic differences between two compiled contracts: compared on the rules, not the
/// text, so reformatting, comments and key order never show up.
public struct ContractDiff: Hashable, Sendable {
    /// Which contract version a side of the comparison is.
    public struct Revision: Hashable, Sendable {
        /// `contract.id`.
        public var id: String
        /// `contract.version`.
        public var version: String
        /// The compiled digest, when the caller has it.
        public var digest: String?
        /// The party names, by side, as the contract states them.
        public var parties: [Party: String]

        /// Creates a revision description.
        public init(id: String, version: String, digest: String?, parties: [Party: String]) {
            self.id = id
            self.version = version
            self.digest = digest
            self.parties = parties
        }

        /// The revision of a compiled contract.
        public init(_ contract: Contract, digest: String?) {
            self.init(
                id: contract.metadata.id, version: contract.metadata.version.description,
                digest: digest, parties: contract.metadata.parties)
        }
    }

    /// The older contract.
    public var old: Revision
    /// The newer contract.
    public var new: Revision
    /// Every change, in the order of the contract's sections.
    public var changes: [ContractChange]

    /// Creates a diff from its parts.
    public init(old: Revision, new: Revision, changes: [ContractChange]) {
        self.old = old
        self.new = new
        self.changes = changes
    }

    /// Compares two compiled contracts.
    public init(old: Contract, new: Contract, oldDigest: String? = nil, newDigest: String? = nil) {
        var collector = ChangeCollector()
        collector.compareMetadata(old.formatVersion, old.metadata, new.formatVersion, new.metadata)
        collector.compareCalendars(old.calendars, new.calendars)
        collector.compareVocabulary(old, new)
        collector.compareScoring(old.scoring, new.scoring)
        collector.compareStages(old.stages, new.stages)
        collector.compareMarketing(old.marketing, new.marketing)
        collector.compareSales(old.sales, new.sales)
        self.init(
            old: Revision(old, digest: oldDigest), new: Revision(new, digest: newDigest),
            changes: collector.changes)
    }

    /// Whether the two contracts mean the same.
    public var isEmpty: Bool { changes.isEmpty }

    /// How many changes go each way.
    public func count(_ direction: ChangeDirection) -> Int {
        changes.count { $0.direction == direction }
    }
}
