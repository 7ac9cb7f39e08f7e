import Foundation
import LeadpactAudit
import LeadpactBacktest
import LeadpactContract
import LeadpactSignoff
import Testing

/// A backtest judges as two separate audits would: the same counts per rule and exactly the
/// flips the two audits' breaches imply.
@Suite struct BacktestAgreementTests {
    @Test func aContractAgainstItselfShowsNoDeltaAndNoFlip() throws {
        let contract = try BacktestFixtures.compile(try BacktestFixtures.contractText())
        let period = try BacktestFixtures.week(contract)
        let result = try Backtester.run(
            baseline: contract, baselineDigest: contract.digest, draft: contract, draftDigest: contract.digest,
            eventFiles: [BacktestFixtures.path(BacktestFixtures.eventsPath)], period: period, options: AuditOptions())
        #expect(result.diff.changes.isEmpty)
        #expect(result.flips.isEmpty)
        #expect(result.judgesAlike)
        #expect(result.rules.contains { $0.baseline.total > 0 })
        for row in result.rules {
            #expect(row.baseline == row.draft, "\(row.rule.rawValue)")
            #expect(row.complianceDelta ?? 0 == 0, "\(row.rule.rawValue)")
        }
        #expect(result.handoffs.baseline.mqls > 0)
        #expect(result.owners.allSatisfy { $0.baseline == $0.draft })
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(BacktestFormat.json.render(result).utf8)) as? [String: Any])
        let rules = try #require(json["rules"] as? [String: [String: Any]])
        for (rule, row) in rules {
            let delta = try #require(row["delta"] as? [String: Any], "\(rule)")
            for key in ["total", "met", "breached", "waived", "open"] {
                #expect(delta[key] as? Int == 0, "\(rule).\(key)")
            }
        }
        #expect((json["flips"] as? [Any])?.isEmpty == true)
    }

    @Test func aTighterDraftCountsAsTwoAuditsAndFlipsExactlyTheirDifference() throws {
        let baseline = try BacktestFixtures.compile(try BacktestFixtures.contractText(), name: "acme-global.sla.yaml")
        let draft = try BacktestFixtures.draft([
            ("accept_within: 30 business minutes", "accept_within: 10 business minutes"),
            ("when: \"score >= 100 and", "when: \"score >= 130 and"),
        ])
        let files = [BacktestFixtures.path(BacktestFixtures.eventsPath)]
        let period = try BacktestFixtures.week(baseline)
        let result = try Backtester.run(
            baseline: baseline, baselineDigest: baseline.digest, draft: draft, draftDigest: draft.digest,
            eventFiles: files, period: period, options: AuditOptions())
        let before = try BacktestFixtures.audit(baseline, files: files, period: period)
        let after = try BacktestFixtures.audit(draft, files: files, period: period)

        #expect(result.diff.changes.map(\.path).sorted() == ["sales.accept_within", "stages.mql.when"].sorted())
        #expect(result.rules.map(\.rule) == before.rules.map(\.rule))
        for (row, (old, new)) in zip(result.rules, zip(before.rules, after.rules)) {
            #expect(row.baseline == old.counts, "\(row.rule.rawValue) baseline")
            #expect(row.draft == new.counts, "\(row.rule.rawValue) draft")
        }
        let accept = try #require(result.rules.first { $0.rule == .salesAccept })
        #expect(accept.draft.breached > accept.baseline.breached)
        #expect(result.handoffs.draft.mqls < result.handoffs.baseline.mqls)

        let (old, new) = (BacktestFixtures.breachedLeads(before), BacktestFixtures.breachedLeads(after))
        let newly = result.flips.filter(\.isNewlyBreached).map { "\($0.rule.rawValue) \($0.lead)" }
        let cleared = result.flips.filter { !$0.isNewlyBreached }.map { "\($0.rule.rawValue) \($0.lead)" }
        #expect(Set(newly) == new.subtracting(old))
        #expect(Set(cleared) == old.subtracting(new))
        #expect(newly.count + cleared.count == result.flips.count)
        #expect(!newly.isEmpty)
        #expect(result.flips.allSatisfy { ($0.baseline == .breached) != ($0.draft == .breached) })
    }

    @Test func aLineBadUnderOneContractOnlyIsCountedForThatOne() throws {
        let baseline = try BacktestFixtures.compile(try BacktestFixtures.contractText(), name: "acme-global.sla.yaml")
        let draft = try BacktestFixtures.draft([("region: [na, emea]", "region: [na, emea, apac]")])
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("leadpact-backtest-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let extra = directory.appendingPathComponent("apac.jsonl")
        let line = #"{"ts":"2026-11-17T10:00:00-05:00","lead":"apac-1","type":"profile","set":{"region":"apac"}}"#
        try Data((line + "\n").utf8).write(to: extra)
        let files = [BacktestFixtures.path(BacktestFixtures.eventsPath), extra.path]
        let period = try BacktestFixtures.week(baseline)
        let result = try Backtester.run(
            baseline: baseline, baselineDigest: baseline.digest, draft: draft, draftDigest: draft.digest,
            eventFiles: files, period: period, options: AuditOptions())
        let before = try BacktestFixtures.audit(baseline, files: files, period: period)
        let after = try BacktestFixtures.audit(draft, files: files, period: period)
        #expect(result.input.baseline.badLines == before.input.badLines)
        #expect(result.input.draft.badLines == after.input.badLines)
        #expect(result.input.baseline.badLines == result.input.draft.badLines + 1)
        #expect(result.input.baseline.lines == before.input.lines)
        #expect(result.rules.map(\.baseline) == before.rules.map(\.counts))
        #expect(result.rules.map(\.draft) == after.rules.map(\.counts))
    }
}
