import LeadpactContract
import LeadpactDiagnostics

extension SignoffVerifier {
    /// Withdraws a party's signature made with the key that already signed for an earlier
    /// party (`LP514`): whoever holds that key signed for both leaders, so the sign-off is not
    /// the two leaders' agreement. A trust file listing one key under both parties is already
    /// an error (`LP513`); this holds even for a trust list that skipped that check.
    func withdrawSignaturesOfOneKeyForBothParties(
        _ signatures: inout [Party: VerifiedSignature], entries: [Party: SignoffFile.Entry], file: String
    ) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var earlier: [Party] = []
        for party in Party.allCases {
            guard let signature = signatures[party] else { continue }
            guard let first = earlier.first(where: { signatures[$0]?.signer.holdsSameKey(as: signature.signer) == true })
            else {
                earlier.append(party)
                continue
            }
            signatures[party] = nil
            let message = "the \(party.rawValue) signature was made with key \(signature.record.keyID), the key that "
                + "made the \(first.rawValue) signature; one key cannot sign for both parties: the "
                + "\(party.rawValue) leader signs with a key of their own, listed only under `\(party.rawValue):`"
            diagnostics.append(SignoffDiagnostics.make(
                "LP514", message, file: file, range: entries[party].map(Self.keyIDRange),
                notes: [DiagnosticNote(
                    "the \(first.rawValue) signature by the same key", file: file,
                    range: entries[first].map(Self.keyIDRange))]))
        }
        return diagnostics
    }

    /// Where an entry's `key_id` value stands (the entry itself when that is unknown).
    private static func keyIDRange(_ entry: SignoffFile.Entry) -> SourceRange {
        entry.valueRanges["key_id"] ?? entry.range
    }
}
