/// One contract per diagnostic code, with `‸` where the diagnostic must point.
struct DiagnosticCodeCase: Sendable, CustomStringConvertible {
    var code: String
    var marked: String

    var description: String { code }

    /// Appends `snippet` to the valid header.
    static func after(_ code: String, _ snippet: String) -> DiagnosticCodeCase {
        DiagnosticCodeCase(code: code, marked: MarkedContract.header + snippet)
    }

    /// A whole document.
    static func document(_ code: String, _ text: String) -> DiagnosticCodeCase {
        DiagnosticCodeCase(code: code, marked: text)
    }

    static let calendar = """
        calendars:
          c:
            timezone: UTC
            hours: { mon-fri: 09:00-17:00 }

        """

    static let regionField = """
        fields:
          region: [na, emea]
          size: int

        """

    static let structure: [DiagnosticCodeCase] = [
        .document("LP200", "‸- leadpact: 1\n- contract: {}\n"),
        .after("LP201", "‸scorng: {}\n"),
        .document("LP202", "leadpact: 1\n‸contract:\n  id: t\n  version: 1.0.0\n  timezone: UTC\n  parties: { marketing: M, sales: S }\n"),
        .after("LP203", "activities: ‸{ demo: 1 }\n"),
        .after("LP204", "marketing:\n  volume:\n    - { mqls: ‸\"400\", per: month }\n"),
        .document("LP205", "leadpact: ‸2\n" + MarkedContract.header.split(separator: "\n").dropFirst().joined(separator: "\n") + "\n"),
        .document("LP206", "leadpact: 1\ncontract:\n  id: ‸Acme_NA\n  title: T\n  version: 1.0.0\n  timezone: UTC\n  parties: { marketing: M, sales: S }\n"),
        .document("LP207", "leadpact: 1\ncontract:\n  id: t\n  title: T\n  version: ‸1.4\n  timezone: UTC\n  parties: { marketing: M, sales: S }\n"),
        .document("LP208", "leadpact: 1\ncontract:\n  id: t\n  title: T\n  version: 1.0.0\n  effective: ‸2026-02-30\n  timezone: UTC\n  parties: { marketing: M, sales: S }\n"),
        .after("LP209", "scoring:\n  half_life: ‸30 mins\n"),
        .after("LP210", "scoring:\n  half_life: ‸3 business days\n"),
        .after("LP211", calendar + "sales:\n  calendar: c\n  accept_within: ‸2 business weeks\n"),
        .after("LP212", "calendars:\n  c:\n    timezone: UTC\n    hours:\n      ‸monday: 09:00-17:00\n"),
        .after("LP213", "calendars:\n  c:\n    timezone: UTC\n    hours:\n      mon: ‸9-17\n"),
        .after("LP214", "calendars:\n  c:\n    timezone: UTC\n    hours:\n      mon-fri: 09:00-17:00\n      ‸mon: 18:00-19:00\n"),
        .after("LP215", "fields:\n  size: ‸integer\n"),
        .document("LP216", "leadpact: 1\ncontract:\n  id: t\n  title: T\n  version: 1.0.0\n  timezone: UTC\n  parties: { marketing: M, sales: S }\n  review: { cadence: ‸fortnightly }\n"),
        .after("LP217", "marketing:\n  conversion: { mql_to_sql: ‸0.2, per: quarter }\n"),
        .document("LP218", "leadpact: 1\ncontract:\n  id: t\n  title: ‸\"\"\n  version: 1.0.0\n  timezone: UTC\n  parties: { marketing: M, sales: S }\n"),
        .after("LP219", "fields:\n  ‸and: int\n"),
    ]

    static let semantic: [DiagnosticCodeCase] = [
        .after("LP401", "fields:\n  size: int\nscoring:\n  explicit:\n    - { if: \"size > 10\", points: 40 }\nstages:\n  mql:\n    when: ‸\"score >= 50\"\n"),
        .after("LP402", "calendars:\n  ‸c:\n    timezone: UTC\n    hours: {}\nsales:\n  calendar: c\n"),
        .document("LP403", "leadpact: 1\ncontract:\n  id: t\n  title: T\n  version: 1.0.0\n  effective: 2026-01-01\n  timezone: UTC\n  parties: { marketing: M, sales: S }\n" + calendar + "    holidays: [‸2025-12-25]\nsales:\n  calendar: c\n"),
        .after("LP404", calendar + "    holidays:\n      - ‸2026-11-28\nsales:\n  calendar: c\n"),
        .after("LP405", calendar + "sales:\n  calendar: c\n  sequence:\n    touches: 7\n    within: 10 business days\n    channels: ‸{ call: 5, email: 5 }\n"),
        .after("LP406", "sales:\n  sequence:\n    touches: 7\n    within: ‸5 minutes\n"),
        .after("LP407", "sales:\n  accept_within: ‸2 hours\n  first_touch_within: 1 hour\n"),
        .after("LP408", regionField + "marketing:\n  volume:\n    - { mqls: 100, per: month }\n    - { mqls: 60, per: month, where: \"region == na\" }\n    - ‸{ mqls: 60, per: month, where: \"region == emea\" }\n"),
        .after("LP409", regionField + "marketing:\n  volume:\n    - { mqls: 10, per: month, where: ‸\"region == na or not (region == na)\" }\n"),
        .after("LP410", regionField + "stages:\n  sql:\n    when: ‸\"region == na and region == emea\"\n"),
        .after("LP411", "calendars:\n  c:\n    timezone: ‸Mars/Olympus_Mons\n    hours: { mon-fri: 09:00-17:00 }\nsales:\n  calendar: c\n"),
        .document("LP412", "leadpact: 1\ncontract:\n  id: t\n  title: T\n  version: 1.0.0\n  effective: 2026-06-01\n  expires: ‸2026-01-01\n  timezone: UTC\n  parties: { marketing: M, sales: S }\n"),
        .after("LP413", regionField + calendar + "sales:\n  ‸calendar: { by: region, na: c }\n"),
        .after("LP414", calendar + "sales:\n  calendar: ‸nope\n"),
        .after("LP415", "activities: [visit]\nstages:\n  mql:\n    when: \"count(visit) >= 1\"\n    active_within: ‸0 days\n"),
        .after("LP416", "sales:\n  accept_within: ‸1 business hour\n"),
        .after("LP417", "activities: [demo]\nsales:\n  first_touch_within: 1 hour\n  expedite:\n    - { when: \"count(demo) >= 1\", first_touch_within: ‸2 hours }\n"),
        .after("LP418", "activities: [demo, ‸demo]\n"),
        .after("LP419", "calendars:\n  c:\n    timezone: UTC\n    hours:\n      mon: ‸09:00-12:00, 11:00-13:00\nsales:\n  calendar: c\n"),
        .after("LP420", regionField + calendar + "sales:\n  calendar: { by: ‸size, default: c }\n"),
        .after("LP421", regionField + calendar + "sales:\n  calendar: { by: ‸regoin, default: c }\n"),
        .after("LP422", "activities: [pricing_view]\nscoring:\n  implicit:\n    - { activity: ‸pricing_veiw, points: 5 }\n"),
        .after("LP423", "sales:\n  sequence:\n    touches: ‸0\n    within: 2 days\n"),
        .after("LP424", "fields:\n  size: int\nscoring:\n  explicit:\n    - { if: \"size > 10\", points: ‸0 }\n"),
        .after("LP425", "marketing:\n  conversion: { mql_to_sql: ‸150%, per: quarter }\n"),
        .after("LP426", regionField + calendar + "sales:\n  calendar: { by: region, na: c, ‸apac: c, default: c }\n"),
        .after("LP427", calendar + "  ‸spare:\n    timezone: UTC\n    hours: { mon: 09:00-10:00 }\nsales:\n  calendar: c\n"),
    ]
}
