import Foundation
import LeadpactAudit
import LeadpactContract
import Testing

/// The calendar of a cycle is chosen at its mql (brief §5), by a field with a `default:`;
/// hours past midnight and short holidays (brief §2) as the audit's due times see them.
@Suite struct CalendarChoiceConformanceTests {
    private let byRegion = Conformance.yaml("""
        fields:
          region: [na, emea]

        calendars:
          ny:
            timezone: America/New_York
            hours: { mon-fri: 09:00-17:00 }
          berlin:
            timezone: Europe/Berlin
            hours: { mon-fri: 08:30-17:00 }

        sales:
          calendar: { by: region, na: ny, emea: berlin, default: ny }
          accept_within: 30 business minutes
        """)

    @Test func theCalendarIsChosenByTheLeadAtItsMql() throws {
        // E: emea at the mql (Mon 10:00 Berlin, open) → due 10:30 Berlin; turning na at 10:05
        //    changes nothing.
        // N: no region → default ny: Mon 08:00 EST is before opening → 09:30 EST
        //    (Berlin would have said 08:30 EST).
        // A: na, Mon 16:50 EST → 10 min Monday + 20 min Tuesday → Tue 09:20 EST.
        let result = try Conformance.run(byRegion, """
            {"ts":"2026-11-16T00:00:00-05:00","lead":"E","type":"profile","set":{"region":"emea"}}
            {"ts":"2026-11-16T10:00:00+01:00","lead":"E","type":"mql"}
            {"ts":"2026-11-16T10:05:00+01:00","lead":"E","type":"profile","set":{"region":"na"}}
            {"ts":"2026-11-16T08:00:00-05:00","lead":"N","type":"mql"}
            {"ts":"2026-11-16T00:00:00-05:00","lead":"A","type":"profile","set":{"region":"na"}}
            {"ts":"2026-11-16T16:50:00-05:00","lead":"A","type":"mql"}
            """)
        #expect(result.breaches(.salesAccept, lead: "E").first?.due == Conformance.at("2026-11-16T10:30:00+01:00"))
        #expect(result.breaches(.salesAccept, lead: "N").first?.due == Conformance.at("2026-11-16T09:30:00-05:00"))
        #expect(result.breaches(.salesAccept, lead: "A").first?.due == Conformance.at("2026-11-17T09:20:00-05:00"))
        #expect(result.tally(.salesAccept) == [0, 3, 0, 0])
    }

    private let overnight = Conformance.yaml("""
        calendars:
          night:
            timezone: America/New_York
            hours:
              mon-fri: 22:00-06:00
            holidays:
              - 2026-11-18: 22:00-23:00

        sales:
          calendar: night
          accept_within: 30 business minutes
        """)

    @Test func overnightHoursBelongToTheDayTheyStartAndAShortDayReplacesThem() throws {
        // Windows: Mon 22:00→Tue 06:00, Tue 22:00→Wed 06:00, Wed 22:00–23:00 (short holiday),
        // Thu 22:00→Fri 06:00, Fri 22:00→Sat 06:00; Sunday is closed.
        // O1 Mon 05:50: no window (Sunday closed) → opens Mon 22:00 → due Mon 22:30.
        // O2 Tue 05:50: inside Monday's window → 10 min, then Tue 22:00 + 20 → Tue 22:20.
        // O3 Wed 22:45: 15 min to 23:00, then Thu 22:00 + 15 → Thu 22:15.
        // O4 Thu 05:50: Wednesday's window is replaced by 22:00–23:00 → closed → Thu 22:30.
        // O5 Sat 05:50: inside Friday's window → 10 min, then Mon 23 22:00 + 20 → open.
        let result = try Conformance.run(overnight, """
            {"ts":"2026-11-16T05:50:00-05:00","lead":"O1","type":"mql"}
            {"ts":"2026-11-17T05:50:00-05:00","lead":"O2","type":"mql"}
            {"ts":"2026-11-18T22:45:00-05:00","lead":"O3","type":"mql"}
            {"ts":"2026-11-19T05:50:00-05:00","lead":"O4","type":"mql"}
            {"ts":"2026-11-21T05:50:00-05:00","lead":"O5","type":"mql"}
            """)
        #expect(result.breaches(.salesAccept, lead: "O1").first?.due == Conformance.at("2026-11-16T22:30:00-05:00"))
        #expect(result.breaches(.salesAccept, lead: "O2").first?.due == Conformance.at("2026-11-17T22:20:00-05:00"))
        #expect(result.breaches(.salesAccept, lead: "O3").first?.due == Conformance.at("2026-11-19T22:15:00-05:00"))
        #expect(result.breaches(.salesAccept, lead: "O4").first?.due == Conformance.at("2026-11-19T22:30:00-05:00"))
        #expect(result.open(.salesAccept, lead: "O5").first?.due == Conformance.at("2026-11-23T22:20:00-05:00"))
        #expect(result.tally(.salesAccept) == [0, 4, 0, 1])
    }
}
