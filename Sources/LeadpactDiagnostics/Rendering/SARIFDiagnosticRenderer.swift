/// Renders diagnostics as a SARIF 2.1.0 log with one run, for code-scanning dashboards
/// (GitHub code scanning, Azure DevOps, IDE viewers).
///
/// The driver is the tool, with its version (`version` and `semanticVersion`) and one rule per
/// distinct code (sorted by code; a rule's default level is the severity of its first
/// diagnostic). A rule's short and full descriptions and its help (text and Markdown) come
/// from the tool's catalogue, with `helpUri` pointing at the documentation. Each result
/// carries its rule id, level (`error`, `warning`, `note`), message, the region it is about,
/// and `partialFingerprints` that survive line moves (`SARIFFingerprint`); columns are Unicode
/// code points (`columnKind: unicodeCodePoints`), ends exclusive. Notes that point somewhere
/// become related locations; fix-its that replace a range become SARIF fixes; every note and
/// fix-it text is also kept in the result's `properties`.
public struct SARIFDiagnosticRenderer: DiagnosticRenderer {
    /// The JSON Schema the log declares.
    public static let schemaURI = "https://json.schemastore.org/sarif-2.1.0.json"

    /// The tool named as the run's driver.
    public var tool: DiagnosticTool

    /// Creates a SARIF renderer naming `tool` as the driver.
    public init(tool: DiagnosticTool = .leadpact) {
        self.tool = tool
    }

    /// The SARIF log, pretty-printed with sorted keys and a final newline.
    public func render(_ diagnostics: [Diagnostic], sources: [String: SourceFile]) -> String {
        let sorted = DiagnosticBag.sorted(diagnostics)
        var firstByCode: [String: Diagnostic] = [:]
        for diagnostic in sorted where firstByCode[diagnostic.code] == nil {
            firstByCode[diagnostic.code] = diagnostic
        }
        let rules = firstByCode.keys.sorted().compactMap { firstByCode[$0].map { SARIFLog.Rule($0, tool: tool) } }
        let ruleIndex = Dictionary(uniqueKeysWithValues: rules.enumerated().map { ($1.id, $0) })
        var fingerprints = SARIFFingerprint()
        let results = sorted.map { diagnostic in
            SARIFLog.Result(
                diagnostic, ruleIndex: ruleIndex[diagnostic.code] ?? 0,
                fingerprint: fingerprints.next(for: diagnostic, source: sources[diagnostic.file]))
        }
        let run = SARIFLog.Run(
            tool: SARIFLog.Tool(driver: SARIFLog.Driver(tool, rules: rules)),
            columnKind: "unicodeCodePoints",
            results: results
        )
        return JSONText.encode(SARIFLog(schema: Self.schemaURI, version: "2.1.0", runs: [run]))
    }
}
