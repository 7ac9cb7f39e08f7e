import Foundation
import LeadpactDiagnostics
import LeadpactYAML

/// Compiles a contract file into a typed `Contract`, like a compiler: load the YAML (LP1xx),
/// map every section onto the model by hand (LP2xx, with expressions type-checked: LP3xx),
/// then run the semantic checks (LP4xx). The contract is `nil` when any error was reported.
public enum ContractCompiler {
    /// The contract format this compiler reads: the value of a contract's `leadpact:` key.
    public static let supportedFormatVersion = 1

    /// The top-level sections, in the order they are compiled.
    static let sections = [
        "leadpact", "contract", "fields", "activities", "calendars", "scoring", "stages", "marketing", "sales",
    ]

    /// Reads and compiles the file at `path`; an unreadable file gives one LP100 diagnostic.
    public static func compile(path: String) -> CompilationResult {
        switch ContractFileReader.read(path) {
        case .success(let bytes):
            return compile(bytes: bytes, path: path)
        case .failure(let problem):
            let diagnostic = Diagnostic(
                code: "LP100", severity: .error, message: "cannot read '\(path)': \(problem.reason)", file: path,
                fixIts: [FixIt("check the path and the file's permissions")]
            )
            return CompilationResult(contract: nil, diagnostics: [diagnostic], source: SourceFile(path: path, text: ""))
        }
    }

    /// Compiles `bytes` as the contents of the file at `path` (which is only used in
    /// diagnostics): the bytes need not be UTF-8, which is reported as LP105.
    public static func compile(bytes: [UInt8], path: String) -> CompilationResult {
        compile(document: YAMLLoader.load(bytes: bytes, path: path))
    }

    /// Compiles `text` as the contents of the file at `path`.
    public static func compile(text: String, path: String) -> CompilationResult {
        compile(document: YAMLLoader.load(text: text, path: path))
    }

    static func compile(document: YAMLDocument) -> CompilationResult {
        let context = CompilationContext(file: document.source.path, source: document.source)
        context.report(contentsOf: document.diagnostics)
        var contract: Contract?
        if let root = document.root {
            var draft = ContractDraft()
            compileSections(root, context: context, into: &draft)
            ContractChecks.run(on: draft, context: context)
            contract = context.hasErrors ? nil : draft.contract()
        }
        return CompilationResult(contract: contract, diagnostics: context.diagnostics.sorted, source: document.source)
    }

    private static func compileSections(_ root: YAMLNode, context: CompilationContext, into draft: inout ContractDraft) {
        guard root.mapping != nil else {
            context.report(
                .rootNotMapping, "a contract is a mapping of sections, but the file holds \(root.kindDescription)",
                at: root.range, fixIts: [FixIt("start the file with 'leadpact: 1' and a 'contract:' section")]
            )
            return
        }
        guard let top = MappingReader(root, at: [], keys: sections, required: ["leadpact", "contract"], context: context)
        else { return }
        for section in sections {
            guard let node = top[section] else { continue }
            let errorsBefore = context.errorCount
            compile(section: section, node, context: context, into: &draft)
            if context.errorCount > errorsBefore { draft.failedSections.insert(section) }
        }
    }

    private static func compile(
        section: String, _ node: YAMLNode, context: CompilationContext, into draft: inout ContractDraft
    ) {
        switch section {
        case "leadpact": draft.formatVersion = formatVersion(node, context: context)
        case "contract": draft.metadata = ContractSectionCompiler(context: context).compile(node, into: &draft)
        case "fields": FieldsCompiler(context: context).compileFields(node, into: &draft)
        case "activities": FieldsCompiler(context: context).compileActivities(node, into: &draft)
        case "calendars": CalendarsCompiler(context: context).compile(node, into: &draft)
        case "scoring": ScoringCompiler(context: context).compile(node, into: &draft)
        case "stages": StagesCompiler(context: context).compile(node, into: &draft)
        case "marketing": MarketingCompiler(context: context).compile(node, into: &draft)
        default: SalesCompiler(context: context).compile(node, into: &draft)
        }
    }

    private static func formatVersion(_ node: YAMLNode, context: CompilationContext) -> Int? {
        guard let version = NodeReader(context: context).integer(node, at: ["leadpact"]) else { return nil }
        let supported = supportedFormatVersion
        guard version == supported else {
            context.report(
                .unsupportedFormatVersion,
                "this leadpact reads contract format \(supported), but the file declares format \(version)",
                at: node.range, fixIts: [FixIt("write 'leadpact: \(supported)'", range: node.range, replacement: "\(supported)")]
            )
            return nil
        }
        return version
    }
}
