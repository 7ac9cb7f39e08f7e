import Crypto
import Foundation
public import LeadpactContract
public import LeadpactDiagnostics
import LeadpactYAML

/// The trust file: which public keys may sign for marketing and for sales.
///
/// ```yaml
/// marketing:
///   - { name: dana-lee, key: "ed25519:BASE64" }
/// sales:
///   - { name: sam-ortiz, key: "ed25519:BASE64" }
/// ```
public struct TrustedKeys: Sendable {
    /// The trust file's path.
    public var path: String
    /// The keys it lists, in file order.
    public var keys: [TrustedKey]
    /// Problems reading it (`LP1xx`, `LP508`, `LP509`, `LP513`).
    public var diagnostics: [Diagnostic]
    /// Its text, for renderers; `nil` when it could not be read.
    public var source: SourceFile?

    /// Creates a trust list from its parts.
    public init(path: String, keys: [TrustedKey], diagnostics: [Diagnostic] = [], source: SourceFile? = nil) {
        self.path = path
        self.keys = keys
        self.diagnostics = diagnostics
        self.source = source
    }

    /// The name of a default trust file.
    public static let fileName = "trusted-keys.yaml"

    /// The default trust file for a contract: `trusted-keys.yaml` in the contract's directory.
    public static func defaultPath(forContract contractPath: String) -> String {
        let directory = (contractPath as NSString).deletingLastPathComponent
        return directory.isEmpty ? fileName : (directory as NSString).appendingPathComponent(fileName)
    }

    /// The entries for a key id (normally one).
    public func keys(withID keyID: String) -> [TrustedKey] {
        keys.filter { $0.keyID == keyID }
    }

    /// The entry that lets the key with `keyID` sign for `party`; `nil` when the trust file
    /// does not list that key under that party.
    public func key(withID keyID: String, for party: Party) -> TrustedKey? {
        keys.first { $0.keyID == keyID && $0.party == party }
    }

    /// Reads a trust file; a missing or unreadable one yields an `LP508` diagnostic and no keys.
    public static func load(path: String) -> TrustedKeys {
        guard let data = FileManager.default.contents(atPath: path) else {
            let message = "cannot read the trust file '\(path)'; create it with the public key lines of both "
                + "leaders (`leadpact keys new` prints them), or pass --trust FILE"
            return TrustedKeys(
                path: path, keys: [], diagnostics: [SignoffDiagnostics.make("LP508", message, file: path)])
        }
        return parse(bytes: Array(data), path: path)
    }

    /// Parses a trust file's bytes.
    public static func parse(bytes: [UInt8], path: String) -> TrustedKeys {
        let blank = SignoffYAML.isBlank(bytes)
        let document = blank
            ? YAMLDocument(root: nil, diagnostics: [], source: SourceFile(path: path, text: String(decoding: bytes, as: UTF8.self)))
            : YAMLLoader.load(bytes: bytes, path: path)
        var result = TrustedKeys(path: path, keys: [], diagnostics: document.diagnostics, source: document.source)
        guard let root = document.root, !root.isNull else {
            if !document.diagnostics.contains(where: { $0.severity == .error }) {
                result.diagnostics.append(SignoffDiagnostics.make(
                    "LP509", "the trust file lists no keys; add `marketing:` and `sales:` lists", file: path))
            }
            return result
        }
        guard let pairs = root.mapping else {
            result.report("the trust file must map `marketing` and `sales` to lists of keys", at: root.range)
            return result
        }
        for pair in pairs {
            let name = pair.key.scalar ?? ""
            guard let party = Party(rawValue: name) else {
                var message = "unknown party '\(name)' in the trust file; expected 'marketing' or 'sales'"
                if let guess = Suggestion.closest(to: name, in: Party.allCases.map(\.rawValue)) {
                    message += "; did you mean '\(guess)'?"
                }
                result.report(message, at: pair.key.range)
                continue
            }
            if pair.value.isNull { continue }
            guard let items = pair.value.sequence else {
                result.report("'\(name)' must be a list of `{ name, key }` entries", at: pair.value.range)
                continue
            }
            for item in items { result.read(item, party: party) }
        }
        result.reportKeysListedForBothParties()
        return result
    }

    private mutating func read(_ item: YAMLNode, party: Party) {
        let (fields, problems) = SignoffYAML.scalarFields(
            of: item, required: ["name", "key"], what: "a trusted key", code: "LP509", file: path)
        diagnostics += problems
        guard let name = fields["name"], let key = fields["key"] else { return }
        guard let publicKey = PublicKeyText.decode(key.value) else {
            report("'\(key.value)' is not an ed25519 public key (expected ed25519:BASE64 of 32 bytes)", at: key.range)
            return
        }
        keys.append(TrustedKey(name: name.value, party: party, publicKey: publicKey, range: item.range))
    }

    private mutating func report(_ message: String, at range: SourceRange) {
        diagnostics.append(SignoffDiagnostics.make("LP509", message, file: path, range: range))
    }
}
