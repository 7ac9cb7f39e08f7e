/// A realistic contract that exercises most of YAML's syntax (block and flow collections,
/// every scalar style, anchors, aliases, comments, non-ASCII text), used as the seed text
/// that the robustness tests truncate and mutate.
enum SampleContractText {
    static let text = """
        leadpact: 1
        contract:
          id: northwind-emea
          title: "Northwind EMEA — Marketing ⇄ Sales"
          version: 2.0.1
          effective: 2026-02-01
          expires: 2027-02-01
          timezone: Europe/Paris
          parties:
            marketing: 'Inès Moreau <ines@northwind.example>'
            sales: Jonas Berg <jonas@northwind.example>
          review: { cadence: monthly, metrics: [mql_to_sql, accept_p50] }
        calendars:
          paris: &office
            timezone: Europe/Paris
            hours:
              mon-thu: 09:00-18:00
              fri: 09:00-12:30, 14:00-17:00
            holidays:
              - 2026-05-01
              - 2026-12-24: 09:00-12:00
          lyon: *office
        fields:
          seniority: [ic, manager, director, vp, cxo]
          employees: int
          sector: [software, banking, retail, other]
          notes: string
        activities: [page_view, pricing_view, webinar, demo_request]
        scoring:
          explicit:
            - { if: "seniority in [director, vp, cxo]", points: 25 }
            - if: employees >= 200
              points: 15
          implicit:
            - { activity: pricing_view, points: 10, max: 4 }
            - { activity: demo_request, points: 50 }
          half_life: 21 days
        stages:
          mql:
            when: >
              score >= 80 and
              employees > 50
            active_within: 14 days
          sql:
            when: |
              sector != other
        marketing:
          volume:
            - { mqls: 250, per: month }
          handoff_context: [trigger, source]
          conversion: { mql_to_sql: 25%, per: quarter }
        sales:
          calendar: paris
          accept_within: 2 business hours   # same day
          first_touch_within: 4 business hours
          sequence: { touches: 6, within: 8 business days, channels: { call: 2, email: 3 } }
          reasons: [no_budget, no_response, competitor]

        """
}
