/// The output formats of `leadpact backtest`.
public enum BacktestFormat: String, CaseIterable, Sendable {
    /// Tables for a terminal.
    case text
    /// The same tables for a pull request or a wiki.
    case markdown
    /// One self-contained page with a chart of compliance per rule.
    case html
    /// Every figure and every flip, for tools.
    case json

    /// Renders `result` in this format.
    public func render(_ result: BacktestResult) -> String {
        switch self {
        case .text: BacktestTextRenderer.render(result)
        case .markdown: BacktestMarkdownRenderer.render(result)
        case .html: BacktestHTMLRenderer.render(result)
        case .json: BacktestJSONRenderer.render(result)
        }
    }
}
