import Foundation
import LeadpactAudit
import LeadpactCalendar
import Testing

/// Each format renders the same queue: breaching before open, grouped by owner.
@Suite struct QueueRendererTests {
    @Test func textFitsEightyColumnsAndListsBreachingFirst() throws {
        let text = QueueTextRenderer().render(try ObligationQueueTests.queue())
        for line in text.split(separator: "\n") { #expect(line.count <= 80, "\(line)") }
        let breaching = try #require(text.range(of: "BREACHING (3)"))
        let open = try #require(text.range(of: "OPEN (2)"))
        #expect(breaching.upperBound < open.lowerBound)
        #expect(text.contains("  cy (2)\n    sales.accept        B     2026-11-16 15:30   -1h 20m   -1h 20m\n"), "\(text)")
        #expect(text.contains("    sales.accept        D     2026-11-16 17:10       10m       20m\n"), "\(text)")
        #expect(text.contains("3 breaching · 2 open · 3 owners"))
    }

    @Test func markdownHasATablePerOwner() throws {
        let markdown = QueueMarkdownRenderer().render(try ObligationQueueTests.queue())
        #expect(markdown.contains("## Breaching (3)\n\n### cy (2)\n\n| rule | lead | due | business left | wall left | detail |"))
        #expect(markdown.contains("## Open (2)\n\n### dee (2)"))
    }

    @Test func htmlIsOneSelfContainedPage() throws {
        let html = QueueHTMLRenderer().render(try ObligationQueueTests.queue())
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        for outside in ["<script", "http://", "https://", "<link", "<img", "url("] {
            #expect(!html.contains(outside), "\(outside)")
        }
        #expect(html.contains("<svg") && html.contains("aria-label=\"Breaching and open obligations per owner\""))
        #expect(html.contains("<h2>Breaching (3)</h2>") && html.contains("class=\"queue breaching\""))
    }

    @Test func jsonCarriesEveryItemWithBothTimesLeft() throws {
        let text = QueueJSONRenderer().render(try ObligationQueueTests.queue(within: .businessTime(seconds: 600)))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(object["at"] as? String == "2026-11-16T16:50:00-05:00")
        #expect(object["within"] as? String == "window")
        #expect(object["counts"] as? [String: Int] == ["breaching": 3, "open": 2])
        let open = try #require(object["open"] as? [[String: Any]])
        #expect(open.first?["business_time_left_seconds"] as? Int == 600)
        #expect(open.first?["time_left_seconds"] as? Int == 1200)
        #expect(open.first?["calendar"] as? String == "na")
        #expect(open.first?["breaching"] as? Bool == false)
        let owners = try #require(object["owners"] as? [[String: Any]])
        #expect(owners.map { $0["owner"] as? String } == ["cy", "ana", "dee"])
    }
}
