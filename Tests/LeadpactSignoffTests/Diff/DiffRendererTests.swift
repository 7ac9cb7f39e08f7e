import Foundation
import LeadpactCalendar
import LeadpactContract
import Testing

@testable import LeadpactSignoff

@Suite("Rendering a diff")
struct DiffRendererTests {
    private let diff: ContractDiff = {
        let new = SampleContract.with {
            $0.metadata.version = SemanticVersion(major: 1, minor: 5, patch: 0)
            $0.sales?.firstTouchWithin = .businessTime(seconds: 3_600)
            $0.sales?.reasons.append("competitor")
            $0.metadata.parties[.sales] = "Sam | Ortiz"
        }
        return ContractDiff(old: SampleContract.make(), new: new, oldDigest: "sha256:old", newDigest: "sha256:new")
    }()

    @Test("text: a heading with the tally, one line per change")
    func text() {
        #expect(DiffFormat.text.render(diff) == """
            acme-na 1.4.0 → 1.5.0: 4 changes (1 tightened, 1 loosened, 2 changed)
              contract.version: 1.4.0 → 1.5.0 (changed, both)
              contract.parties.sales: Sam Ortiz <sam@acme.example> → Sam | Ortiz (changed, sales)
              sales.first_touch_within: 2 business hours → 1 business hour (tightened, sales)
              sales.reasons added: competitor (loosened, sales)

            """)
    }

    @Test("markdown: a table that survives pipes and angle brackets, and the sign-off checklist")
    func markdown() {
        let text = DiffFormat.markdown.render(diff, contractPath: "contracts/acme.sla.yaml")
        #expect(text.hasPrefix("## SLA change: acme-na 1.4.0 → 1.5.0\n\n4 changes: 1 tightened (sales), 1 loosened (sales), 2 changed (sales, both).\n"))
        #expect(text.contains("| `contract.parties.sales` | `Sam Ortiz <sam@acme.example>` | `Sam \\| Ortiz` | **changed** | sales |"))
        #expect(text.contains("| `sales.reasons` | — | `competitor` | **loosened** | sales |"))
        #expect(text.contains("Both leaders sign version 1.5.0 (digest `sha256:new`) before this merges:"))
        #expect(text.contains("- [ ] marketing — Dana Lee \\<dana@acme.example\\>: `leadpact sign contracts/acme.sla.yaml --party marketing --key KEYFILE`"))
    }

    @Test("json: values with explicit nulls and the summary")
    func json() throws {
        let data = Data(DiffFormat.json.render(diff).utf8)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let new = try #require(object["new"] as? [String: Any])
        #expect(new["digest"] as? String == "sha256:new")
        #expect(object["summary"] as? [String: Int] == ["tightened": 1, "loosened": 1, "changed": 2])
        let changes = try #require(object["changes"] as? [[String: Any]])
        #expect(changes.count == 4)
        let added = changes[3]
        #expect(added["path"] as? String == "sales.reasons")
        #expect(added["kind"] as? String == "added")
        #expect(added["old"] is NSNull)
        #expect(added["new"] as? String == "competitor")
        #expect(added["direction"] as? String == "loosened")
        #expect(added["side"] as? String == "sales")
    }

    @Test("percentages and durations read like the contract")
    func wording() {
        #expect(DurationText.percent(basisPoints: 2000) == "20%")
        #expect(DurationText.percent(basisPoints: 2250) == "22.5%")
        #expect(DurationText.percent(basisPoints: 1) == "0.01%")
        #expect(DurationText.describe(.wallClock(seconds: 86_400)) == "1 day")
        #expect(DurationText.describe(.wallClock(seconds: 90)) == "90 seconds")
        #expect(DurationText.describe(.businessTime(seconds: 86_400)) == "24 business hours")
        #expect(DurationText.describe(.businessDays(1)) == "1 business day")
    }
}
