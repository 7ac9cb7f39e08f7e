import Foundation

/// The machine form of a diff:
/// `{"old":{"id","version","digest"}, "new":{…}, "summary":{"tightened","loosened","changed"},
///   "changes":[{"path","kind","old","new","direction","side","summary"}]}`, keys sorted.
public struct DiffJSONRenderer: Sendable {
    /// Creates the renderer.
    public init() {}

    /// The JSON, pretty-printed with sorted keys, ending with a newline.
    public func render(_ diff: ContractDiff) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let document = Document(
            old: Revision(diff.old), new: Revision(diff.new),
            summary: Dictionary(uniqueKeysWithValues: ChangeDirection.allCases.map { ($0.rawValue, diff.count($0)) }),
            changes: diff.changes)
        // Encoding plain strings, integers and optionals cannot fail.
        guard let data = try? encoder.encode(document) else { return "{}\n" }
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    private struct Document: Encodable {
        var old: Revision
        var new: Revision
        var summary: [String: Int]
        var changes: [ContractChange]
    }

    private struct Revision: Encodable {
        var id: String
        var version: String
        var digest: String?

        init(_ revision: ContractDiff.Revision) {
            (id, version, digest) = (revision.id, revision.version, revision.digest)
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(id, forKey: .id)
            try container.encode(version, forKey: .version)
            try container.encode(digest, forKey: .digest)
        }

        private enum CodingKeys: String, CodingKey { case id, version, digest }
    }
}
