import Foundation
import LeadpactAudit
import LeadpactContract
import Testing

/// Business time (brief §5) as the audit applies it: a start outside hours begins at the next
/// opening; a deadline exactly on a closing is that closing; business days count from day 0 (the
/// start's date if before that day's last closing, else the next working day) and end at the
/// last closing of the Nth working day after it. Hours: Mon–Thu 09:00–17:00, Fri 09:00–12:00 and
/// 13:00–16:00, New York; Thursday 2026-11-26 is a holiday. Every lead is left unanswered so
/// each obligation shows its due time.
@Suite struct BusinessTimeConformanceTests {
    private let contract = Conformance.yaml("""
        calendars:
          ny:
            timezone: America/New_York
            hours:
              mon-thu: 09:00-17:00
              fri: 09:00-12:00, 13:00-16:00
            holidays:
              - 2026-11-26

        sales:
          calendar: ny
          accept_within: 30 business minutes
          sequence:
            touches: 1
            within: 2 business days
        """)

    private func mql(_ lead: String, _ ts: String) -> String {
        #"{"ts":"\#(ts)","lead":"\#(lead)","type":"mql"}"#
    }

    @Test func dueTimesOfTheWeek() throws {
        // B1 Mon 07:00: before opening → accept 09:30; day 0 Mon → sequence Wed 18 17:00.
        // B2 Mon 16:45: 15 min Mon + 15 min Tue → accept Tue 09:15; sequence Wed 17:00.
        // B3 Mon 16:30: 30 min end exactly at the 17:00 closing → accept Mon 17:00 (not Tue 09:00);
        //    accepted Tue 09:00 → late by 16 h = 57 600 s wall clock. Sequence Wed 17:00.
        // B4 Mon 17:00: at the closing → starts Tue 09:00 → accept Tue 09:30; not before Monday's
        //    last closing → day 0 Tue → sequence Thu 19 17:00.
        // B5 Fri 20 11:45: 15 min to 12:00, 15 min from 13:00 → accept 13:15; day 0 Fri →
        //    Mon 23, Tue 24 → sequence Tue 24 17:00 (open).
        // B6 Sat 21 10:00: accept Mon 23 09:30 (open); day 0 = Mon 23 → sequence Wed 25 17:00 (open).
        // B7 Fri 20 16:00 (last closing): accept Mon 23 09:30 (open); day 0 Mon 23 → Wed 25 17:00.
        let result = try Conformance.run(contract, [
            mql("B1", "2026-11-16T07:00:00-05:00"),
            mql("B2", "2026-11-16T16:45:00-05:00"),
            mql("B3", "2026-11-16T16:30:00-05:00"),
            #"{"ts":"2026-11-17T09:00:00-05:00","lead":"B3","type":"accepted"}"#,
            mql("B4", "2026-11-16T17:00:00-05:00"),
            mql("B5", "2026-11-20T11:45:00-05:00"),
            mql("B6", "2026-11-21T10:00:00-05:00"),
            mql("B7", "2026-11-20T16:00:00-05:00"),
        ].joined(separator: "\n"))
        func accept(_ lead: String) -> Date? {
            result.breaches(.salesAccept, lead: lead).first?.due ?? result.open(.salesAccept, lead: lead).first?.due
        }
        func sequence(_ lead: String) -> Date? {
            result.breaches(.salesSequence, lead: lead).first?.due ?? result.open(.salesSequence, lead: lead).first?.due
        }
        #expect(accept("B1") == Conformance.at("2026-11-16T09:30:00-05:00"))
        #expect(accept("B2") == Conformance.at("2026-11-17T09:15:00-05:00"))
        #expect(accept("B3") == Conformance.at("2026-11-16T17:00:00-05:00"))
        #expect(accept("B4") == Conformance.at("2026-11-17T09:30:00-05:00"))
        #expect(accept("B5") == Conformance.at("2026-11-20T13:15:00-05:00"))
        #expect(accept("B6") == Conformance.at("2026-11-23T09:30:00-05:00"))
        #expect(accept("B7") == Conformance.at("2026-11-23T09:30:00-05:00"))
        #expect(result.tally(.salesAccept) == [0, 5, 0, 2])
        let late = try #require(result.breaches(.salesAccept, lead: "B3").first)
        #expect(late.metAt == Conformance.at("2026-11-17T09:00:00-05:00"))
        #expect(late.lateBySeconds == 57_600)

        #expect(sequence("B1") == Conformance.at("2026-11-18T17:00:00-05:00"))
        #expect(sequence("B2") == Conformance.at("2026-11-18T17:00:00-05:00"))
        #expect(sequence("B3") == Conformance.at("2026-11-18T17:00:00-05:00"))
        #expect(sequence("B4") == Conformance.at("2026-11-19T17:00:00-05:00"))
        #expect(sequence("B5") == Conformance.at("2026-11-24T17:00:00-05:00"))
        #expect(sequence("B6") == Conformance.at("2026-11-25T17:00:00-05:00"))
        #expect(sequence("B7") == Conformance.at("2026-11-25T17:00:00-05:00"))
        #expect(result.tally(.salesSequence) == [0, 4, 0, 3])
    }

    @Test func aHolidaySkipsItsDayAndFridayEndsAtItsLastClosing() throws {
        // H1 Tue 24 10:00: day 0 Tue; day 1 Wed 25; Thu 26 is a holiday; day 2 Fri 27 → its last
        //    closing 16:00.
        // H2 Wed 25 16:50: 10 min Wed, Thursday closed, 20 min Fri from 09:00 → accept Fri 09:20.
        let result = try Conformance.run(contract, [
            mql("H1", "2026-11-24T10:00:00-05:00"),
            mql("H2", "2026-11-25T16:50:00-05:00"),
        ].joined(separator: "\n"), week: "2026-W48")
        #expect(result.breaches(.salesSequence, lead: "H1").first?.due == Conformance.at("2026-11-27T16:00:00-05:00"))
        #expect(result.breaches(.salesAccept, lead: "H2").first?.due == Conformance.at("2026-11-27T09:20:00-05:00"))
    }

    @Test func businessMinutesRunAcrossTheDaylightSavingChange() throws {
        // Fri Oct 30 15:50 EDT: 10 min to the 16:00 closing; Mon Nov 2 09:00 EST + 20 min →
        // 09:20 EST (14:20Z), not an hour off.
        let result = try Conformance.run(contract, mql("D", "2026-10-30T15:50:00-04:00"), from: "2026-10-26", to: "2026-11-03")
        #expect(result.breaches(.salesAccept, lead: "D").first?.due == Conformance.at("2026-11-02T09:20:00-05:00"))
        // Sequence: day 0 Fri Oct 30; day 1 Mon Nov 2; day 2 Tue Nov 3 → 17:00 EST, open at the end.
        #expect(result.open(.salesSequence, lead: "D").first?.due == Conformance.at("2026-11-03T17:00:00-05:00"))
    }
}

/// More starts for business time: at an opening, in a lunch gap, after a day's last closing,
/// on a holiday.
@Suite struct BusinessStartConformanceTests {
    private let contract = Conformance.yaml("""
        calendars:
          ny:
            timezone: America/New_York
            hours:
              mon-thu: 09:00-17:00
              fri: 09:00-12:00, 13:00-16:00
            holidays:
              - 2026-11-17

        sales:
          calendar: ny
          accept_within: 30 business minutes
          sequence:
            touches: 1
            within: 1 business day
        """)

    @Test func startsAtOpeningsGapsClosingsAndHolidays() throws {
        // G1 Mon 16 09:00 (opening) → accept 09:30; day 0 Mon → sequence Wed 18 17:00 (Tue 17
        //    is a holiday, so the first working day after Monday is Wednesday).
        // G2 Tue 17 10:00 (holiday): no closing that day → day 0 = Wed 18 → sequence Thu 19 17:00;
        //    accept from Wed 09:00 → 09:30.
        // G3 Fri 20 12:30 (lunch gap) → accept 13:30; day 0 Fri → sequence Mon 23 17:00 (open).
        // G4 Fri 20 16:30 (after the last closing) → day 0 Mon 23 → sequence Tue 24 17:00;
        //    accept Mon 23 09:30 (open).
        let result = try Conformance.run(contract, """
            {"ts":"2026-11-16T09:00:00-05:00","lead":"G1","type":"mql"}
            {"ts":"2026-11-17T10:00:00-05:00","lead":"G2","type":"mql"}
            {"ts":"2026-11-20T12:30:00-05:00","lead":"G3","type":"mql"}
            {"ts":"2026-11-20T16:30:00-05:00","lead":"G4","type":"mql"}
            """)
        func due(_ rule: AuditRule, _ lead: String) -> Date? {
            result.breaches(rule, lead: lead).first?.due ?? result.open(rule, lead: lead).first?.due
        }
        #expect(due(.salesAccept, "G1") == Conformance.at("2026-11-16T09:30:00-05:00"))
        #expect(due(.salesSequence, "G1") == Conformance.at("2026-11-18T17:00:00-05:00"))
        #expect(due(.salesAccept, "G2") == Conformance.at("2026-11-18T09:30:00-05:00"))
        #expect(due(.salesSequence, "G2") == Conformance.at("2026-11-19T17:00:00-05:00"))
        #expect(due(.salesAccept, "G3") == Conformance.at("2026-11-20T13:30:00-05:00"))
        #expect(due(.salesSequence, "G3") == Conformance.at("2026-11-23T17:00:00-05:00"))
        #expect(due(.salesAccept, "G4") == Conformance.at("2026-11-23T09:30:00-05:00"))
        #expect(due(.salesSequence, "G4") == Conformance.at("2026-11-24T17:00:00-05:00"))
        #expect(result.tally(.salesAccept) == [0, 3, 0, 1])
        #expect(result.tally(.salesSequence) == [0, 2, 0, 2])
    }
}

/// A short holiday's hours replace the weekday's: its last closing ends a business day, and a
/// start after it counts from the next working day.
@Suite struct ShortDayConformanceTests {
    private let contract = Conformance.yaml("""
        calendars:
          ny:
            timezone: America/New_York
            hours:
              mon-fri: 09:00-17:00
            holidays:
              - 2026-11-17: 09:00-12:00

        sales:
          calendar: ny
          accept_within: 1 business hour
          sequence:
            touches: 1
            within: 1 business days
        """)

    @Test func aShortDaysLastClosingEndsItsBusinessDay() throws {
        // K1 Mon 16 10:00: day 0 Mon; day 1 Tue 17 (short) → last closing 12:00.
        // K2 Tue 17 12:30 (after the short day's closing): day 0 Wed → Thu 19 17:00;
        //    accept from Wed 09:00 → 10:00.
        // K3 Tue 17 11:30: 30 min Tue, 30 min Wed → Wed 09:30; day 0 Tue → Wed 18 17:00.
        let result = try Conformance.run(contract, """
            {"ts":"2026-11-16T10:00:00-05:00","lead":"K1","type":"mql"}
            {"ts":"2026-11-17T12:30:00-05:00","lead":"K2","type":"mql"}
            {"ts":"2026-11-17T11:30:00-05:00","lead":"K3","type":"mql"}
            """)
        #expect(result.breaches(.salesSequence, lead: "K1").first?.due == Conformance.at("2026-11-17T12:00:00-05:00"))
        #expect(result.breaches(.salesSequence, lead: "K2").first?.due == Conformance.at("2026-11-19T17:00:00-05:00"))
        #expect(result.breaches(.salesAccept, lead: "K2").first?.due == Conformance.at("2026-11-18T10:00:00-05:00"))
        #expect(result.breaches(.salesAccept, lead: "K3").first?.due == Conformance.at("2026-11-18T09:30:00-05:00"))
        #expect(result.breaches(.salesSequence, lead: "K3").first?.due == Conformance.at("2026-11-18T17:00:00-05:00"))
    }
}
