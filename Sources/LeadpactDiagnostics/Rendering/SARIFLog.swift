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
        var rules: [Rule]
    }

    struct Rule: Encodable {
        var id: String
        var shortDescription: Message
        var defaultConfiguration: Configuration

        init(_ diagnostic: Diagnostic) {
            id = diagnostic.code
            shortDescription = Message(text: "leadpact diagnostic \(diagnostic.code); see docs/diagnostics.md")
            defaultConfiguration = Configuration(level: Result.level(diagnostic.severity))
        }
    }

    struct Configuration: Encodable {
        var level: String
    }

    struct Message: Encodable {
        var text: String
    }

    struct Result: Encodable {
        var ruleId: String
        var ruleIndex: Int
        var level: String
        var message: Message
        var locations: [Location]
        var relatedLocations: [Location]?
        var fixes: [Fix]?
        var properties: Properties?

        init(_ diagnostic: Diagnostic, ruleIndex: Int) {
            ruleId = diagnostic.code
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
