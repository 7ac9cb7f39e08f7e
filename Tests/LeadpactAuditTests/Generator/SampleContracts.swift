import LeadpactCalendar
import LeadpactContract
import LeadpactExpressions

/// Contracts built in code, so generator and report tests do not depend on the compiler.
enum SampleContracts {
    /// The two-region contract of `contracts/acme-global.sla.yaml`, as the compiler would build it.
    static var acmeGlobal: Contract {
        let weekdays: [Weekday] = [.monday, .tuesday, .wednesday, .thursday]
        var naHours: [Weekday: [TimeWindow]] = [:]
        for day in weekdays { naHours[day] = [TimeWindow(start: 9 * 60, end: 17 * 60 + 30)] }
        naHours[.friday] = [TimeWindow(start: 9 * 60, end: 12 * 60), TimeWindow(start: 13 * 60, end: 16 * 60)]
        var emeaHours: [Weekday: [TimeWindow]] = [:]
        for day in weekdays + [.friday] { emeaHours[day] = [TimeWindow(start: 8 * 60 + 30, end: 17 * 60)] }
        let na = CalendarSpec(
            name: "na", timeZone: "America/New_York", weekly: naHours,
            holidays: [LocalDate(year: 2026, month: 11, day: 26): [], LocalDate(year: 2026, month: 12, day: 24): [TimeWindow(start: 540, end: 720)]]
        )
        let emea = CalendarSpec(
            name: "emea", timeZone: "Europe/Berlin", weekly: emeaHours,
            holidays: [LocalDate(year: 2026, month: 10, day: 3): [], LocalDate(year: 2026, month: 12, day: 25): []]
        )
        let senior = Expression.member(.field("seniority"), [.enumCase("director"), .enumCase("vp"), .enumCase("cxo")])
        let mqlWhen = Expression.and(
            .and(.compare(.score(.total), .greaterOrEqual, .literal(.int(100))), senior),
            .compare(.field("company_size"), .greater, .literal(.int(50)))
        )
        let sqlWhen = Expression.and(
            .and(.compare(.field("budget"), .equal, .literal(.enumCase("approved"))), .field("authority")),
            .compare(.field("timeline_days"), .lessOrEqual, .literal(.int(90)))
        )
        return Contract(
            formatVersion: 1,
            metadata: ContractMetadata(
                id: "acme-global", title: "Acme Global — Marketing ⇄ Sales SLA",
                version: SemanticVersion(major: 2, minor: 0, patch: 0), effective: LocalDate(year: 2026, month: 1, day: 1),
                expires: nil, timeZone: "America/New_York",
                parties: [.marketing: "Dana Lee <dana@acme.example>", .sales: "Sam Ortiz <sam@acme.example>"], review: nil
            ),
            calendars: ["na": na, "emea": emea],
            fields: [
                "region": .enumeration(["na", "emea"]),
                "seniority": .enumeration(["ic", "manager", "director", "vp", "cxo"]),
                "company_size": .int,
                "industry": .enumeration(["saas", "fintech", "retail", "health", "other"]),
                "budget": .enumeration(["unknown", "none", "approved"]),
                "authority": .bool,
                "timeline_days": .int,
            ],
            activities: ["page_view", "pricing_view", "content_download", "webinar", "demo_request", "unsubscribe"],
            scoring: ScoringModel(
                explicit: [
                    ExplicitScoringRule(condition: senior, points: 30),
                    ExplicitScoringRule(condition: .compare(.field("company_size"), .greaterOrEqual, .literal(.int(50))), points: 20),
                ],
                implicit: [
                    ImplicitScoringRule(activity: "pricing_view", points: 15, max: 3),
                    ImplicitScoringRule(activity: "content_download", points: 10, max: nil),
                    ImplicitScoringRule(activity: "demo_request", points: 60, max: nil),
                    ImplicitScoringRule(activity: "unsubscribe", points: -50, max: nil),
                ],
                halfLifeSeconds: 30 * 86_400
            ),
            stages: Stages(mql: MQLStage(when: mqlWhen, activeWithinSeconds: 30 * 86_400), sql: SQLStage(when: sqlWhen)),
            marketing: MarketingCommitments(
                volume: [
                    VolumeTarget(mqls: 400, per: .month, segment: nil, segmentSource: nil),
                    VolumeTarget(mqls: 120, per: .month, segment: .compare(.field("region"), .equal, .literal(.enumCase("emea"))), segmentSource: "region == emea"),
                ],
                handoffContext: ["trigger", "source"],
                conversion: ConversionTarget(basisPoints: 2000, per: .quarter)
            ),
            sales: SalesCommitments(
                calendar: .byField(field: "region", calendars: ["na": "na", "emea": "emea"], fallback: "na"),
                acceptWithin: .businessTime(seconds: 30 * 60),
                firstTouchWithin: .businessTime(seconds: 3_600),
                expedite: [ExpediteRule(when: .compare(.count(activity: "demo_request", windowSeconds: 7 * 86_400), .greaterOrEqual, .literal(.int(1))), firstTouchWithin: .wallClock(seconds: 300))],
                sequence: TouchSequence(touches: 7, within: .businessDays(10), channels: ["call": 3, "email": 3]),
                reasons: ["no_budget", "wrong_industry", "contact_left", "no_response", "bad_timing", "competitor"]
            )
        )
    }
}
