import LeadpactCalendar
import LeadpactDiagnostics
import LeadpactYAML

/// Compiles the `contract:` section: identity, version, validity, zone, parties, review.
struct ContractSectionCompiler {
    let context: CompilationContext
    private var reader: NodeReader { NodeReader(context: context) }
    private let path: ContractPath = ["contract"]

    /// Reads the section; `nil` when a required part is missing or invalid.
    func compile(_ node: YAMLNode, into draft: inout ContractDraft) -> ContractMetadata? {
        guard let section = MappingReader(
            node, at: path,
            keys: ["id", "title", "version", "effective", "expires", "timezone", "parties", "review"],
            required: ["id", "title", "version", "timezone", "parties"], context: context
        ) else { return nil }
        let id = section["id"].flatMap { contractID($0) }
        let title = section["title"].flatMap { reader.nonEmptyText($0, at: section.path(of: "title")) }
        let version = section["version"].flatMap { self.version($0) }
        let effective = section["effective"].flatMap { reader.date($0, at: section.path(of: "effective")) }
        let expires = section["expires"].flatMap { reader.date($0, at: section.path(of: "expires")) }
        let timeZone = section["timezone"].flatMap { reader.nonEmptyText($0, at: section.path(of: "timezone")) }
        draft.effective = effective
        draft.expires = expires
        if let timeZone { draft.timeZones.append((section.path(of: "timezone"), timeZone)) }
        let parties = section["parties"].flatMap { self.parties($0) }
        let review = section["review"].flatMap { self.review($0, into: &draft) }
        guard let id, let title, let version, let timeZone, let parties,
              section["effective"] == nil || effective != nil, section["expires"] == nil || expires != nil,
              section["review"] == nil || review != nil
        else { return nil }
        return ContractMetadata(
            id: id, title: title, version: version, effective: effective, expires: expires,
            timeZone: timeZone, parties: parties, review: review
        )
    }

    private func contractID(_ node: YAMLNode) -> String? {
        guard let id = reader.nonEmptyText(node, at: path.appending("id")) else { return nil }
        let allowed = id.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
        guard allowed else {
            let suggestion = String(id.lowercased().unicodeScalars.map {
                ("a"..."z").contains($0) || ("0"..."9").contains($0) ? Character($0) : "-"
            })
            context.report(
                .invalidContractID,
                "'contract.id' may hold only lowercase letters, digits and '-', found '\(id)'", at: node.range,
                fixIts: [FixIt("write '\(suggestion)'", range: node.range, replacement: suggestion)]
            )
            return nil
        }
        return id
    }

    private func version(_ node: YAMLNode) -> SemanticVersion? {
        guard let text = reader.nonEmptyText(node, at: path.appending("version")) else { return nil }
        if let version = SemanticVersion(parsing: text) { return version }
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        let padded = parts.count < 3 && parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isNumber) })
            ? (parts + Array(repeating: "0", count: 3 - parts.count)).joined(separator: ".") : nil
        context.report(
            .invalidVersion,
            "'contract.version' must be a semantic version MAJOR.MINOR.PATCH such as 1.4.0, found \(reader.describe(node))",
            at: node.range,
            fixIts: padded.map { [FixIt("write '\($0)'", range: node.range, replacement: $0)] } ?? []
        )
        return nil
    }

    private func parties(_ node: YAMLNode) -> [Party: String]? {
        guard let mapping = MappingReader(
            node, at: path.appending("parties"), keys: Party.allCases.map(\.rawValue),
            required: Party.allCases.map(\.rawValue), context: context
        ) else { return nil }
        var parties: [Party: String] = [:]
        for party in Party.allCases {
            guard let value = mapping[party.rawValue] else { return nil }
            guard let name = reader.nonEmptyText(value, at: mapping.path(of: party.rawValue)) else { return nil }
            parties[party] = name
        }
        return parties
    }

    /// The review, or `nil` when it is invalid (the problem is reported).
    private func review(_ node: YAMLNode, into draft: inout ContractDraft) -> Review? {
        let reviewPath = path.appending("review")
        guard let mapping = MappingReader(
            node, at: reviewPath, keys: ["cadence", "metrics"], required: ["cadence"], context: context
        ) else { return nil }
        let cadence = mapping["cadence"].flatMap {
            reader.choice($0, at: mapping.path(of: "cadence"), from: ReviewCadence.allCases.map(\.rawValue))
        }.flatMap(ReviewCadence.init(rawValue:))
        var metrics: [String] = []
        if let node = mapping["metrics"] {
            let metricsPath = mapping.path(of: "metrics")
            guard let items = reader.list(node, at: metricsPath) else { return nil }
            var occurrences: [NameOccurrence] = []
            for (index, item) in items.enumerated() {
                guard let metric = reader.choice(item, at: metricsPath.appending(index: index), from: Review.knownMetricNames)
                else { continue }
                metrics.append(metric)
                occurrences.append(NameOccurrence(name: metric, range: item.range))
            }
            draft.distinctLists.append(DistinctList(noun: "review metric", path: metricsPath, entries: occurrences))
            guard metrics.count == items.count else { return nil }
        }
        guard let cadence else { return nil }
        return Review(cadence: cadence, metrics: metrics)
    }
}
