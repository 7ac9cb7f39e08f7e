public import LeadpactCalendar

/// The `contract:` section: identity, version, validity and parties.
public struct ContractMetadata: Hashable, Sendable {
    /// `[a-z0-9-]+`.
    public var id: String
    public var title: String
    /// The contract's semantic version.
    public var version: SemanticVersion
    /// First day in force (00:00 in `timeZone`), if limited.
    public var effective: LocalDate?
    /// First day no longer in force (00:00 in `timeZone`), if limited.
    public var expires: LocalDate?
    /// IANA zone for months, quarters, weeks and report dates.
    public var timeZone: String
    /// Who signs for each side, e.g. `Dana Lee <dana@acme.example>`.
    public var parties: [Party: String]
    /// The review cadence and the metrics reviewed, if stated.
    public var review: Review?

    /// Creates the metadata.
    public init(
        id: String, title: String, version: SemanticVersion, effective: LocalDate?, expires: LocalDate?,
        timeZone: String, parties: [Party: String], review: Review?
    ) {
        self.id = id
        self.title = title
        self.version = version
        self.effective = effective
        self.expires = expires
        self.timeZone = timeZone
        self.parties = parties
        self.review = review
    }
}

/// One of the two sides of the agreement.
public enum Party: String, Hashable, Sendable, CaseIterable, Comparable {
    case marketing
    case sales

    public static func < (lhs: Party, rhs: Party) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// `review: { cadence, metrics }`.
public struct Review: Hashable, Sendable {
    /// How often the leaders review the metrics.
    public var cadence: ReviewCadence
    /// Metric names to review.
    public var metrics: [String]

    /// Creates a review.
    public init(cadence: ReviewCadence, metrics: [String]) {
        self.cadence = cadence
        self.metrics = metrics
    }
}

/// How often the SLA is reviewed.
public enum ReviewCadence: String, Hashable, Sendable, CaseIterable {
    case weekly, biweekly, monthly, quarterly
}

/// A semantic version `MAJOR.MINOR.PATCH[-PRERELEASE][+BUILD]`.
public struct SemanticVersion: Hashable, Sendable, CustomStringConvertible {
    public var major: Int
    public var minor: Int
    public var patch: Int
    /// Pre-release identifiers after `-`, if any.
    public var prerelease: String?
    /// Build metadata after `+`, if any.
    public var build: String?

    /// Creates a version.
    public init(major: Int, minor: Int, patch: Int, prerelease: String? = nil, build: String? = nil) {
        self.major = major
        self.minor = minor
        self.patch = patch
        self.prerelease = prerelease
        self.build = build
    }

    public var description: String {
        "\(major).\(minor).\(patch)" + (prerelease.map { "-\($0)" } ?? "") + (build.map { "+\($0)" } ?? "")
    }
}
