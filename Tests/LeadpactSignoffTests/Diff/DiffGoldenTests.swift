import Foundation
import LeadpactContract
import LeadpactDiagnostics
import Testing

@testable import LeadpactSignoff

/// `leadpact diff` over pairs of real contract files, compiled by the compiler: every format
/// against its golden in fixtures/diff/.
@Suite("Diff goldens over contract pairs")
struct DiffGoldenTests {
    /// A golden case: the two contracts and the golden files' stem.
    struct Pair: CustomTestStringConvertible, Sendable {
        var name: String
        var old: String
        var new: String
        var testDescription: String { name }
    }

    static let pairs: [Pair] = {
        let fixtures = ["sales-clocks", "marketing-targets", "calendars", "scoring-stages", "metadata-vocabulary", "reformatted"]
        return fixtures.map { Pair(name: $0, old: "fixtures/diff/\($0).old.sla.yaml", new: "fixtures/diff/\($0).new.sla.yaml") }
            + [Pair(name: "acme-global", old: "contracts/history/acme-global-1.3.0.sla.yaml", new: "contracts/acme-global.sla.yaml")]
    }()

    /// Compiles a repository contract, failing the test on any error.
    static func compile(_ relative: String) throws -> Contract {
        let result = ContractCompiler.compile(path: RepositoryFiles.path(relative))
        let errors = result.diagnostics.filter { $0.severity == .error }.map { "\($0.location): \($0.message)" }
        #expect(errors.isEmpty, "\(relative) does not compile: \(errors)")
        return try #require(result.contract)
    }

    static func diff(_ pair: Pair) throws -> ContractDiff {
        let (old, new) = (try compile(pair.old), try compile(pair.new))
        return ContractDiff(old: old, new: new, oldDigest: old.digest, newDigest: new.digest)
    }

    @Test("every format matches its golden", arguments: pairs)
    func goldens(pair: Pair) throws {
        let diff = try Self.diff(pair)
        let stem = "fixtures/diff/\(pair.name).expected"
        RepositoryFiles.assertGolden(DiffFormat.text.render(diff), "\(stem).txt")
        RepositoryFiles.assertGolden(DiffFormat.markdown.render(diff, contractPath: pair.new), "\(stem).md")
        RepositoryFiles.assertGolden(DiffFormat.json.render(diff), "\(stem).json", equivalent: RepositoryFiles.sameJSON)
    }

    @Test("a reformatted contract has the same meaning")
    func reformatted() throws {
        let diff = try Self.diff(Self.pairs[5])
        #expect(diff.isEmpty)
        #expect(diff.old.digest == diff.new.digest)
    }

    @Test("the pairs cover every verdict, side and kind of change")
    func coverage() throws {
        let changes = try Self.pairs.flatMap { try Self.diff($0).changes }
        #expect(Set(changes.map(\.direction)) == Set(ChangeDirection.allCases))
        #expect(Set(changes.map(\.side)) == Set(ChangeSide.allCases))
        #expect(Set(changes.map(\.kind)) == Set(ChangeKind.allCases))
        for direction in [ChangeDirection.tightened, .loosened] {
            for side in [ChangeSide.marketing, .sales, .both] {
                #expect(changes.contains { $0.direction == direction && $0.side == side }, "no \(direction) change for \(side)")
            }
        }
    }
}
