import Crypto
import Foundation
import LeadpactContract
import LeadpactDiagnostics

extension TrustedKeys {
    /// Reports (`LP513`) every key the trust file lists under both parties, whatever names
    /// the two entries give it: such a key could sign for marketing and for sales, and "both
    /// leaders signed" would promise nothing. The report stands at the first entry under the
    /// other party, with a note at the key's first entry.
    mutating func reportKeysListedForBothParties() {
        var reported: Set<[UInt8]> = []
        for (index, key) in keys.enumerated() {
            let raw = Array(key.publicKey.rawRepresentation)
            guard !reported.contains(raw),
                  let first = keys[..<index].first(where: { $0.party != key.party && $0.holdsSameKey(as: key) })
            else { continue }
            reported.insert(raw)
            let message = "key \(key.keyID) ('\(key.name)') is listed for \(key.party.rawValue) here and for "
                + "\(first.party.rawValue) ('\(first.name)'); one key must not sign for both parties: remove one "
                + "of the two entries, and let that leader make a key of their own with `leadpact keys new`"
            diagnostics.append(SignoffDiagnostics.make(
                "LP513", message, file: path, range: key.range,
                notes: [DiagnosticNote("first listed for \(first.party.rawValue) here", file: path, range: first.range)]))
        }
    }
}

extension TrustedKey {
    /// Whether both entries list the same public key (the names may differ).
    func holdsSameKey(as other: TrustedKey) -> Bool {
        publicKey.rawRepresentation == other.publicKey.rawRepresentation
    }
}
