import LeadpactCalendar
import LeadpactContract
import LeadpactDiagnostics
import Testing

@testable import LeadpactSignoff

@Suite("Version discipline (check --against)")
struct VersionDisciplineTests {
    private func check(_ change: (inout Contract) -> Void) -> [Diagnostic] {
        VersionDiscipline.check(
            old: SampleContract.make(), new: SampleContract.with(change), newPath: "acme.sla.yaml",
            oldLabel: "main:acme.sla.yaml", versionRange: nil)
    }

    private func version(_ text: String) -> SemanticVersion {
        let (core, pre) = text.split(separator: "-", maxSplits: 1).map(String.init).splitFirst
        let numbers = core.split(separator: ".").compactMap { Int($0) }
        return SemanticVersion(major: numbers[0], minor: numbers[1], patch: numbers[2], prerelease: pre)
    }

    @Test("the same contract passes")
    func unchanged() {
        #expect(check { _ in }.isEmpty)
    }

    @Test("a change of meaning under the same version is LP510, naming the change")
    func meaningWithoutVersion() {
        let found = check { $0.sales?.acceptWithin = .businessTime(seconds: 900) }
        #expect(found.map(\.code) == ["LP510"])
        #expect(found.first?.severity == .error)
        let expected = "the rules changed (1 change) but the version is still 1.4.0; "
            + "raise contract.version so both leaders sign the new meaning"
        #expect(found.first?.message == expected)
        #expect(found.first?.notes.map(\.message) == [
            "compared with main:acme.sla.yaml (version 1.4.0)",
            "changed: sales.accept_within: 30 business minutes → 15 business minutes",
        ])
    }

    @Test("reordering volume targets changes the digest, so it needs a new version too")
    func reorderedTargets() {
        let reordered = check { $0.marketing?.volume.reverse() }
        #expect(reordered.map(\.code) == ["LP510"])
        let reshuffled = check { $0.scoring?.implicit.reverse() }
        #expect(reshuffled.isEmpty)
    }

    @Test("a change of meaning with a new version passes")
    func meaningWithVersion() {
        let found = check {
            $0.sales?.acceptWithin = .businessTime(seconds: 900)
            $0.metadata.version = version("1.5.0")
        }
        #expect(found.isEmpty)
    }

    @Test("a new version without a change of meaning is a warning, LP511")
    func versionWithoutMeaning() {
        let found = check { $0.metadata.version = version("1.4.1") }
        #expect(found.map(\.code) == ["LP511"])
        #expect(found.first?.severity == .warning)
    }

    @Test("a change of meaning with a lower version is LP512")
    func versionDown() {
        let found = check {
            $0.marketing?.volume[0].mqls = 500
            $0.metadata.version = version("1.3.9")
        }
        #expect(found.map(\.code) == ["LP512"])
    }

    @Test("semantic-version precedence", arguments: [
        ("1.4.0", "1.5.0", true), ("1.5.0", "1.4.0", false), ("1.4.0-rc.1", "1.4.0", true),
        ("1.4.0", "1.4.0-rc.1", false), ("1.4.0-rc.2", "1.4.0-rc.10", true), ("1.4.0-alpha", "1.4.0-beta", true),
        ("1.4.0-rc.1", "1.4.0-rc.1.1", true), ("1.4.0-1", "1.4.0-alpha", true), ("2.0.0", "10.0.0", true),
    ])
    func precedence(a: String, b: String, expected: Bool) {
        #expect(VersionDiscipline.precedes(version(a), version(b)) == expected)
    }

    @Test("diagnostics point at the contract's version")
    func versionRange() {
        let text = "leadpact: 1\ncontract:\n  id: acme-na\n  version: 1.4.0\n"
        let range = VersionDiscipline.versionRange(in: SourceFile(path: "acme.sla.yaml", text: text))
        #expect(range?.start == SourceLocation(line: 4, column: 12))
    }
}

extension Array where Element == String {
    /// The first element and the optional second, for `"1.4.0-rc.1"` split at `-`.
    fileprivate var splitFirst: (String, String?) { (self[0], count > 1 ? self[1] : nil) }
}
