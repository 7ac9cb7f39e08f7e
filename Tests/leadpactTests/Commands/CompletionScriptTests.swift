import Foundation
import Testing

/// `leadpact --generate-completion-script bash|zsh|fish` completes file names wherever a
/// command takes a file, directory names where it takes a directory, and the values of every
/// `--format` and `--party`.
@Suite struct CompletionScriptTests {
    typealias Slot = CompletionScript.Slot
    typealias Offer = CompletionScript.Offer

    static let yaml = Offer.files(extensions: ["yaml", "yml"])
    static let anyFile = Offer.files(extensions: [])

    /// Every place that takes a file, a directory or one of a few words, command by command.
    static let expectations: [(path: [String], slot: Slot, offer: Offer)] = [
        (["check"], .argument(1), yaml),
        (["check"], .option("--trust"), yaml),
        (["check"], .option("--against"), yaml),
        (["check"], .option("--format"), .values(["text", "json", "github", "sarif", "junit"])),
        (["compile"], .argument(1), yaml),
        (["compile"], .option("--output"), anyFile),
        (["schema"], .option("--output"), anyFile),
        (["fixtures", "generate"], .argument(1), yaml),
        (["fixtures", "generate"], .option("--output"), anyFile),
        (["keys", "new"], .option("--output"), .directories),
        (["sign"], .argument(1), yaml),
        (["sign"], .option("--key"), .files(extensions: ["key"])),
        (["sign"], .option("--trust"), yaml),
        (["sign"], .option("--party"), .values(["marketing", "sales"])),
        (["verify"], .argument(1), yaml),
        (["verify"], .option("--trust"), yaml),
        (["diff"], .argument(1), yaml),
        (["diff"], .argument(2), yaml),
        (["diff"], .option("--format"), .values(["text", "markdown", "json"])),
        (["diff"], .option("--output"), anyFile),
        (["due"], .argument(1), yaml),
        (["audit"], .argument(1), yaml),
        (["audit"], .option("--events"), anyFile),
        (["audit"], .option("--output"), anyFile),
        (["audit"], .option("--format"), .values(["text", "markdown", "html", "json", "csv"])),
    ]

    @Test(arguments: CompletionScript.Shell.allCases)
    func everyFileArgumentCompletes(shell: CompletionScript.Shell) throws {
        let script = try CompletionScript(shell)
        for (path, slot, offer) in Self.expectations {
            #expect(script.offers(offer, in: slot, of: path), "\(shell): leadpact \(path.joined(separator: " ")) \(slot) should offer \(offer)")
        }
    }

    /// The reading of the scripts is not vacuous: a free-text option offers no files.
    @Test(arguments: CompletionScript.Shell.allCases)
    func aFreeTextOptionOffersNoFiles(shell: CompletionScript.Shell) throws {
        let script = try CompletionScript(shell)
        #expect(!script.offers(Self.anyFile, in: .option("--week"), of: ["audit"]))
        #expect(!script.offers(Self.anyFile, in: .option("--name"), of: ["keys", "new"]))
    }
}
