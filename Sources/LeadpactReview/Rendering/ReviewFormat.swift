/// The formats `leadpact review --format` accepts, each a pure function of one result.
public enum ReviewFormat: String, CaseIterable, Hashable, Sendable {
    case text, markdown, html, json

    /// `result` in this format.
    public func render(_ result: ReviewResult) -> String {
        switch self {
        case .text: ReviewTextRenderer.render(result)
        case .markdown: ReviewMarkdownRenderer.render(result)
        case .html: ReviewHTMLRenderer.render(result)
        case .json: ReviewJSONRenderer.render(result)
        }
    }
}
