import LeadpactCalendar
import LeadpactContract
import LeadpactExpressions
import Testing

@testable import LeadpactSignoff

@Suite("Semantic diff of compiled contracts")
struct ContractDiffTests {
    private func lines(_ change: (inout Contract) -> Void) -> [String] {
        ContractDiff(old: SampleContract.make(), new: SampleContract.with(change)).changes.map(\.line)
    }

    @Test("identical contracts have no changes")
    func identical() {
        let diff = ContractDiff(old: SampleContract.make(), new: SampleContract.make())
        #expect(diff.isEmpty)
        #expect(DiffTextRenderer().render(diff) == "acme-na 1.4.0 → 1.4.0: no semantic changes\n")
    }

    @Test("a shorter sales clock tightens sales, a longer one loosens it")
    func salesClock() {
        #expect(lines { $0.sales?.firstTouchWithin = .businessTime(seconds: 3_600) } == [
            "sales.first_touch_within: 2 business hours → 1 business hour (tightened, sales)"
        ])
        #expect(lines { $0.sales?.acceptWithin = .businessTime(seconds: 3_600) } == [
            "sales.accept_within: 30 business minutes → 1 business hour (loosened, sales)"
        ])
        #expect(lines { $0.sales?.acceptWithin = nil } == [
            "sales.accept_within removed: 30 business minutes (loosened, sales)"
        ])
    }

    @Test("limits on different clocks cannot be ordered")
    func differentClocks() {
        #expect(lines { $0.sales?.acceptWithin = .wallClock(seconds: 1_800) } == [
            "sales.accept_within: 30 business minutes → 30 minutes (changed, sales)"
        ])
    }

    @Test("a higher MQL volume tightens marketing; a new target too")
    func volume() {
        #expect(lines { $0.marketing?.volume[0].mqls = 450 } == [
            "marketing.volume[0].mqls: 400 → 450 (tightened, marketing)"
        ])
        #expect(lines { $0.marketing?.volume.removeLast() } == [
            "marketing.volume[1] removed: 120 MQLs per month where region == emea (loosened, marketing)"
        ])
        #expect(lines { $0.marketing?.volume[0].per = .quarter } == [
            "marketing.volume[0].per: month → quarter (changed, marketing)"
        ])
    }

    @Test("reordering volume targets is one change of order (reports name targets by position)")
    func reorderedVolume() {
        #expect(lines { $0.marketing?.volume.reverse() } == [
            "marketing.volume: 400 MQLs per month; 120 MQLs per month where region == emea → "
                + "120 MQLs per month where region == emea; 400 MQLs per month (changed, marketing)"
        ])
    }

    @Test("reordering scoring rules changes nothing; an edited rule is paired with its old self")
    func reorderedScoring() {
        #expect(lines { $0.scoring?.implicit.reverse() } == [])
        #expect(lines {
            $0.scoring?.implicit.reverse()
            $0.scoring?.implicit[0].points = 70
        } == ["scoring.implicit[0].points: 60 → 70 (loosened, marketing)"])
        #expect(lines {
            $0.scoring?.explicit.append(ExplicitScoringRule(condition: .field("authority"), points: -10))
        } == ["scoring.explicit[1] added: -10 points if authority (tightened, marketing)"])
    }

    @Test("a holiday loosens sales, extra working hours tighten it")
    func calendars() {
        #expect(lines { $0.calendars["na"]?.holidays[LocalDate(year: 2026, month: 12, day: 24)] = [] } == [
            "calendars.na.holidays.2026-12-24 added: closed (loosened, sales)"
        ])
        #expect(lines { $0.calendars["na"]?.weekly[.friday] = [TimeWindow(start: 540, end: 1020)] } == [
            "calendars.na.hours.fri: 09:00-12:00, 13:00-16:00 → 09:00-17:00 (tightened, sales)"
        ])
        #expect(lines { $0.calendars["na"]?.holidays[LocalDate(year: 2026, month: 11, day: 26)] = nil } == [
            "calendars.na.holidays.2026-11-26 removed: closed (tightened, sales)"
        ])
        #expect(lines { $0.calendars["emea"]?.timeZone = "Europe/London" } == [
            "calendars.emea.timezone: Europe/Berlin → Europe/London (changed, sales)"
        ])
        #expect(lines { $0.calendars["apac"] = CalendarSpec(name: "apac", timeZone: "Asia/Tokyo", weekly: [:]) } == [
            "calendars.apac added: Asia/Tokyo, 00:00 working hours a week, 0 holidays (changed, sales)"
        ])
    }

    @Test("sequence, channels and reasons")
    func sequence() {
        #expect(lines { $0.sales?.sequence?.touches = 8 } == ["sales.sequence.touches: 7 → 8 (tightened, sales)"])
        #expect(lines { $0.sales?.sequence?.channels["linkedin"] = 1 } == [
            "sales.sequence.channels.linkedin added: 1 (tightened, sales)"
        ])
        #expect(lines { $0.sales?.sequence?.within = .businessDays(12) } == [
            "sales.sequence.within: 10 business days → 12 business days (loosened, sales)"
        ])
        #expect(lines { $0.sales?.reasons.append("competitor") } == [
            "sales.reasons added: competitor (loosened, sales)"
        ])
        #expect(lines { $0.sales?.reasons.removeFirst() } == ["sales.reasons removed: no_budget (tightened, sales)"])
    }

    @Test("marketing context, conversion and scoring")
    func marketing() {
        #expect(lines { $0.marketing?.handoffContext.append("campaign") } == [
            "marketing.handoff_context added: campaign (tightened, marketing)"
        ])
        #expect(lines { $0.marketing?.conversion?.basisPoints = 2250 } == [
            "marketing.conversion.mql_to_sql: 20% → 22.5% (tightened, marketing)"
        ])
        #expect(lines { $0.scoring?.implicit[0].points = 20 } == [
            "scoring.implicit[0].points: 15 → 20 (loosened, marketing)"
        ])
        #expect(lines { $0.scoring?.implicit[0].max = nil } == [
            "scoring.implicit[0].max: 3 → no cap (loosened, marketing)"
        ])
        #expect(lines { $0.scoring?.halfLifeSeconds = 14 * SampleContract.day } == [
            "scoring.half_life: 30 days → 14 days (tightened, marketing)"
        ])
        #expect(lines { $0.stages.mql?.activeWithinSeconds = 14 * SampleContract.day } == [
            "stages.mql.active_within: 30 days → 14 days (tightened, marketing)"
        ])
    }

    @Test("validity period and identity bind both sides")
    func metadata() {
        #expect(lines { $0.metadata.version = SemanticVersion(major: 1, minor: 5, patch: 0) } == [
            "contract.version: 1.4.0 → 1.5.0 (changed, both)"
        ])
        #expect(lines { $0.metadata.expires = LocalDate(year: 2027, month: 1, day: 1) } == [
            "contract.expires added: 2027-01-01 (loosened, both)"
        ])
        #expect(lines { $0.metadata.effective = LocalDate(year: 2025, month: 12, day: 1) } == [
            "contract.effective: 2026-01-01 → 2025-12-01 (tightened, both)"
        ])
        #expect(lines { $0.metadata.parties[.sales] = "Ray Kim <ray@acme.example>" } == [
            "contract.parties.sales: Sam Ortiz <sam@acme.example> → Ray Kim <ray@acme.example> (changed, sales)"
        ])
        #expect(lines { $0.fields["title"] = .string } == ["fields.title added: string (changed, both)"])
    }

    @Test("a raised MQL threshold tightens marketing; a stricter SQL definition tightens sales")
    func conditions() {
        let raised = ContractDiff(old: SampleContract.make(), new: SampleContract.with { contract in
            guard case .and(.and(_, let seniority), let size)? = contract.stages.mql?.when else { return }
            contract.stages.mql?.when = .and(.and(.compare(.score(.total), .greaterOrEqual, .literal(.int(120))), seniority), size)
        })
        #expect(raised.changes.map(\.path) == ["stages.mql.when"])
        #expect(raised.changes.map(\.direction) == [.tightened])
        #expect(raised.changes.map(\.side) == [.marketing])
        let wider = ContractDiff(old: SampleContract.make(), new: SampleContract.with {
            $0.stages.sql?.when = .compare(.field("timeline_days"), .lessOrEqual, .literal(.int(90)))
        })
        #expect(wider.changes.map(\.direction) == [.loosened])
        #expect(wider.changes.map(\.side) == [.sales])
        let fewerExpedited = ContractDiff(old: SampleContract.make(), new: SampleContract.with {
            $0.sales?.expedite[0].when = .compare(
                .count(activity: "demo_request", windowSeconds: 7 * SampleContract.day), .greaterOrEqual, .literal(.int(2)))
        })
        #expect(fewerExpedited.changes.map(\.direction) == [.loosened])
    }
}
