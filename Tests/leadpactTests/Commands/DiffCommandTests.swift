import Foundation
import Testing

/// `leadpact diff OLD NEW`: the semantic changes between two versions of a contract.
@Suite struct DiffCommandTests {
    /// `  where: before → after (verdict, side)` (docs/diff.md).
    static var changeLine: Regex<(Substring, verdict: Substring, side: Substring)> { #/^  \S.*\((?<verdict>tightened|loosened|changed), (?<side>marketing|sales|both)\)$/# }

    static func versions() throws -> (old: String, new: String) {
        let old = try #require(try Repository.files(in: "contracts/history", endingWith: ".sla.yaml").first,
                               "no contracts/history/*.sla.yaml")
        let name = try #require(old.split(separator: "/").last.map(String.init))
        let id = try #require(name.firstRange(of: #/-\d+\.\d+\.\d+/#).map { String(name[..<$0.lowerBound]) })
        return (old, "contracts/\(id).sla.yaml")
    }

    @Test func twoShippedVersionsShowTightenedAndLoosenedChanges() throws {
        let (old, new) = try Self.versions()
        let result = try CommandRunner.run(["diff", old, new])
        #expect(result.status == 0, "\(result)")
        let changes = result.stdoutLines.compactMap { try? Self.changeLine.wholeMatch(in: $0) }
        #expect(!changes.isEmpty, "\(result)")
        let verdicts = Set(changes.map { String($0.output.verdict) })
        #expect(verdicts.contains("tightened") || verdicts.contains("loosened"), "\(result)")
        let header = try #require(result.stdoutLines.first)
        #expect(header.contains("\(changes.count) change"), "\(result)")
    }

    @Test func jsonSummaryCountsTheChanges() throws {
        let (old, new) = try Self.versions()
        let (result, json) = try CommandRunner.runJSON(["diff", "--format", "json", old, new])
        #expect(result.status == 0, "\(result)")
        let diff = try #require(json as? [String: Any])
        let changes = try #require(diff["changes"] as? [[String: Any]])
        let summary = try #require(diff["summary"] as? [String: Any])
        for verdict in ["tightened", "loosened", "changed"] {
            #expect(summary[verdict] as? Int == changes.filter { $0["direction"] as? String == verdict }.count, "\(verdict)")
        }
        let newDigest = try CompileCommandTests.digest(of: try CommandRunner.run(["compile", new]).stdout)
        #expect((diff["new"] as? [String: Any])?["digest"] as? String == newDigest)
    }

    @Test func markdownAsksBothLeadersToSignTheNewDigest() throws {
        let (old, new) = try Self.versions()
        let result = try CommandRunner.run(["diff", "--format", "markdown", old, new])
        #expect(result.status == 0, "\(result)")
        let digest = try CompileCommandTests.digest(of: try CommandRunner.run(["compile", new]).stdout)
        #expect(result.stdout.contains(digest), "\(result)")
        for party in ["marketing", "sales"] {
            #expect(result.stdout.contains("leadpact sign \(new) --party \(party)"), "\(party): \(result)")
        }
    }

    @Test func aReformattedContractHasNoChanges() throws {
        // Same digest (clauses reordered, keys reordered, comments): no semantic change.
        let result = try CommandRunner.run(["diff", "fixtures/digest/base.sla.yaml", "fixtures/digest/reformatted.sla.yaml"])
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout.contains("no semantic changes"), "\(result)")
    }

    @Test func aContractAgainstItselfHasNoChanges() throws {
        let (_, new) = try Self.versions()
        let (result, json) = try CommandRunner.runJSON(["diff", "--format", "json", new, new])
        #expect(result.status == 0, "\(result)")
        #expect(((json as? [String: Any])?["changes"] as? [Any])?.isEmpty == true, "\(result)")
    }

    @Test func reorderedKeysCommentsAndQuotingAreNoChange() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        try directory.write(CompileCommandTests.minimal, to: "old.sla.yaml")
        try directory.write(CompileCommandTests.minimalReformatted, to: "new.sla.yaml")
        let (result, json) = try CommandRunner.runJSON(["diff", "--format", "json", "old.sla.yaml", "new.sla.yaml"], in: directory.url)
        #expect(result.status == 0, "\(result)")
        #expect(((json as? [String: Any])?["changes"] as? [Any])?.isEmpty == true, "\(result)")
    }

    @Test func aShorterFirstTouchIsTightenedForSales() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        try directory.write(CompileCommandTests.minimal, to: "old.sla.yaml")
        try directory.write(CompileCommandTests.minimal.replacingOccurrences(of: "1 day", with: "4 hours"), to: "new.sla.yaml")
        let result = try CommandRunner.run(["diff", "old.sla.yaml", "new.sla.yaml"], in: directory.url)
        #expect(result.status == 0, "\(result)")
        let change = try #require(result.stdoutLines.first { $0.contains("sales.first_touch_within") }, "\(result)")
        #expect(change.hasSuffix("(tightened, sales)"), "\(change)")
    }

    @Test func anInvalidContractExitsOne() throws {
        let (_, new) = try Self.versions()
        let invalid = try #require(try Repository.files(in: "contracts/invalid", endingWith: ".sla.yaml").first)
        let result = try CommandRunner.run(["diff", new, invalid])
        #expect(result.status == 1, "\(result)")
    }

    @Test func aMissingFileExitsTwo() throws {
        let (_, new) = try Self.versions()
        let result = try CommandRunner.run(["diff", new, "contracts/no-such-contract.sla.yaml"])
        #expect(result.status == 2, "\(result)")
    }
}
