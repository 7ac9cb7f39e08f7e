import LeadpactContract
import LeadpactDiagnostics

/// A contract text for tests, with `‸` marking where a diagnostic is expected: the marker is
/// removed and its line and column (in Unicode scalars) remembered.
struct MarkedContract {
    /// The text without the marker.
    let text: String
    /// Where the marker stood.
    let location: SourceLocation

    /// The valid head every snippet is appended to: format version and `contract:` section.
    static let header = """
        leadpact: 1
        contract:
          id: test
          title: Test SLA
          version: 1.0.0
          timezone: UTC
          parties: { marketing: M <m@example.com>, sales: S <s@example.com> }

        """

    /// Reads `marked`, which holds exactly one `‸`.
    init(_ marked: String) {
        var line = 1, column = 1
        var found: SourceLocation?
        var text = ""
        for scalar in marked.unicodeScalars {
            if scalar == "‸" {
                found = SourceLocation(line: line, column: column)
                continue
            }
            text.unicodeScalars.append(scalar)
            if scalar == "\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
        }
        self.text = text
        self.location = found ?? SourceLocation(line: 0, column: 0)
    }

    /// The header followed by `snippet`.
    static func withHeader(_ snippet: String) -> MarkedContract {
        MarkedContract(header + snippet)
    }

    /// Compiles the text as `test.sla.yaml`.
    func compile() -> CompilationResult {
        ContractCompiler.compile(text: text, path: "test.sla.yaml")
    }

    /// `code@line:col` of every diagnostic, for readable failures.
    static func summary(_ diagnostics: [Diagnostic]) -> [String] {
        diagnostics.map { "\($0.code)@\($0.location) \($0.message)" }
    }
}
