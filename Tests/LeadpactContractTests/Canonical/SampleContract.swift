import LeadpactCalendar
import LeadpactContract
import LeadpactExpressions

/// The brief's example contract, built by hand so the canonical form can be tested on its own.
enum SampleContract {
    static let seniorityIsSenior = Expression.member(.field("seniority"), [.enumCase("director"), .enumCase("vp"), .enumCase("cxo")])
    static let largeCompany = Expression.compare(.field("company_size"), .greaterOrEqual, .literal(.int(50)))
    static let mqlThreshold = Expression.compare(.score(.total), .greaterOrEqual, .literal(.int(100)))
    static let demoRequested = Expression.compare(
        .count(activity: "demo_request", windowSeconds: 7 * 86_400), .greaterOrEqual, .literal(.int(1)))

    static func make() -> Contract {
        let metadata = ContractMetadata(
            id: "acme-na", title: "Acme North America — Marketing ⇄ Sales SLA",
            version: SemanticVersion(major: 1, minor: 4, patch: 0),
            effective: LocalDate(year: 2026, month: 1, day: 1), expires: nil, timeZone: "America/New_York",
            parties: [.marketing: "Dana Lee <dana@acme.example>", .sales: "Sam Ortiz <sam@acme.example>"],
            review: Review(cadence: .biweekly, metrics: ["mql_to_sql", "first_touch_p90"]))
        let day = [TimeWindow(start: 540, end: 1050)]
        let na = CalendarSpec(
            name: "na", timeZone: "America/New_York",
            weekly: [.monday: day, .tuesday: day, .wednesday: day, .thursday: day,
                     .friday: [TimeWindow(start: 540, end: 720), TimeWindow(start: 780, end: 960)]],
            holidays: [LocalDate(year: 2026, month: 11, day: 26): [],
                       LocalDate(year: 2026, month: 12, day: 24): [TimeWindow(start: 540, end: 720)]])
        let emeaDay = [TimeWindow(start: 510, end: 1020)]
        let emea = CalendarSpec(
            name: "emea", timeZone: "Europe/Berlin",
            weekly: [.monday: emeaDay, .tuesday: emeaDay, .wednesday: emeaDay, .thursday: emeaDay, .friday: emeaDay])
        let scoring = ScoringModel(
            explicit: [ExplicitScoringRule(condition: seniorityIsSenior, points: 30),
                       ExplicitScoringRule(condition: largeCompany, points: 20)],
            implicit: [ImplicitScoringRule(activity: "pricing_view", points: 15, max: 3),
                       ImplicitScoringRule(activity: "content_download", points: 10, max: nil),
                       ImplicitScoringRule(activity: "demo_request", points: 60, max: nil),
                       ImplicitScoringRule(activity: "unsubscribe", points: -50, max: nil)],
            halfLifeSeconds: 30 * 86_400)
        let mqlWhen = Expression.and(
            .and(mqlThreshold, seniorityIsSenior),
            .compare(.field("company_size"), .greater, .literal(.int(50))))
        let sqlWhen = Expression.and(
            .and(.compare(.field("budget"), .equal, .literal(.enumCase("approved"))), .field("authority")),
            .compare(.field("timeline_days"), .lessOrEqual, .literal(.int(90))))
        let marketing = MarketingCommitments(
            volume: [VolumeTarget(mqls: 400, per: .month, segment: nil, segmentSource: nil),
                     VolumeTarget(mqls: 120, per: .month, segment: .compare(.field("region"), .equal, .literal(.enumCase("emea"))),
                                  segmentSource: "region == emea")],
            handoffContext: ["trigger", "source"],
            conversion: ConversionTarget(basisPoints: 2000, per: .quarter))
        let sales = SalesCommitments(
            calendar: .byField(field: "region", calendars: ["na": "na", "emea": "emea"], fallback: "na"),
            acceptWithin: .businessTime(seconds: 1800), firstTouchWithin: .businessTime(seconds: 3600),
            expedite: [ExpediteRule(when: demoRequested, firstTouchWithin: .wallClock(seconds: 300))],
            sequence: TouchSequence(touches: 7, within: .businessDays(10), channels: ["call": 3, "email": 3]),
            reasons: ["no_budget", "wrong_industry", "contact_left", "no_response", "bad_timing", "competitor"])
        return Contract(
            formatVersion: 1, metadata: metadata, calendars: ["na": na, "emea": emea],
            fields: ["seniority": .enumeration(["ic", "manager", "director", "vp", "cxo"]), "company_size": .int,
                     "industry": .enumeration(["saas", "fintech", "retail", "health", "other"]),
                     "region": .enumeration(["na", "emea"]), "budget": .enumeration(["unknown", "none", "approved"]),
                     "authority": .bool, "timeline_days": .int, "title": .string],
            activities: ["page_view", "pricing_view", "content_download", "webinar", "demo_request", "unsubscribe"],
            scoring: scoring, stages: Stages(mql: MQLStage(when: mqlWhen, activeWithinSeconds: 30 * 86_400), sql: SQLStage(when: sqlWhen)),
            marketing: marketing, sales: sales)
    }
}
