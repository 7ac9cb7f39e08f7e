import ArgumentParser
import LeadpactContract
import LeadpactDiagnostics
import LeadpactSignoff

extension Leadpact {
    /// Where the documentation is published; a rule's `helpUri` in SARIF is this followed by
    /// its page and anchor, e.g. `docs/diagnostics.md#lp102--duplicate-key`. It names the main
    /// branch, since no release has been tagged yet (see docs/ci.md).
    static let documentationBase = "https://github.com/your-org/leadpact/blob/main/"

    /// The release SARIF names as the driver's version (`leadpact --version` prints it too).
    static var version: String { ToolVersion.release }

    /// leadpact as machine diagnostic formats name it: its version and every code it reports.
    static let diagnosticTool = DiagnosticTool(
        name: "leadpact", version: version, documentationBase: documentationBase,
        rules: ContractCompiler.diagnosticRules + SignoffDiagnostics.rules
    )
}
