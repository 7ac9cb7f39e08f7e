import ArgumentParser
import LeadpactContract
import LeadpactDiagnostics
import LeadpactSignoff

extension Leadpact {
    /// Where the documentation of this version is published; a rule's `helpUri` in SARIF is
    /// this followed by its page and anchor, e.g. `docs/diagnostics.md#lp102--duplicate-key`.
    static let documentationBase = "https://github.com/your-org/leadpact/blob/v\(version)/"

    /// The version `leadpact --version` prints.
    static var version: String { configuration.version }

    /// leadpact as machine diagnostic formats name it: its version and every code it reports.
    static let diagnosticTool = DiagnosticTool(
        name: "leadpact", version: version, documentationBase: documentationBase,
        rules: ContractCompiler.diagnosticRules + SignoffDiagnostics.rules
    )
}
