import LeadpactDiagnostics

/// A fixed set of diagnostics over two files that exercises every part of every format:
/// notes with and without a place, fix-its with and without a replacement, a tab before the
/// caret, non-ASCII text, a range over several lines, a diagnostic without a range, one in a
/// file whose text is not available, characters that need escaping, and every severity.
enum RenderingSamples {
    static let contractPath = "contracts/acme.sla.yaml"
    static let otherPath = "contracts/beta v2,final.sla.yaml"

    static let contractText = """
        leadpact: 1
        contract:
          id: acme-na
          title: Acme ⇄ Sales, 50% of MQLs
          id: acme-emea
        sales:
          accept_within: 3 business hours
          first_touch_within: 1 business hour
          reasons: [no_budget,\tno_respons]

        """

    /// A checked file with nothing to report.
    static let cleanPath = "contracts/clean.sla.yaml"

    /// The files the samples come from, as a run names them: one is clean.
    static let inputs = [contractPath, cleanPath, otherPath]

    /// A tool with a version, a documentation base and rules for two of the sample codes, so
    /// SARIF shows a described rule and a rule the catalogue lacks.
    static let tool = DiagnosticTool(
        name: "leadpact", version: "1.2.3", documentationBase: "https://example.com/leadpact/",
        rules: [
            DiagnosticRule(code: "LP102", title: "duplicate key", summary: "a mapping repeats a key",
                           headingIn: "docs/diagnostics.md"),
            DiagnosticRule(code: "LP412", title: "effective on or after expires",
                           summary: "`effective` is on or after `expires`", headingIn: "docs/diagnostics.md"),
        ]
    )

    static var sources: [String: SourceFile] {
        [contractPath: SourceFile(path: contractPath, text: contractText)]
    }

    /// The diagnostics, deliberately not in file and position order.
    static let diagnostics: [Diagnostic] = [
        Diagnostic(
            code: "LP412", severity: .warning,
            message: "accept_within (3 business hours) is longer than first_touch_within (1 business hour)",
            file: contractPath, range: range(7, 18, 7, 34),
            notes: [
                DiagnosticNote("first_touch_within is set here", range: range(8, 23, 8, 38)),
                DiagnosticNote("both run on the calendar 'na'"),
            ]
        ),
        Diagnostic(
            code: "LP102", severity: .error,
            message: "duplicate key 'id'; a key may appear only once in a mapping",
            file: contractPath, range: range(5, 3, 5, 5),
            notes: [DiagnosticNote("'id' first appears here", range: range(3, 3, 3, 5))],
            fixIts: [FixIt("remove this entry or merge it into the first 'id'")]
        ),
        Diagnostic(code: "LP106", severity: .error, message: "empty contract: the file holds no YAML content",
                   file: otherPath, range: range(1, 1, 1, 1)),
        Diagnostic(
            code: "LP207", severity: .error, message: "unknown reason 'no_respons'",
            file: contractPath, range: range(9, 24, 9, 34),
            fixIts: [FixIt("did you mean 'no_response'?", range: range(9, 24, 9, 34), replacement: "no_response")]
        ),
        Diagnostic(code: "LP501", severity: .error, message: "the contract is not signed by sales",
                   file: contractPath, fixIts: [FixIt("run 'leadpact sign contracts/acme.sla.yaml --party sales'")]),
        Diagnostic(code: "LP210", severity: .error, message: "a title may not hold '%' or ',': found \"50%, of\"\nsee the schema",
                   file: contractPath, range: range(4, 10, 4, 35)),
        Diagnostic(code: "LP301", severity: .warning, message: "this section repeats the key 'id'",
                   file: contractPath, range: range(2, 1, 5, 18)),
        Diagnostic(code: "LP001", severity: .note, message: "contract format version 1",
                   file: contractPath, range: range(1, 1, 1, 12)),
    ]

    static func range(_ startLine: Int, _ startColumn: Int, _ endLine: Int, _ endColumn: Int) -> SourceRange {
        SourceRange(start: SourceLocation(line: startLine, column: startColumn),
                    end: SourceLocation(line: endLine, column: endColumn))
    }
}
