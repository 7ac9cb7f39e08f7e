import Foundation
import LeadpactAudit
import LeadpactContract
import Testing

/// Volume and conversion targets (brief §5): judged on [s, e) in contract.timezone, due =
/// resolved_at = e, reported where from < e ≤ to, open where s < to < e, `lead` null.
@Suite struct TargetConformanceTests {
    private static let body = """
        fields:
          region: [na, emea]
          company_size: int

        stages:
          mql:
            when: "company_size > 10"

        marketing:
          volume:
            - { mqls: 3, per: month }
            - { mqls: 1, per: month, where: "region == emea" }
          conversion: { mql_to_sql: 50%, per: month }
        """
    private let contract = Conformance.yaml(body)

    // November 2026: N1 qualifies (na) and converts; N2 does not qualify (size 5); N3 qualifies
    // (emea) on Nov 30 23:00 but converts on Dec 1, after the period; N3's 23:30 mql is a
    // duplicate. Volume: 2 qualifying < 3 → breach; emea: 1 ≥ 1 → met. Conversion: 3 cycles,
    // 1 converted → 33% < 50% → breach.
    private let november = """
        {"ts":"2026-11-02T09:00:00-05:00","lead":"N1","type":"profile","set":{"company_size":50,"region":"na"}}
        {"ts":"2026-11-02T10:00:00-05:00","lead":"N1","type":"mql"}
        {"ts":"2026-11-03T10:00:00-05:00","lead":"N1","type":"sql"}
        {"ts":"2026-11-04T09:00:00-05:00","lead":"N2","type":"profile","set":{"company_size":5,"region":"emea"}}
        {"ts":"2026-11-04T10:00:00-05:00","lead":"N2","type":"mql"}
        {"ts":"2026-11-30T22:00:00-05:00","lead":"N3","type":"profile","set":{"company_size":50,"region":"emea"}}
        {"ts":"2026-11-30T23:00:00-05:00","lead":"N3","type":"mql"}
        {"ts":"2026-11-30T23:30:00-05:00","lead":"N3","type":"mql"}
        {"ts":"2026-12-01T00:30:00-05:00","lead":"N3","type":"sql"}
        """

    private let endOfNovember = Conformance.at("2026-12-01T00:00:00-05:00")

    @Test func theMonthReportJudgesItsTargetsAtTheMonthsEnd() throws {
        let contract = try Conformance.contract(self.contract)
        let result = try Conformance.audit(contract, november, period: try ReportPeriod.month("2026-11", timeZone: "America/New_York"))
        #expect(result.tally(.marketingVolume) == [1, 1, 0, 0])
        #expect(result.tally(.marketingConversion) == [0, 1, 0, 0])
        let volume = try #require(result.breaches(.marketingVolume).first)
        #expect(volume.lead == nil)
        #expect(volume.side == .marketing)
        #expect(volume.due == endOfNovember)
        #expect(volume.resolvedAt == endOfNovember)
        #expect(volume.detail.contains("3") && volume.detail.contains("2"))
        let conversion = try #require(result.breaches(.marketingConversion).first)
        #expect(conversion.lead == nil)
        #expect(conversion.resolvedAt == endOfNovember)
        #expect(result.open.filter { $0.rule.isTarget }.isEmpty)
    }

    @Test func theWeekHoldingTheLastDayReportsTheMonthAndOpensTheNext() throws {
        // W49 = Mon Nov 30 .. Mon Dec 7: from < Dec 1 ≤ to → November judged;
        // December: s = Dec 1 < to = Dec 7 < e = Jan 1 → its three targets are open.
        let result = try Conformance.run(contract, november, week: "2026-W49")
        #expect(result.tally(.marketingVolume) == [1, 1, 0, 2])
        #expect(result.tally(.marketingConversion) == [0, 1, 0, 1])
        #expect(result.open(.marketingVolume).allSatisfy { $0.lead == nil && $0.due == Conformance.at("2027-01-01T00:00:00-05:00") })
    }

    @Test func aWeekInsideTheMonthListsItsTargetsAsOpen() throws {
        // W48 = Nov 23 .. Nov 30: s = Nov 1 < to < e = Dec 1 → open, no breach.
        let result = try Conformance.run(contract, november, week: "2026-W48")
        #expect(result.tally(.marketingVolume) == [0, 0, 0, 2])
        #expect(result.tally(.marketingConversion) == [0, 0, 0, 1])
        #expect(result.breaches.filter { $0.rule.isTarget }.isEmpty)
        #expect(result.open(.marketingConversion).first?.due == endOfNovember)
    }

    @Test func aPeriodEndingExactlyAtTheMonthsEndJudgesItAndTheNextDoesNot() throws {
        // [Nov 10, Dec 1): e = Dec 1 = to → judged (e ≤ to); December not begun (s = to) → not open.
        let upTo = try Conformance.run(contract, november, from: "2026-11-10", to: "2026-12-01")
        #expect(upTo.tally(.marketingVolume) == [1, 1, 0, 0])
        #expect(upTo.tally(.marketingConversion) == [0, 1, 0, 0])
        // [Dec 1, Dec 8): from = e → November not reported; December open.
        let after = try Conformance.run(contract, november, from: "2026-12-01", to: "2026-12-08")
        #expect(after.tally(.marketingVolume) == [0, 0, 0, 2])
        #expect(after.tally(.marketingConversion) == [0, 0, 0, 1])
    }

    @Test func aMonthWithNoCyclesMeetsConversionAndBreachesVolume() throws {
        // October 2026 holds no mql: conversion has no cycles → met; volume 0 < 3 and 0 < 1.
        let result = try Conformance.run(contract, november, from: "2026-10-01", to: "2026-11-01")
        #expect(result.tally(.marketingConversion) == [1, 0, 0, 0])
        #expect(result.tally(.marketingVolume) == [0, 2, 0, 0])
        #expect(result.breaches(.marketingVolume).allSatisfy { $0.resolvedAt == Conformance.at("2026-11-01T00:00:00-04:00") })
    }

    @Test func targetsAreJudgedOnlyForPeriodsInsideTheContractSpan() throws {
        // effective 2026-11-15: November is not inside the span → not judged in W49;
        // December is → open.
        let started = Conformance.yaml(Self.body, contractExtra: "  effective: 2026-11-15\n")
        let result = try Conformance.run(started, november, week: "2026-W49")
        #expect(result.tally(.marketingVolume) == [0, 0, 0, 2])
        #expect(result.tally(.marketingConversion) == [0, 0, 0, 1])
    }

    @Test func aSegmentIsDecidedAtTheMqlAndOnlyCyclesInThePeriodCount() throws {
        // X is na at its mql (Nov 10) and turns emea later → counts for the total only.
        // Y qualifies as emea, but its mql is on Oct 31 23:30 EDT → October's, not November's.
        // November: total 1 < 3 → breach; emea 0 < 1 → breach. Conversion: X has no sql → 0/1.
        let result = try Conformance.run(contract, """
            {"ts":"2026-11-10T09:00:00-05:00","lead":"X","type":"profile","set":{"company_size":50,"region":"na"}}
            {"ts":"2026-11-10T10:00:00-05:00","lead":"X","type":"mql"}
            {"ts":"2026-11-11T10:00:00-05:00","lead":"X","type":"profile","set":{"region":"emea"}}
            {"ts":"2026-10-31T09:00:00-04:00","lead":"Y","type":"profile","set":{"company_size":50,"region":"emea"}}
            {"ts":"2026-10-31T23:30:00-04:00","lead":"Y","type":"mql"}
            {"ts":"2026-11-02T10:00:00-05:00","lead":"Y","type":"sql"}
            """, from: "2026-11-01", to: "2026-12-01")
        #expect(result.tally(.marketingVolume) == [0, 2, 0, 0])
        #expect(result.tally(.marketingConversion) == [0, 1, 0, 0])
    }
}

/// Quarter targets and the exact edges of a target's figure.
@Suite struct QuarterTargetConformanceTests {
    private let contract = Conformance.yaml("""
        fields:
          company_size: int

        marketing:
          volume:
            - { mqls: 2, per: quarter }
          conversion: { mql_to_sql: 50%, per: quarter }
        """)

    // Q4 2026 = [Oct 1, Jan 1). Q1 and Q2 each start a cycle; Q1 converts in its cycle,
    // Q2's sql comes after its cycle was lost (no cycle) → 1 of 2 = 50% ≥ 50% → met;
    // 2 mqls ≥ 2 → met. Q3's mql on Jan 1 00:00 belongs to Q1 2027.
    private let events = """
        {"ts":"2026-10-05T10:00:00-04:00","lead":"Q1","type":"mql"}
        {"ts":"2026-10-06T10:00:00-04:00","lead":"Q1","type":"sql"}
        {"ts":"2026-12-05T10:00:00-05:00","lead":"Q2","type":"mql"}
        {"ts":"2026-12-06T10:00:00-05:00","lead":"Q2","type":"lost"}
        {"ts":"2026-12-07T10:00:00-05:00","lead":"Q2","type":"sql"}
        {"ts":"2027-01-01T00:00:00-05:00","lead":"Q3","type":"mql"}
        """

    @Test func aQuarterIsJudgedAtItsEndWithExactFigures() throws {
        let result = try Conformance.run(contract, events, from: "2026-12-28", to: "2027-01-04")
        #expect(result.tally(.marketingVolume) == [1, 0, 0, 1])
        #expect(result.tally(.marketingConversion) == [1, 0, 0, 1])
        #expect(result.open(.marketingVolume).first?.due == Conformance.at("2027-04-01T00:00:00-04:00"))
    }

    @Test func aQuarterInProgressIsOpen() throws {
        let result = try Conformance.run(contract, events, week: "2026-W49")
        #expect(result.tally(.marketingVolume) == [0, 0, 0, 1])
        #expect(result.open(.marketingVolume).first?.due == Conformance.at("2027-01-01T00:00:00-05:00"))
    }
}
