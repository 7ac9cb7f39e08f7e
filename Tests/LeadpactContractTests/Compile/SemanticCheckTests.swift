import Foundation
import LeadpactContract
import LeadpactDiagnostics
import Testing

/// The edges of the semantic checks: what is still accepted next to what is reported.
@Suite struct SemanticCheckTests {
    static func codes(_ snippet: String) -> [String] {
        MarkedContract.withHeader(snippet).compile().diagnostics.map(\.code)
    }

    static let scoring = """
        fields:
          size: int
        activities: [visit, demo]
        scoring:
          explicit:
            - { if: "size > 10", points: 40 }
          implicit:
            - { activity: demo, points: 30, max: 2 }

        """

    @Test func aThresholdEqualToTheMostAttainableIsReachable() {
        #expect(Self.codes(Self.scoring + "stages:\n  mql:\n    when: \"score >= 100\"\n") == [])
        #expect(Self.codes(Self.scoring + "stages:\n  mql:\n    when: \"score > 100\"\n") == ["LP401"])
        #expect(Self.codes(Self.scoring + "stages:\n  mql:\n    when: \"100 < score\"\n") == ["LP401"])
        #expect(Self.codes(Self.scoring + "stages:\n  mql:\n    when: \"explicit_score >= 41\"\n") == ["LP401"])
    }

    @Test func anImplicitRuleWithoutMaxMakesEveryThresholdReachable() {
        let unbounded = Self.scoring + "    - { activity: visit, points: 1 }\n"
        #expect(Self.codes(unbounded + "stages:\n  mql:\n    when: \"score >= 100000\"\n") == [])
    }

    @Test func aThresholdUnderOrIsNotRequired() {
        #expect(Self.codes(Self.scoring + "stages:\n  mql:\n    when: \"score >= 500 or size > 1000\"\n") == [])
    }

    @Test func durationsOnDifferentClocksAreNotCompared() {
        let calendar = "calendars:\n  c: { timezone: UTC, hours: { mon-fri: 09:00-17:00 } }\n"
        #expect(Self.codes(calendar + "sales:\n  calendar: c\n  accept_within: 2 days\n  first_touch_within: 1 business hour\n") == [])
        #expect(Self.codes(calendar + "sales:\n  calendar: c\n  accept_within: 2 business hours\n  first_touch_within: 1 business hour\n") == ["LP407"])
    }

    @Test func channelMinimumsMayAddUpToTouchesExactly() {
        #expect(Self.codes("sales:\n  sequence: { touches: 6, within: 5 days, channels: { call: 3, email: 3 } }\n") == [])
        #expect(Self.codes("sales:\n  sequence: { touches: 5, within: 5 days, channels: { call: 3, email: 3 } }\n") == ["LP405"])
    }

    @Test func aSequenceNeedsAMinutePerTouch() {
        #expect(Self.codes("sales:\n  sequence: { touches: 5, within: 5 minutes }\n") == [])
        #expect(Self.codes("sales:\n  sequence: { touches: 6, within: 5 minutes }\n") == ["LP406"])
        #expect(Self.codes("sales:\n  sequence: { touches: 6, within: 0 days }\n") == ["LP406"])
    }

    @Test func segmentTargetsAreComparedWithinOnePeriod() {
        let fields = "fields:\n  region: [na, emea]\n"
        let targets = "marketing:\n  volume:\n    - { mqls: 100, per: month }\n    - { mqls: 80, per: quarter, where: \"region == na\" }\n    - { mqls: 90, per: quarter, where: \"region == emea\" }\n"
        #expect(Self.codes(fields + targets) == [])
    }

    @Test func aMappingWithADefaultNeedNotListEveryValue() {
        let text = "fields:\n  region: [na, emea, apac]\ncalendars:\n  c: { timezone: UTC, hours: { mon-fri: 09:00-17:00 } }\nsales:\n  calendar: { by: region, na: c, default: c }\n"
        #expect(Self.codes(text) == [])
    }

    @Test func anUnusedCalendarIsNotReportedWhileAReferenceIsMisspelt() {
        let text = "calendars:\n  na: { timezone: UTC, hours: { mon-fri: 09:00-17:00 } }\nsales:\n  calendar: nx\n"
        #expect(Self.codes(text) == ["LP414"])
    }

    @Test func aHolidayOnItsLastDayInForceIsInsideThePeriod() {
        let text = MarkedContract.header.replacingOccurrences(of: "  timezone: UTC\n", with: "  timezone: UTC\n  effective: 2026-01-01\n  expires: 2026-12-31\n")
            + "calendars:\n  c:\n    timezone: UTC\n    hours: { mon-fri: 09:00-17:00 }\n    holidays: [2026-12-30, 2026-12-31]\nsales:\n  calendar: c\n"
        let result = ContractCompiler.compile(text: text, path: "test.sla.yaml")
        #expect(result.diagnostics.map(\.code) == ["LP403"])
        #expect(result.diagnostics.first?.location.line == 14)
    }
}
