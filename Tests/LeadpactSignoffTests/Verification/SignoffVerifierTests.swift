import Foundation
import LeadpactContract
import LeadpactDiagnostics
import Testing

@testable import LeadpactSignoff

@Suite("Verifying sign-offs")
struct SignoffVerifierTests {
    let harness = SignoffHarness()

    @Test("both parties signing the current digest verifies")
    func signed() throws {
        let result = harness.verify([try harness.record(.marketing), try harness.record(.sales)])
        #expect(result.isComplete)
        #expect(result.diagnostics.isEmpty)
        #expect(result.signatures[.marketing]?.signer.name == "dana-lee")
        #expect(result.signatures[.sales]?.signer.name == "sam-ortiz")
    }

    @Test("the signer is the trust file's name for the key, not the entry's unsigned name")
    func signerFromTrustFile() throws {
        let trustText = harness.trustText.replacingOccurrences(of: "\"dana-lee\"", with: "\"Dana Lee, CMO\"")
        let trust = TrustedKeys.parse(bytes: Array(trustText.utf8), path: "contracts/trusted-keys.yaml")
        var renamed = try harness.record(.marketing)
        renamed.signer = "the-board"
        let file = SignoffFile.parse(
            bytes: Array(SignoffHarness.fileText([renamed, try harness.record(.sales)]).utf8), path: "s.yaml")
        let result = SignoffVerifier(trust: trust).verify(harness.subject, signoffs: file, contractPath: "c.yaml")
        #expect(result.isComplete)
        #expect(result.signatures[.marketing]?.signer.name == "Dana Lee, CMO")
        #expect(result.signatures[.marketing]?.record.signer == "the-board")
    }

    @Test("a missing party is named, with the command that fixes it")
    func missingParty() throws {
        let result = harness.verify([try harness.record(.marketing)])
        #expect(!result.isComplete)
        #expect(result.codes == ["LP502"])
        #expect(result.diagnostics[0].message.hasPrefix("no sales signature for acme-na version 1.4.0"))
        #expect(result.diagnostics[0].notes.map(\.message) == [
            "the sales leader signs with `leadpact sign contracts/acme.sla.yaml --party sales --key KEYFILE`"
        ])
    }

    @Test("a contract changed after signing fails with the signed and current digests")
    func staleDigest() throws {
        let current = SignedSubject(contractID: "acme-na", version: "1.4.0", digest: "sha256:" + String(repeating: "b", count: 64))
        let result = harness.verify([try harness.record(.marketing), try harness.record(.sales)], subject: current)
        #expect(result.codes == ["LP503", "LP503"])
        let message = result.diagnostics[0].message
        #expect(message.contains("signed version 1.4.0, digest sha256:\(String(repeating: "a", count: 64)), "
            + "current digest sha256:\(String(repeating: "b", count: 64))"))
        #expect(result.diagnostics[0].range?.start == SourceLocation(line: 9, column: 13))
    }

    @Test("a signature of an older version fails, and names that version")
    func olderVersion() throws {
        let older = SignedSubject(contractID: "acme-na", version: "1.3.0", digest: "sha256:" + String(repeating: "c", count: 64))
        let result = harness.verify([try harness.record(.marketing, subject: older), try harness.record(.sales)])
        #expect(result.codes == ["LP503"])
        #expect(result.diagnostics[0].message.hasPrefix("stale marketing signature: signed version 1.3.0, digest sha256:ccc"))
    }

    @Test("an old signature is history once the party has signed the current version")
    func historyIsQuiet() throws {
        let older = SignedSubject(contractID: "acme-na", version: "1.3.0", digest: "sha256:" + String(repeating: "c", count: 64))
        let records = [
            try harness.record(.marketing, subject: older), try harness.record(.sales, subject: older),
            try harness.record(.marketing), try harness.record(.sales),
        ]
        #expect(harness.verify(records).isComplete)
    }

    @Test("a signature by a key the trust file does not list fails")
    func untrustedKey() throws {
        let stranger = SigningKey.generate(name: "mallory")
        let result = harness.verify([try harness.record(.marketing, key: stranger), try harness.record(.sales)])
        #expect(result.codes == ["LP504"])
        #expect(result.diagnostics[0].message.contains("made with key \(stranger.keyID), which contracts/trusted-keys.yaml does not list"))
        #expect(!result.diagnostics[0].message.contains("mallory"), "the entry's signer name is not signed, so not shown")
    }

    @Test("a marketing signature presented as sales fails")
    func wrongParty() throws {
        // Dana (marketing) signs for sales with her own key.
        let signedAsSales = harness.verify([try harness.record(.marketing), try harness.record(.sales, key: harness.marketing)])
        #expect(signedAsSales.codes == ["LP505"])
        #expect(signedAsSales.diagnostics[0].message.hasPrefix("wrong party: this entry signs for sales, but key \(harness.marketing.keyID) is trusted for marketing"))
        let note = try #require(signedAsSales.diagnostics[0].notes.first)
        #expect(note.message == "listed for marketing here")
        #expect(note.file == "contracts/trusted-keys.yaml")
        #expect(note.range?.start == SourceLocation(line: 2, column: 5))
        // Dana's marketing entry copied with its party relabelled.
        let marketing = try harness.record(.marketing)
        var relabelled = marketing
        relabelled.party = .sales
        #expect(harness.verify([marketing, relabelled]).codes == ["LP505"])
    }

    @Test("a relabelled signature fails even when the key may sign for both parties")
    func relabelledWithSharedKey() throws {
        let trust = TrustedKeys.parse(
            bytes: Array("marketing:\n\(harness.marketing.trustEntry)\nsales:\n\(harness.marketing.trustEntry)\n".utf8),
            path: "trusted-keys.yaml")
        var relabelled = try harness.record(.marketing)
        relabelled.party = .sales
        let file = SignoffFile.parse(bytes: Array(SignoffHarness.fileText([relabelled]).utf8), path: "s.yaml")
        let result = SignoffVerifier(trust: trust).verify(harness.subject, signoffs: file, contractPath: "c.yaml")
        #expect(result.codes.contains("LP506"))
    }

    @Test("one key signing for both parties never verifies, even when a trust list allows it without a word")
    func oneKeyForBothParties() throws {
        let key = harness.marketing.publicKey
        let lenient = TrustedKeys(path: "trusted-keys.yaml", keys: [
            TrustedKey(name: "dana-lee", party: .marketing, publicKey: key),
            TrustedKey(name: "dana-sales-hat", party: .sales, publicKey: key),
        ])
        let records = [try harness.record(.marketing), try harness.record(.sales, key: harness.marketing)]
        let file = SignoffFile.parse(bytes: Array(SignoffHarness.fileText(records).utf8), path: "s.yaml")
        let result = SignoffVerifier(trust: lenient).verify(harness.subject, signoffs: file, contractPath: "c.yaml")
        #expect(!result.isComplete)
        #expect(result.codes == ["LP514"])
        #expect(result.signatures[.marketing] != nil)
        #expect(result.signatures[.sales] == nil)
        let diagnostic = result.diagnostics[0]
        #expect(diagnostic.message.hasPrefix(
            "the sales signature was made with key \(harness.marketing.keyID), the key that made the marketing signature"))
        #expect(diagnostic.range?.start == SourceLocation(line: 14, column: 13))
        #expect(diagnostic.notes.first?.range?.start == SourceLocation(line: 6, column: 13))
    }

    @Test("a trust file listing one key for both parties fails verification, and so do the signatures it allowed")
    func trustFileWithOneKeyForBothParties() throws {
        let trust = TrustedKeys.parse(
            bytes: Array("marketing:\n\(harness.marketing.trustEntry)\nsales:\n\(harness.marketing.trustEntry)\n".utf8),
            path: "trusted-keys.yaml")
        let records = [try harness.record(.marketing), try harness.record(.sales, key: harness.marketing)]
        let file = SignoffFile.parse(bytes: Array(SignoffHarness.fileText(records).utf8), path: "s.yaml")
        let result = SignoffVerifier(trust: trust).verify(harness.subject, signoffs: file, contractPath: "c.yaml")
        #expect(!result.isComplete)
        #expect(Set(result.codes) == ["LP513", "LP514"])
    }

    @Test("a signature copied from another contract fails")
    func otherContract() throws {
        let other = SignedSubject(contractID: "acme-emea", version: "1.4.0", digest: harness.subject.digest)
        let result = harness.verify([try harness.record(.marketing, subject: other), try harness.record(.sales)])
        #expect(result.codes == ["LP507"])
        #expect(result.diagnostics[0].message.hasPrefix("this marketing signature is for contract 'acme-emea' (version 1.4.0), not 'acme-na'"))
    }

    @Test("a copied signature whose fields were edited to match fails", arguments: [
        SignedSubject(contractID: "acme-emea", version: "1.4.0", digest: "sha256:" + String(repeating: "d", count: 64)),
        SignedSubject(contractID: "acme-na", version: "1.3.0", digest: "sha256:" + String(repeating: "e", count: 64)),
    ])
    func editedCopy(source: SignedSubject) throws {
        var forged = try harness.record(.marketing, subject: source)
        forged.contractID = harness.subject.contractID
        forged.version = harness.subject.version
        forged.digest = harness.subject.digest
        let result = harness.verify([forged, try harness.record(.sales)])
        #expect(result.codes == ["LP506"])
        #expect(result.diagnostics[0].message.hasPrefix("bad signature"))
    }

    @Test("a corrupted sign-off file is a clear error, not a crash", arguments: [
        "signatures: [unclosed\n",
        "\u{FF}\u{FE}garbage",
        "signatures: 42\n",
        "- just\n- a list\n",
        "signatures:\n  - party: marketing\n",
        "signatures:\n  - 17\n",
        "extra: true\nsignatures:\n",
    ])
    func corrupted(text: String) {
        let result = harness.verify(text)
        #expect(!result.isComplete)
        #expect(result.diagnostics.contains { $0.severity == .error && ($0.code.hasPrefix("LP1") || $0.code == "LP501") })
    }

    @Test("damaged values in an entry are reported where they stand")
    func damagedValues() throws {
        let good = try harness.record(.marketing).yamlItem
        let damaged = good
            .replacingOccurrences(of: "party: \"marketing\"", with: "party: \"marketting\"")
            .replacingOccurrences(of: "signed_at: \"", with: "signed_at: \"yesterday")
        let result = harness.verify(SignoffFile.header + damaged + (try harness.record(.sales)).yamlItem)
        let messages = result.diagnostics.filter { $0.code == "LP501" }.map(\.message)
        #expect(messages.contains { $0.contains("unknown party 'marketting'") && $0.contains("did you mean 'marketing'?") })
        #expect(messages.contains { $0.contains("is not an RFC 3339 time") })
        #expect(result.codes.contains("LP502"))
    }
}
