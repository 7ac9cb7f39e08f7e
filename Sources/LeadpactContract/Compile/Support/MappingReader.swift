import LeadpactCalendar
import LeadpactDiagnostics
import LeadpactYAML

/// A YAML mapping read against a fixed set of keys: unknown keys are reported with a
/// did-you-mean, required keys that are missing are reported at the mapping's own key, and
/// every entry's key and value are recorded in the source map.
struct MappingReader {
    /// The mapping node.
    let node: YAMLNode
    /// Where the mapping stands in the contract.
    let path: ContractPath
    private var entries: [String: YAMLPair] = [:]

    /// Reads `node` as a mapping with the given keys, or reports why it cannot and returns `nil`.
    init?(
        _ node: YAMLNode, at path: ContractPath, keys: [String], required: [String] = [],
        context: CompilationContext
    ) {
        guard let pairs = node.mapping else {
            NodeReader(context: context).reportWrongKind(node, expected: "a mapping", at: path)
            return nil
        }
        self.node = node
        self.path = path
        var suggested: Set<String> = []
        for pair in pairs {
            guard let key = pair.key.scalar else { continue }
            let entryPath = path.appending(key)
            context.sourceMap.recordKey(pair.key.range, at: entryPath)
            context.sourceMap.recordValue(pair.value.range, at: entryPath)
            if keys.contains(key) {
                entries[key] = pair
            } else if let guess = Self.reportUnknownKey(key, range: pair.key.range, in: path, keys: keys, context: context) {
                suggested.insert(guess)
            }
        }
        // A required key that an unknown key's did-you-mean already names is not reported twice.
        for key in required where entries[key] == nil && !suggested.contains(key) {
            let anchor = context.sourceMap.key(at: path) ?? SourceRange(start: node.range.start, length: 1)
            context.report(
                .missingKey, "missing required key '\(key)' in '\(path.display)'", at: anchor,
                fixIts: [FixIt("add '\(key):' to '\(path.display)'")]
            )
        }
    }

    /// The value under `key`, if present.
    subscript(_ key: String) -> YAMLNode? { entries[key]?.value }

    /// The path of the entry under `key`.
    func path(of key: String) -> ContractPath { path.appending(key) }

    /// Whether the mapping has `key`.
    func has(_ key: String) -> Bool { entries[key] != nil }

    /// Reports an unknown key; returns the key it suggests instead, if any.
    private static func reportUnknownKey(
        _ key: String, range: SourceRange, in path: ContractPath, keys: [String], context: CompilationContext
    ) -> String? {
        let place = path.isEmpty ? "at the top level" : "in '\(path.display)'"
        if let guess = Suggestion.closest(to: key, in: keys) {
            context.report(
                .unknownKey, "unknown key '\(key)' \(place); did you mean '\(guess)'?", at: range,
                fixIts: [FixIt("replace '\(key)' with '\(guess)'", range: range, replacement: guess)]
            )
            return guess
        } else {
            context.report(
                .unknownKey, "unknown key '\(key)' \(place)", at: range,
                notes: [DiagnosticNote("the keys allowed here are: \(keys.joined(separator: ", "))")],
                fixIts: [FixIt("remove '\(key)' or rename it to one of the keys allowed here")]
            )
            return nil
        }
    }
}
