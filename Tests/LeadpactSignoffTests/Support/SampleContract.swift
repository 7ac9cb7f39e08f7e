import LeadpactCalendar
import LeadpactContract
import LeadpactExpressions

/// A compiled contract like the brief's example, built by hand so the diff and sign-off logic
/// can be tested on the model alone.
enum SampleContract {
    static let hour: Int64 = 3_600
    static let day: Int64 = 86_400

    static func make() -> Contract {
        let weekday = [TimeWindow(start: 540, end: 1050)]
        let na = CalendarSpec(
            name: "na", timeZone: "America/New_York",
            weekly: [.monday: weekday, .tuesday: weekday, .wednesday: weekday, .thursday: weekday,
                     .friday: [TimeWindow(start: 540, end: 720), TimeWindow(start: 780, end: 960)]],
            holidays: [LocalDate(year: 2026, month: 11, day: 26): []])
        let emea = CalendarSpec(
            name: "emea", timeZone: "Europe/Berlin",
            weekly: Dictionary(uniqueKeysWithValues: [Weekday.monday, .tuesday, .wednesday, .thursday, .friday].map {
                ($0, [TimeWindow(start: 510, end: 1020)])
            }))
        let seniorityValues: [Value] = [.enumCase("director"), .enumCase("vp"), .enumCase("cxo")]
        let mqlWhen = Expression.and(
            .and(.compare(.score(.total), .greaterOrEqual, .literal(.int(100))), .member(.field("seniority"), seniorityValues)),
            .compare(.field("company_size"), .greater, .literal(.int(50))))
        let sqlWhen = Expression.and(
            .and(.compare(.field("budget"), .equal, .literal(.enumCase("approved"))), .field("authority")),
            .compare(.field("timeline_days"), .lessOrEqual, .literal(.int(90))))
        return Contract(
            formatVersion: 1,
            metadata: ContractMetadata(
                id: "acme-na", title: "Acme North America", version: SemanticVersion(major: 1, minor: 4, patch: 0),
                effective: LocalDate(year: 2026, month: 1, day: 1), expires: nil, timeZone: "America/New_York",
                parties: [.marketing: "Dana Lee <dana@acme.example>", .sales: "Sam Ortiz <sam@acme.example>"],
                review: Review(cadence: .biweekly, metrics: ["mql_to_sql", "first_touch_p90"])),
            calendars: ["na": na, "emea": emea],
            fields: [
                "seniority": .enumeration(["ic", "manager", "director", "vp", "cxo"]), "company_size": .int,
                "region": .enumeration(["na", "emea"]), "budget": .enumeration(["unknown", "none", "approved"]),
                "authority": .bool, "timeline_days": .int,
            ],
            activities: ["page_view", "pricing_view", "content_download", "demo_request", "unsubscribe"],
            scoring: ScoringModel(
                explicit: [ExplicitScoringRule(condition: .member(.field("seniority"), seniorityValues), points: 30)],
                implicit: [
                    ImplicitScoringRule(activity: "pricing_view", points: 15, max: 3),
                    ImplicitScoringRule(activity: "demo_request", points: 60, max: nil),
                ],
                halfLifeSeconds: 30 * day),
            stages: Stages(mql: MQLStage(when: mqlWhen, activeWithinSeconds: 30 * day), sql: SQLStage(when: sqlWhen)),
            marketing: MarketingCommitments(
                volume: [
                    VolumeTarget(mqls: 400, per: .month, segment: nil, segmentSource: nil),
                    VolumeTarget(
                        mqls: 120, per: .month, segment: .compare(.field("region"), .equal, .literal(.enumCase("emea"))),
                        segmentSource: "region == emea"),
                ],
                handoffContext: ["trigger", "source"], conversion: ConversionTarget(basisPoints: 2000, per: .quarter)),
            sales: SalesCommitments(
                calendar: .byField(field: "region", calendars: ["na": "na", "emea": "emea"], fallback: "na"),
                acceptWithin: .businessTime(seconds: 30 * 60), firstTouchWithin: .businessTime(seconds: 2 * hour),
                expedite: [ExpediteRule(
                    when: .compare(.count(activity: "demo_request", windowSeconds: 7 * day), .greaterOrEqual, .literal(.int(1))),
                    firstTouchWithin: .wallClock(seconds: 300))],
                sequence: TouchSequence(touches: 7, within: .businessDays(10), channels: ["call": 3, "email": 3]),
                reasons: ["no_budget", "wrong_industry", "contact_left", "no_response"]))
    }

    /// `make()` with one change applied.
    static func with(_ change: (inout Contract) -> Void) -> Contract {
        var contract = make()
        change(&contract)
        return contract
    }
}
