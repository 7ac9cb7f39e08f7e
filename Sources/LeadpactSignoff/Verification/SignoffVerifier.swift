import Crypto
import Foundation
import LeadpactContract
import LeadpactDiagnostics

/// Checks a contract's sign-off file against the current digest and the trust file.
///
/// A party is signed when at least one of its entries is valid: made by a key the trust file
/// lists for that party, over this contract's id, version, digest and that party. Older
/// entries (earlier versions) are history and are not reported once a valid one exists.
public struct SignoffVerifier: Sendable {
    /// The keys allowed to sign.
    public var trust: TrustedKeys

    /// Creates a verifier.
    public init(trust: TrustedKeys) {
        self.trust = trust
    }

    /// Verifies `signoffs` for `subject`. `contractPath` is named when the sign-off file is missing.
    public func verify(_ subject: SignedSubject, signoffs: SignoffFile, contractPath: String) -> SignoffVerification {
        var diagnostics = trust.diagnostics + signoffs.diagnostics
        var signatures: [Party: VerifiedSignature] = [:]
        var signedEntries: [Party: SignoffFile.Entry] = [:]
        // Without a readable trust file no key is trusted; saying so for every signature would
        // blame the keys for the missing file.
        let trustRead = !trust.diagnostics.contains { SignoffDiagnostics.unreadableFileCodes.contains($0.code) }
        for party in Party.allCases where trustRead {
            let entries = signoffs.entries.filter { $0.record.party == party }
            let verdicts = entries.map { ($0, problem(with: $0, subject: subject, file: signoffs.path)) }
            if let valid = verdicts.last(where: { $0.1 == nil }),
               let key = trust.key(withID: valid.0.record.keyID, for: party) {
                signatures[party] = VerifiedSignature(record: valid.0.record, signer: key)
                signedEntries[party] = valid.0
                continue
            }
            let problems = verdicts.compactMap(\.1)
            let stale = problems.filter { $0.code == "LP503" }
            diagnostics += problems.filter { $0.code != "LP503" } + stale.suffix(1)
            if entries.isEmpty {
                diagnostics.append(missing(party, subject: subject, signoffs: signoffs, contractPath: contractPath))
            }
        }
        diagnostics += withdrawSignaturesOfOneKeyForBothParties(&signatures, entries: signedEntries, file: signoffs.path)
        var sources: [String: SourceFile] = [:]
        if let source = signoffs.source { sources[signoffs.path] = source }
        if let source = trust.source { sources[trust.path] = source }
        var bag = DiagnosticBag()
        bag.report(contentsOf: diagnostics)
        return SignoffVerification(subject: subject, signatures: signatures, diagnostics: bag.sorted, sources: sources)
    }

    /// What is wrong with one entry, or `nil` when it is a valid signature of `subject`.
    func problem(with entry: SignoffFile.Entry, subject: SignedSubject, file: String) -> Diagnostic? {
        let record = entry.record
        let at = { (key: String) in entry.valueRanges[key] ?? entry.range }
        let party = record.party.rawValue
        let trusted = trust.keys(withID: record.keyID)
        guard !trusted.isEmpty else {
            return SignoffDiagnostics.make(
                "LP504",
                "the \(party) signature was made with key \(record.keyID), which "
                    + "\(trust.path) does not list; add its public key line under `\(party):` if the key is trusted",
                file: file, range: at("key_id"))
        }
        guard let key = trust.key(withID: record.keyID, for: record.party) else {
            let owners = trusted.map { "\($0.party.rawValue) ('\($0.name)')" }.joined(separator: ", ")
            return SignoffDiagnostics.make(
                "LP505",
                "wrong party: this entry signs for \(party), but key \(record.keyID) is trusted for \(owners) "
                    + "in \(trust.path), not for \(party)",
                file: file, range: at("party"),
                notes: trusted.map { DiagnosticNote("listed for \($0.party.rawValue) here", file: trust.path, range: $0.range) })
        }
        let signature = Data(base64Encoded: record.signature) ?? Data()
        guard key.publicKey.isValidSignature(signature, for: record.subject.message(for: record.party)) else {
            return SignoffDiagnostics.make(
                "LP506",
                "bad signature: the \(party) signature by key \(record.keyID) ('\(key.name)') does not match this "
                    + "entry's contract, version, digest and party; the entry was edited or copied — sign again",
                file: file, range: at("signature"))
        }
        guard record.contractID == subject.contractID else {
            return SignoffDiagnostics.make(
                "LP507",
                "this \(party) signature is for contract '\(record.contractID)' (version \(record.version)), "
                    + "not '\(subject.contractID)'; it was copied from another contract's sign-off file",
                file: file, range: at("contract"))
        }
        guard record.digest == subject.digest, record.version == subject.version else {
            let signed = "signed version \(record.version), digest \(record.digest)"
            return SignoffDiagnostics.make(
                "LP503",
                "stale \(party) signature: \(signed), current digest \(subject.digest) (version \(subject.version)); "
                    + "the contract changed after it was signed",
                file: file, range: at(record.digest == subject.digest ? "version" : "digest"),
                notes: [DiagnosticNote("review the changes with `leadpact diff`, then sign the current version again")])
        }
        return nil
    }

    private func missing(
        _ party: Party, subject: SignedSubject, signoffs: SignoffFile, contractPath: String
    ) -> Diagnostic {
        let message = "no \(party.rawValue) signature for \(subject.contractID) version \(subject.version) "
            + "(digest \(subject.digest))"
        let hint = "the \(party.rawValue) leader signs with `leadpact sign \(contractPath) --party \(party.rawValue) "
            + "--key KEYFILE`"
        return SignoffDiagnostics.make(
            "LP502", message, file: signoffs.exists ? signoffs.path : contractPath, notes: [DiagnosticNote(hint)])
    }
}
