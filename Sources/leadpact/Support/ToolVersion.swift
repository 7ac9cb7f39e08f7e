import LeadpactContract

/// What `leadpact --version` prints: the release of the tool, the one place it is written, and
/// the contract format it reads (the `leadpact:` key every contract starts with).
enum ToolVersion {
    /// The release of leadpact.
    static let release = "0.1.0"

    /// Two lines: `leadpact 0.1.0` and `contract format: leadpact: 1`.
    static var text: String {
        "leadpact \(release)\ncontract format: leadpact: \(ContractCompiler.supportedFormatVersion)"
    }
}
