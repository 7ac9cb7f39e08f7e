/// What one diagnostic code means, as formats that describe their rules show it (SARIF): a
/// short title, a one-sentence summary, and where the documentation explains it.
public struct DiagnosticRule: Hashable, Sendable {
    /// The stable code, e.g. `LP102`.
    public var code: String
    /// A few words, e.g. "duplicate key".
    public var title: String
    /// One sentence on what the code catches.
    public var summary: String
    /// The documentation page, relative to the repository root, with the anchor of the part
    /// that explains the code: `docs/diagnostics.md#lp102--duplicate-key`.
    public var documentation: String

    /// Creates a rule documented at `documentation`.
    public init(code: String, title: String, summary: String, documentation: String) {
        self.code = code
        self.title = title
        self.summary = summary
        self.documentation = documentation
    }

    /// Creates a rule documented under the heading `CODE — TITLE` of `page`.
    public init(code: String, title: String, summary: String, headingIn page: String) {
        self.init(code: code, title: title, summary: summary,
                  documentation: page + "#" + Self.anchor(ofHeading: "\(code) — \(title)"))
    }

    /// The anchor a Markdown renderer such as GitHub's gives a heading: lowercased, every
    /// character but letters, digits, spaces, `-` and `_` dropped, spaces turned into `-`.
    public static func anchor(ofHeading heading: String) -> String {
        var anchor = ""
        for character in heading.lowercased() {
            if character == " " {
                anchor.append("-")
            } else if character.isLetter || character.isNumber || character == "-" || character == "_" {
                anchor.append(character)
            }
        }
        return anchor
    }
}
