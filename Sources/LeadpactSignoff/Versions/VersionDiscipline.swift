public import LeadpactContract
public import LeadpactDiagnostics
import LeadpactYAML

/// `check --against OLD`: the version must change exactly when the meaning does.
///
/// - meaning changed (digests differ), version the same → `LP510` error;
/// - meaning changed, version lower than the old one → `LP512` error;
/// - version changed, meaning the same → `LP511` warning.
///
/// The version is part of the digest, so the meanings are compared on digests with the version
/// left out: the old contract is given the new version and digested again. The diff names the
/// changes in the notes.
public enum VersionDiscipline {
    /// Compares the new contract with the old one. `versionRange` is where the new file
    /// states its version (see `versionRange(in:)`); diagnostics point there.
    public static func check(
        old: Contract, new: Contract, newPath: String, oldLabel: String, versionRange: SourceRange?
    ) -> [Diagnostic] {
        let (before, after) = (old.metadata.version, new.metadata.version)
        var oldUnderNewVersion = old
        oldUnderNewVersion.metadata.version = after
        let meaningChanged = oldUnderNewVersion.digest != new.digest
        let changes = ContractDiff(old: old, new: new).changes.filter { $0.path != "contract.version" }
        let note = DiagnosticNote("compared with \(oldLabel) (version \(before))")
        if !meaningChanged {
            guard before != after else { return [] }
            return [SignoffDiagnostics.make(
                "LP511", "the version changed (\(before) → \(after)) but the rules did not; a version bump "
                    + "without a change of meaning asks both leaders to sign again for nothing",
                file: newPath, range: versionRange, notes: [note], severity: .warning)]
        }
        let first = changes.prefix(3).map(\.summary).joined(separator: "; ")
        let more = changes.count > 3 ? " and \(changes.count - 3) more" : ""
        let changeNote = DiagnosticNote(
            changes.isEmpty ? "the compiled rules differ only in the order of entries" : "changed: \(first)\(more)")
        let count = changes.isEmpty ? "" : " (\(changes.count) \(changes.count == 1 ? "change" : "changes"))"
        if before == after {
            return [SignoffDiagnostics.make(
                "LP510", "the rules changed\(count) but the "
                    + "version is still \(after); raise contract.version so both leaders sign the new meaning",
                file: newPath, range: versionRange, notes: [note, changeNote])]
        }
        if precedes(after, before) {
            return [SignoffDiagnostics.make(
                "LP512", "the rules changed but the version went down (\(before) → \(after)); raise it above \(before)",
                file: newPath, range: versionRange, notes: [note, changeNote])]
        }
        return []
    }

    /// Where `contract.version` stands in a contract's text, if it can be found.
    public static func versionRange(in source: SourceFile) -> SourceRange? {
        let document = YAMLLoader.load(text: source.text, path: source.path)
        let contract = document.root?.mapping?.first { $0.key.scalar == "contract" }?.value
        return contract?.mapping?.first { $0.key.scalar == "version" }?.value.range
    }

    /// Semantic-version precedence: numbers first, then a pre-release ranks below its release,
    /// pre-release identifiers compared numerically when both are numbers. Build metadata is ignored.
    static func precedes(_ a: SemanticVersion, _ b: SemanticVersion) -> Bool {
        if (a.major, a.minor, a.patch) != (b.major, b.minor, b.patch) {
            return (a.major, a.minor, a.patch) < (b.major, b.minor, b.patch)
        }
        switch (a.prerelease, b.prerelease) {
        case (nil, _): return false
        case (_?, nil): return true
        case (let x?, let y?):
            let (left, right) = (x.split(separator: "."), y.split(separator: "."))
            for (p, q) in zip(left, right) where p != q {
                switch (Int(p), Int(q)) {
                case (let m?, let n?): return m < n
                case (_?, nil): return true
                case (nil, _?): return false
                case (nil, nil): return p < q
                }
            }
            return left.count < right.count
        }
    }
}
