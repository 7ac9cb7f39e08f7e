public import LeadpactDiagnostics

extension SignoffDiagnostics {
    /// The catalogue's codes as rules, pointing at the LP5xx table of docs/signoff.md.
    public static let rules: [DiagnosticRule] = catalogue.map { entry in
        DiagnosticRule(code: entry.code, title: entry.meaning, summary: entry.meaning,
                       documentation: "docs/signoff.md#diagnostics-lp5xx")
    }
}
