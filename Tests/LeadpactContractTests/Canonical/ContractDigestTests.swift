import LeadpactCalendar
import LeadpactExpressions
import Testing
@testable import LeadpactContract

@Suite struct ContractDigestTests {
    let base = SampleContract.make()

    @Test func digestIsSHA256OfTheCompactCanonicalJSON() {
        let digest = base.digest
        #expect(digest.hasPrefix("sha256:"))
        let hex = digest.dropFirst("sha256:".count)
        #expect(hex.count == 64)
        #expect(hex.allSatisfy { "0123456789abcdef".contains($0) })
        #expect(base.digest == SampleContract.make().digest)
    }

    @Test func canonicalJSONHasNoDigestKeyAndNoWhitespaceOutsideStrings() throws {
        let text = base.canonicalJSON()
        let object = try JSONTestReader.object(text)
        #expect(object["digest"] == nil)
        #expect(object["ir"] as? Int == 1)
        #expect(!text.contains("\n"))
        #expect(!text.contains("\": "))
    }

    @Test func compiledRulesCarryTheDigestOfEverythingElse() throws {
        let object = try JSONTestReader.object(base.compiledRulesJSON())
        #expect(object["digest"] as? String == base.digest)
        #expect(Set(object.keys) == Set(try JSONTestReader.object(base.canonicalJSON()).keys).union(["digest"]))
    }

    @Test func orderOfSetsAndGroupingOfConditionsLeaveTheDigestUnchanged() {
        var shuffled = base
        shuffled.activities.reverse()
        shuffled.sales?.reasons.reverse()
        shuffled.marketing?.handoffContext.reverse()
        shuffled.metadata.review?.metrics.reverse()
        shuffled.scoring?.explicit.reverse()  // the seniority rule is now at index 1
        shuffled.scoring?.implicit.reverse()
        shuffled.scoring?.explicit[1].condition = .member(
            .field("seniority"), [.enumCase("cxo"), .enumCase("director"), .enumCase("vp"), .enumCase("vp")])
        shuffled.stages.mql?.when = .and(
            .compare(.field("company_size"), .greater, .literal(.int(50))),
            .and(SampleContract.seniorityIsSenior, SampleContract.mqlThreshold))
        shuffled.calendars["na"]?.weekly[.friday] = [TimeWindow(start: 780, end: 960), TimeWindow(start: 540, end: 720)]
        shuffled.calendars["na"]?.weekly[.saturday] = []
        shuffled.fields["seniority"] = .enumeration(["cxo", "vp", "director", "manager", "ic"])
        #expect(shuffled.digest == base.digest)
    }

    @Test func sameLengthWrittenDifferentlyIsTheSameDuration() {
        #expect(SLADuration.wallClock(seconds: 3600).canonicalJSON == SLADuration.wallClock(seconds: 60 * 60).canonicalJSON)
        #expect(SLADuration.businessDays(10).canonicalJSON != SLADuration.businessTime(seconds: 10 * 86_400).canonicalJSON)
        #expect(SLADuration.wallClock(seconds: 300).canonicalJSON != SLADuration.businessTime(seconds: 300).canonicalJSON)
    }

    @Test(arguments: ContractChange.allCases)
    func everyChangeOfMeaningChangesTheDigest(change: ContractChange) {
        var changed = base
        change.apply(to: &changed)
        #expect(changed != base, "the change must alter the model")
        #expect(changed.digest != base.digest)
    }
}

/// One change of meaning each; every one must give a different digest.
enum ContractChange: String, CaseIterable, CustomTestStringConvertible {
    case mqlThreshold, holidayAdded, shortDayHours, reasonAdded, calendarWindow, version, expressionOperator
    case expediteWindow, acceptClock, volumeTarget, volumeOrder, enumValue, partySigner, effectiveDate, expiresDate
    case timeZone, halfLife, implicitMax, channelMinimum, conversionRate, calendarDefault, title, review

    var testDescription: String { rawValue }

    func apply(to contract: inout Contract) {
        switch self {
        case .mqlThreshold:
            contract.stages.mql?.when = .and(
                .and(.compare(.score(.total), .greaterOrEqual, .literal(.int(101))), SampleContract.seniorityIsSenior),
                .compare(.field("company_size"), .greater, .literal(.int(50))))
        case .holidayAdded:
            contract.calendars["na"]?.holidays[LocalDate(year: 2026, month: 12, day: 25)] = []
        case .shortDayHours:
            contract.calendars["na"]?.holidays[LocalDate(year: 2026, month: 12, day: 24)] = [TimeWindow(start: 540, end: 780)]
        case .reasonAdded:
            contract.sales?.reasons.append("duplicate")
        case .calendarWindow:
            contract.calendars["emea"]?.weekly[.monday] = [TimeWindow(start: 510, end: 1050)]
        case .version:
            contract.metadata.version.patch += 1
        case .expressionOperator:
            contract.stages.sql?.when = .and(
                .and(.compare(.field("budget"), .notEqual, .literal(.enumCase("approved"))), .field("authority")),
                .compare(.field("timeline_days"), .lessOrEqual, .literal(.int(90))))
        case .expediteWindow:
            contract.sales?.expedite[0].firstTouchWithin = .wallClock(seconds: 600)
        case .acceptClock:
            contract.sales?.acceptWithin = .wallClock(seconds: 1800)
        case .volumeTarget:
            contract.marketing?.volume[0].mqls = 401
        case .volumeOrder:
            contract.marketing?.volume.reverse()
        case .enumValue:
            contract.fields["seniority"] = .enumeration(["ic", "manager", "director", "vp", "cxo", "board"])
        case .partySigner:
            contract.metadata.parties[.sales] = "Ana Ortiz <ana@acme.example>"
        case .effectiveDate:
            contract.metadata.effective = LocalDate(year: 2026, month: 1, day: 2)
        case .expiresDate:
            contract.metadata.expires = LocalDate(year: 2027, month: 1, day: 1)
        case .timeZone:
            contract.metadata.timeZone = "America/Chicago"
        case .halfLife:
            contract.scoring?.halfLifeSeconds = nil
        case .implicitMax:
            contract.scoring?.implicit[0].max = 4
        case .channelMinimum:
            contract.sales?.sequence?.channels["email"] = 2
        case .conversionRate:
            contract.marketing?.conversion?.basisPoints = 2050
        case .calendarDefault:
            contract.sales?.calendar = .byField(field: "region", calendars: ["na": "na", "emea": "emea"], fallback: "emea")
        case .title:
            contract.metadata.title += "."
        case .review:
            contract.metadata.review?.cadence = .monthly
        }
    }
}
