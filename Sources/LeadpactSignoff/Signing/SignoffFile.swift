import Foundation
import LeadpactContract
public import LeadpactDiagnostics
import LeadpactYAML

/// A contract's sign-off file (`acme.sla.yaml` → `acme.sla.signoff.yaml`): every signature
/// ever made on the contract, oldest first. `leadpact sign` appends; nothing rewrites it.
///
/// ```yaml
/// signatures:
///   - party: "marketing"
///     signer: "dana-lee"
///     key_id: "3f2a9c0d1e2b4a5c"
///     contract: "acme-na"
///     version: "1.4.0"
///     digest: "sha256:…"
///     signed_at: "2026-11-20T10:00:00Z"
///     signature: "BASE64"
/// ```
public struct SignoffFile: Sendable {
    /// One record, with where its values stand in the file.
    public struct Entry: Sendable {
        /// The record.
        public var record: SignoffRecord
        /// Where the list item starts and ends.
        public var range: SourceRange
        /// Where each value stands, by key (`party`, `digest`, …).
        public var valueRanges: [String: SourceRange]
    }

    /// The file's path.
    public var path: String
    /// Whether the file exists.
    public var exists: Bool
    /// The well-formed records, in file order.
    public var entries: [Entry]
    /// Problems reading it (`LP1xx`, `LP500`, `LP501`); a malformed entry is reported and skipped.
    public var diagnostics: [Diagnostic]
    /// Its text, for renderers; `nil` when it could not be read.
    public var source: SourceFile?
    /// Whether the file holds a `signatures:` key (a file of comments only does not).
    var hasSignaturesList = false

    /// How a sign-off file's name ends.
    public static let suffix = ".signoff.yaml"

    /// The sign-off file beside a contract: `.yaml`/`.yml` replaced by `.signoff.yaml`.
    public static func path(forContract contractPath: String) -> String {
        for contractSuffix in [".yaml", ".yml"] where contractPath.hasSuffix(contractSuffix) {
            return String(contractPath.dropLast(contractSuffix.count)) + suffix
        }
        return contractPath + suffix
    }

    /// The contract a sign-off file belongs to, the inverse of `path(forContract:)`: the
    /// `.yaml` one, or the `.yml` one when only that exists.
    public static func contractPath(forSignoffFile signoffPath: String) -> String {
        let stem = signoffPath.hasSuffix(suffix) ? String(signoffPath.dropLast(suffix.count)) : signoffPath
        let yml = stem + ".yml"
        return !FileManager.default.fileExists(atPath: stem + ".yaml") && FileManager.default.fileExists(atPath: yml)
            ? yml : stem + ".yaml"
    }

    /// Reads a sign-off file; a missing one is empty (and `exists` is false).
    public static func load(path: String) -> SignoffFile {
        guard FileManager.default.fileExists(atPath: path) else {
            return SignoffFile(path: path, exists: false, entries: [], diagnostics: [], source: nil)
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            let diagnostic = SignoffDiagnostics.make("LP500", "cannot read the sign-off file '\(path)'", file: path)
            return SignoffFile(path: path, exists: true, entries: [], diagnostics: [diagnostic], source: nil)
        }
        return parse(bytes: Array(data), path: path)
    }

    /// Parses a sign-off file's bytes.
    public static func parse(bytes: [UInt8], path: String) -> SignoffFile {
        if SignoffYAML.isBlank(bytes) {
            let source = SourceFile(path: path, text: String(decoding: bytes, as: UTF8.self))
            return SignoffFile(path: path, exists: true, entries: [], diagnostics: [], source: source)
        }
        let document = YAMLLoader.load(bytes: bytes, path: path)
        var file = SignoffFile(
            path: path, exists: true, entries: [], diagnostics: document.diagnostics, source: document.source)
        guard let root = document.root, !root.isNull else { return file }
        guard let pairs = root.mapping else {
            file.diagnostics.append(SignoffDiagnostics.make(
                "LP501", "the sign-off file must be a mapping with a `signatures:` list", file: path, range: root.range))
            return file
        }
        for pair in pairs where pair.key.scalar != "signatures" {
            file.diagnostics.append(SignoffDiagnostics.make(
                "LP501", "unknown key '\(pair.key.scalar ?? "")' in the sign-off file; only `signatures:` belongs here",
                file: path, range: pair.key.range))
        }
        guard let list = pairs.first(where: { $0.key.scalar == "signatures" })?.value else {
            file.diagnostics.append(SignoffDiagnostics.make(
                "LP501", "the sign-off file has no `signatures:` list", file: path, range: root.range))
            return file
        }
        file.hasSignaturesList = true
        if list.isNull { return file }
        guard let items = list.sequence else {
            file.diagnostics.append(SignoffDiagnostics.make(
                "LP501", "`signatures` must be a list, found \(list.kindDescription)", file: path, range: list.range))
            return file
        }
        for item in items { file.read(item) }
        return file
    }

    private mutating func read(_ item: YAMLNode) {
        let (fields, problems) = SignoffYAML.scalarFields(
            of: item, required: SignoffRecord.keys, what: "a sign-off entry", code: "LP501", file: path)
        diagnostics += problems
        guard problems.isEmpty else { return }
        let value = { (key: String) in fields[key]?.value ?? "" }
        let range = { (key: String) in fields[key]?.range ?? item.range }
        var valid = true
        func reject(_ key: String, _ message: String) {
            diagnostics.append(SignoffDiagnostics.make("LP501", message, file: path, range: range(key)))
            valid = false
        }
        let party = Party(rawValue: value("party"))
        if party == nil {
            let guess = Suggestion.closest(to: value("party"), in: Party.allCases.map(\.rawValue))
            reject("party", "unknown party '\(value("party"))'; expected 'marketing' or 'sales'"
                + (guess.map { "; did you mean '\($0)'?" } ?? ""))
        }
        let keyID = value("key_id")
        if keyID.count != 16 || !keyID.allSatisfy({ $0.isHexDigit && !$0.isUppercase }) {
            reject("key_id", "key_id '\(keyID)' is not a key id (16 lowercase hex digits)")
        }
        if Data(base64Encoded: value("signature"))?.count != 64 {
            reject("signature", "the signature is not a base64 Ed25519 signature (64 bytes)")
        }
        if (try? Date.ISO8601FormatStyle().parse(value("signed_at"))) == nil {
            reject("signed_at", "signed_at '\(value("signed_at"))' is not an RFC 3339 time such as 2026-11-20T10:00:00Z")
        }
        guard valid, let party else { return }
        let record = SignoffRecord(
            party: party, signer: value("signer"), keyID: keyID, contractID: value("contract"),
            version: value("version"), digest: value("digest"), signedAt: value("signed_at"),
            signature: value("signature"))
        entries.append(Entry(record: record, range: item.range, valueRanges: fields.mapValues(\.range)))
    }
}
