/// The output formats diagnostics can be rendered in (`leadpact check --format`).
public enum DiagnosticFormat: String, CaseIterable, Sendable {
    /// Compiler-style text with the source line and a caret, for people.
    case text
    /// One JSON object holding every diagnostic and the counts, for scripts.
    case json
    /// GitHub Actions workflow commands, which become annotations on a pull request.
    case github
    /// SARIF 2.1.0, for code-scanning dashboards.
    case sarif
    /// A JUnit XML test report, for CI systems that show test results (GitLab, Jenkins, Azure).
    case junit
}

extension DiagnosticFormat {
    /// The renderer for this format. `colored` and `width` matter only to `text` (pass whether
    /// the output stream is a terminal, and its width or the one asked for), `tool` only to
    /// `sarif` (the driver, its version and rules), `inputs` only to `junit` (the files checked,
    /// each a test case).
    public func renderer(
        colored: Bool, width: Int? = nil, tool: DiagnosticTool = .leadpact, inputs: [String] = []
    ) -> any DiagnosticRenderer {
        switch self {
        case .text: TextDiagnosticRenderer(colored: colored, width: width)
        case .json: JSONDiagnosticRenderer()
        case .github: GitHubDiagnosticRenderer()
        case .sarif: SARIFDiagnosticRenderer(tool: tool)
        case .junit: JUnitDiagnosticRenderer(inputs: inputs)
        }
    }
}
