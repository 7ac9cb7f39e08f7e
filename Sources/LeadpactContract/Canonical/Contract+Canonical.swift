import Crypto

extension Contract {
    /// The version of the compiled-rules format, written as `"ir"`. It changes whenever the
    /// canonical form of an unchanged contract would change, so old signatures are read for
    /// what they are.
    public static let compiledRulesVersion = 1

    /// The compiled rules as a JSON value: every part of the contract that has meaning, with
    /// values normalised (see docs/compiled-rules.md). No `digest` key.
    public var canonicalValue: CanonicalJSON {
        .object(canonicalMembers)
    }

    /// The top-level members of `canonicalValue`.
    private var canonicalMembers: [String: CanonicalJSON] {
        var fieldTypes: [String: CanonicalJSON] = [:]
        for (name, type) in fields {
            fieldTypes[name] = type.canonicalJSON
        }
        return [
            "ir": .integer(Self.compiledRulesVersion),
            "leadpact": .integer(formatVersion),
            "contract": metadata.canonicalJSON,
            "calendars": .object(calendars.mapValues(\.canonicalJSON)),
            "fields": .object(fieldTypes),
            "activities": .stringSet(activities),
            "scoring": scoring?.canonicalJSON ?? .null,
            "stages": stages.canonicalJSON,
            "marketing": marketing?.canonicalJSON ?? .null,
            "sales": sales?.canonicalJSON ?? .null,
        ]
    }

    /// The compact canonical JSON of the compiled rules (sorted keys, no whitespace, no
    /// `digest` key): the exact text the digest is computed over.
    public func canonicalJSON() -> String {
        CanonicalJSONWriter.compact.write(canonicalValue)
    }

    /// `"sha256:"` + the lowercase hex SHA-256 of `canonicalJSON()`'s UTF-8 bytes.
    ///
    /// It identifies the contract's meaning: reordering keys, comments, quoting, flow or block
    /// style and other spellings of the same value (`1h`, `1 hour`) leave it unchanged.
    public var digest: String {
        let hash = SHA256.hash(data: Array(canonicalJSON().utf8))
        return "sha256:" + hash.map { byte in
            let hex = String(byte, radix: 16)
            return byte < 0x10 ? "0" + hex : hex
        }.joined()
    }

    /// What `leadpact compile` prints: the canonical rules in the pretty layout, with a
    /// top-level `"digest"` key added. The digest covers everything but that key: remove it
    /// and write the rest compactly to get the digested text back.
    public func compiledRulesJSON() -> String {
        var members = canonicalMembers
        members["digest"] = .string(digest)
        return CanonicalJSONWriter.pretty.write(.object(members))
    }
}
