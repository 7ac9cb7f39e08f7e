import LeadpactCalendar
import LeadpactContract
import LeadpactDiagnostics
import Testing

@Suite struct CalendarCompilationTests {
    static func calendar(_ hours: String, holidays: String = "") throws -> CalendarSpec {
        let text = MarkedContract.header + "calendars:\n  c:\n    timezone: Europe/Berlin\n    hours:\n" + hours + holidays
            + "sales:\n  calendar: c\n"
        let result = ContractCompiler.compile(text: text, path: "test.sla.yaml")
        #expect(MarkedContract.summary(result.diagnostics) == [])
        return try #require(result.contract?.calendars["c"])
    }

    @Test func dayKeysNameSingleDaysRangesListsAndMixes() throws {
        let spec = try Self.calendar("      mon-wed,fri: 09:00-17:00\n      sat: 10:00-12:00\n")
        #expect(Set(spec.weekly.keys) == [.monday, .tuesday, .wednesday, .friday, .saturday])
        #expect(spec.weekly[.thursday] == nil)
    }

    @Test func windowsMaySplitADayEndAtMidnightAndRunOvernight() throws {
        let spec = try Self.calendar("      mon: 13:00-16:00, 9:00-12:00\n      tue: 18:00-24:00\n      fri: 22:00-06:00\n      sat: [07:00-08:00, 10:00-11:00]\n")
        #expect(spec.weekly[.monday] == [TimeWindow(start: 540, end: 720), TimeWindow(start: 780, end: 960)])
        #expect(spec.weekly[.tuesday] == [TimeWindow(start: 1080, end: 1440)])
        #expect(spec.weekly[.friday] == [TimeWindow(start: 1320, end: 360)])
        #expect(spec.weekly[.saturday]?.count == 2)
    }

    @Test func holidaysCloseADayOrReplaceItsHours() throws {
        let spec = try Self.calendar(
            "      mon-fri: 09:00-17:00\n", holidays: "    holidays:\n      - 2026-12-25\n      - 2026-12-24: 09:00-12:00\n      - '2026-12-31': [09:00-10:00]\n"
        )
        #expect(spec.holidays[LocalDate(year: 2026, month: 12, day: 25)] == [])
        #expect(spec.holidays[LocalDate(year: 2026, month: 12, day: 24)] == [TimeWindow(start: 540, end: 720)])
        #expect(spec.holidays[LocalDate(year: 2026, month: 12, day: 31)] == [TimeWindow(start: 540, end: 600)])
    }

    @Test(arguments: ["‸fri-mon: 09:00-17:00", "‸mon-: 09:00-17:00", "‸mo: 09:00-17:00"])
    func badDayKeys(_ line: String) {
        let contract = MarkedContract.withHeader("calendars:\n  c:\n    timezone: UTC\n    hours:\n      \(line)\n")
        let diagnostic = contract.compile().diagnostics.first { $0.code != "LP427" }
        #expect(diagnostic?.code == "LP212")
        #expect(diagnostic?.location == contract.location)
    }

    @Test(arguments: ["‸09:00-09:00", "‸24:00-06:00", "‸09:60-10:00", "‸9-17", "‸09:00-17:00,", "‸25:00-26:00"])
    func badWindows(_ value: String) {
        let contract = MarkedContract.withHeader("calendars:\n  c:\n    timezone: UTC\n    hours:\n      mon: \(value)\n")
        let diagnostic = contract.compile().diagnostics.first { $0.code != "LP427" }
        #expect(diagnostic?.code == "LP213")
        #expect(diagnostic?.location == contract.location)
    }

    @Test(arguments: [
        ("09:00-09:00", "the window '09:00-09:00' starts and ends at the same time, so it could mean no time or a whole day; write 00:00-24:00 for a whole day, or 09:00-24:00 with 00:00-09:00 on the next day for 24 hours from 09:00"),
        ("00:00-00:00", "the window '00:00-00:00' starts and ends at the same time, so it could mean no time or a whole day; write 00:00-24:00 for a whole day"),
    ])
    func aWindowThatStartsAndEndsAtOnceIsAmbiguous(_ window: String, _ message: String) {
        let contract = MarkedContract.withHeader("calendars:\n  c:\n    timezone: UTC\n    hours:\n      mon: ‸\(window)\n")
        let diagnostic = contract.compile().diagnostics.first { $0.code != "LP427" }
        #expect(diagnostic?.code == "LP213")
        #expect(diagnostic?.message == "'calendars.c.hours.mon': \(message)")
    }

    @Test func anOvernightWindowMayEndWhereTheNextDayStarts() throws {
        let spec = try Self.calendar("      mon: 22:00-06:00\n      tue: 06:00-12:00\n")
        #expect(spec.weeklyMinutes == 8 * 60 + 6 * 60)
    }
}
