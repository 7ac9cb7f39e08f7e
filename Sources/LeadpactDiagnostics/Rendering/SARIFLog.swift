/// The subset of the SARIF 2.1.0 object model that leadpact writes.
struct SARIFLog: Encodable {
    var schema: String
    var version: String
    var runs: [Run]

    enum CodingKeys: String, CodingKey {
        case schema = "$schema"
        case version, runs
    }

    struct Run: Encodable {
        var tool: Tool
        var columnKind: String
        var results: [Result]
    }

    struct Tool: Encodable {
        var driver: Driver
    }

    struct Driver: Encodable {
        var name: String
        var version: String?
        var semanticVersion: String?
        var informationUri: String?
        var rules: [Rule]

        init(_ tool: DiagnosticTool, rules: [Rule]) {
            name = tool.name
            version = tool.version
            semanticVersion = tool.version
            informationUri = tool.documentationBase
            self.rules = rules
        }
    }

    /// A code as a SARIF rule: its title, summary and help from the catalogue, and a link
    /// to where the documentation explains it.
    struct Rule: Encodable {
        var id: String
        var shortDescription: Message
        var fullDescription: Message
        var help: Message
        var helpUri: String?
        var defaultConfiguration: Configuration

        init(_ diagnostic: Diagnostic, tool: DiagnosticTool) {
            id = diagnostic.code
            defaultConfiguration = Configuration(level: Result.level(diagnostic.severity))
            guard let rule = tool.rules[diagnostic.code] else {
                let text = "\(tool.name) diagnostic \(diagnostic.code)"
                shortDescription = Message(text: text)
                fullDescription = Message(text: text + ".")
                help = Message(text: text + ".", markdown: text + ".")
                return
            }
            let summary = Self.sentence(rule.summary)
            shortDescription = Message(text: Self.sentence(rule.title, period: false))
            fullDescription = Message(text: summary)
            helpUri = tool.documentationURI(of: rule)
            let place = helpUri ?? rule.documentation
            help = Message(
                text: "\(rule.code) — \(rule.title): \(summary) Explained in \(place).",
                markdown: "**\(rule.code) — \(rule.title)**: \(summary)\n\n"
                    + "Explained in [\(rule.documentation)](\(place))."
            )
        }

        /// `text` with a capital first letter and, unless told otherwise, a final period.
        private static func sentence(_ text: String, period: Bool = true) -> String {
            let capitalised = text.prefix(1).uppercased() + text.dropFirst()
            return period && !capitalised.hasSuffix(".") ? capitalised + "." : capitalised
        }
    }

    struct Configuration: Encodable {
        var level: String
    }

    struct Message: Encodable {
        var text: String
        var markdown: String?
    }

    struct Result: Encodable {
        var ruleId: String
        var ruleIndex: Int
        var level: String
        var message: Message
        var locations: [Location]
        var relatedLocations: [Location]?
        var fixes: [Fix]?
        var partialFingerprints: [String: String]
        var properties: Properties?

        init(_ diagnostic: Diagnostic, ruleIndex: Int, fingerprint: String) {
            ruleId = diagnostic.code
            partialFingerprints = [SARIFFingerprint.key: fingerprint]
            self.ruleIndex = ruleIndex
            level = Self.level(diagnostic.severity)
            message = Message(text: diagnostic.message)
            let start = diagnostic.location
            let range = diagnostic.range ?? SourceRange(start: start, end: start)
            locations = [Location(file: diagnostic.file, range: range)]
            let related = diagnostic.notes.enumerated().compactMap { index, note in
                note.range.map { Location(file: note.file ?? diagnostic.file, range: $0, id: index, message: note.message) }
            }
            relatedLocations = related.isEmpty ? nil : related
            let replacements = diagnostic.fixIts.compactMap { Fix($0, file: diagnostic.file) }
            fixes = replacements.isEmpty ? nil : replacements
            let properties = Properties(
                notes: diagnostic.notes.map(\.message), fixIts: diagnostic.fixIts.map(\.message))
            self.properties = properties.notes.isEmpty && properties.fixIts.isEmpty ? nil : properties
        }

        static func level(_ severity: Severity) -> String {
            switch severity {
            case .error: "error"
            case .warning: "warning"
            case .note: "note"
            }
        }
    }

    struct Properties: Encodable {
        var notes: [String]
        var fixIts: [String]
    }

    struct Location: Encodable {
        var id: Int?
        var message: Message?
        var physicalLocation: PhysicalLocation

        init(file: String, range: SourceRange, id: Int? = nil, message: String? = nil) {
            self.id = id
            self.message = message.map { Message(text: $0) }
            physicalLocation = PhysicalLocation(
                artifactLocation: ArtifactLocation(uri: SARIFURI.reference(to: file)), region: Region(range))
        }
    }

    struct PhysicalLocation: Encodable {
        var artifactLocation: ArtifactLocation
        var region: Region
    }

    struct ArtifactLocation: Encodable {
        var uri: String
    }

    struct Region: Encodable {
        var startLine, startColumn, endLine, endColumn: Int

        init(_ range: SourceRange) {
            (startLine, startColumn) = (range.start.line, range.start.column)
            (endLine, endColumn) = (range.end.line, range.end.column)
        }
    }

    struct Fix: Encodable {
        var description: Message
        var artifactChanges: [ArtifactChange]

        /// A SARIF fix for `fixIt`, when it replaces a range.
        init?(_ fixIt: FixIt, file: String) {
            guard let range = fixIt.range, let replacement = fixIt.replacement else { return nil }
            description = Message(text: fixIt.message)
            artifactChanges = [ArtifactChange(
                artifactLocation: ArtifactLocation(uri: SARIFURI.reference(to: file)),
                replacements: [Replacement(deletedRegion: Region(range), insertedContent: Message(text: replacement))]
            )]
        }
    }

    struct ArtifactChange: Encodable {
        var artifactLocation: ArtifactLocation
        var replacements: [Replacement]
    }

    struct Replacement: Encodable {
        var deletedRegion: Region
        var insertedContent: Message
    }
}
