/// The program that reports diagnostics, as machine formats name it: its name and version,
/// where its documentation lives, and the rules (codes) it can report.
public struct DiagnosticTool: Sendable {
    /// The program's name, e.g. `leadpact`.
    public var name: String
    /// Its version (semantic), when known.
    public var version: String?
    /// An absolute URI that the rules' documentation paths are resolved against, e.g. the
    /// repository's address at the tagged version, ending in `/`.
    public var documentationBase: String?
    /// What each code means, by code.
    public var rules: [String: DiagnosticRule]

    /// Describes a tool; a later rule of the same code replaces an earlier one.
    public init(name: String, version: String? = nil, documentationBase: String? = nil, rules: [DiagnosticRule] = []) {
        self.name = name
        self.version = version
        self.documentationBase = documentationBase
        self.rules = Dictionary(rules.map { ($0.code, $0) }, uniquingKeysWith: { $1 })
    }

    /// `leadpact`, without a version or rules.
    public static let leadpact = DiagnosticTool(name: "leadpact")

    /// The absolute address of a rule's documentation, when the tool has a documentation base.
    public func documentationURI(of rule: DiagnosticRule) -> String? {
        documentationBase.map { $0 + rule.documentation }
    }
}
