/// Renders diagnostics as a SARIF 2.1.0 log with one run, for code-scanning dashboards
/// (GitHub code scanning, Azure DevOps, IDE viewers).
///
/// The tool is `leadpact`, with one rule per distinct code (sorted by code; a rule's
/// default level is the severity of its first diagnostic). Each result carries its rule id,
/// level (`error`, `warning`, `note`), message, and the region it is about; columns are
/// Unicode code points (`columnKind: unicodeCodePoints`), ends exclusive. Notes that point
/// somewhere become related locations; fix-its that replace a range become SARIF fixes;
/// every note and fix-it text is also kept in the result's `properties`.
public struct SARIFDiagnosticRenderer: DiagnosticRenderer {
    /// The JSON Schema the log declares.
    public static let schemaURI = "https://json.schemastore.org/sarif-2.1.0.json"

    /// Creates a SARIF renderer.
    public init() {}

    /// The SARIF log, pretty-printed with sorted keys and a final newline.
    public func render(_ diagnostics: [Diagnostic], sources: [String: SourceFile]) -> String {
        let sorted = DiagnosticBag.sorted(diagnostics)
        var firstByCode: [String: Diagnostic] = [:]
        for diagnostic in sorted where firstByCode[diagnostic.code] == nil {
            firstByCode[diagnostic.code] = diagnostic
        }
        let rules = firstByCode.keys.sorted().compactMap { firstByCode[$0].map(SARIFLog.Rule.init) }
        let ruleIndex = Dictionary(uniqueKeysWithValues: rules.enumerated().map { ($1.id, $0) })
        let results = sorted.map { SARIFLog.Result($0, ruleIndex: ruleIndex[$0.code] ?? 0) }
        let run = SARIFLog.Run(
            tool: SARIFLog.Tool(driver: SARIFLog.Driver(name: "leadpact", rules: rules)),
            columnKind: "unicodeCodePoints",
            results: results
        )
        return JSONText.encode(SARIFLog(schema: Self.schemaURI, version: "2.1.0", runs: [run]))
    }
}
