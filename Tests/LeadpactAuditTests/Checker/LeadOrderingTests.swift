@testable import LeadpactAudit
import Testing

@Suite struct LeadOrderingTests {
    private func log(_ events: [(lead: Int32, ts: Int64)]) -> EventLog {
        var log = EventLog()
        for (index, event) in events.enumerated() {
            log.events.append(LeadEvent(
                timestamp: event.ts, lead: event.lead, kind: .touch, text: 0, actor: -1,
                payloadStart: 0, payloadCount: 0, file: 0, line: Int32(index + 1)))
        }
        for lead in 0...(events.map(\.lead).max() ?? 0) { _ = log.leads.intern("L\(lead)") }
        return log
    }

    @Test func groupsByLeadThenTimeWithTiesInReadOrder() {
        let ordering = LeadOrdering(log([(1, 30), (0, 20), (1, 10), (0, 20), (1, 30), (0, 5)]))
        #expect(Array(ordering.events(of: 0)) == [5, 1, 3])
        #expect(Array(ordering.events(of: 1)) == [2, 0, 4])
    }

    @Test func longRunsUseTheFullSortAndStayStable() {
        var events: [(lead: Int32, ts: Int64)] = []
        for i in 0..<200 { events.append((0, Int64(200 - i) / 2)) }
        let ordering = LeadOrdering(log(events))
        let order = Array(ordering.events(of: 0))
        let keys = order.map { events[Int($0)].ts * 1_000 + Int64($0) }
        #expect(keys == keys.sorted())
        #expect(order.count == 200)
    }

    @Test func anEmptyLogHasNoLeads() {
        #expect(LeadOrdering(EventLog()).leadCount == 0)
    }
}

@Suite struct LeadEventLayoutTests {
    @Test func anEventTakes32Bytes() {
        #expect(MemoryLayout<LeadEvent>.stride == 32)
        #expect(MemoryLayout<StoredAttribute>.stride == 16)
    }

    @Test func fileAndKindSurvivePacking() {
        for kind in EventKind.allCases {
            let event = LeadEvent(
                timestamp: 1, lead: 2, kind: kind, text: 3, actor: 4, payloadStart: 5, payloadCount: 6,
                file: LeadEvent.maximumFiles - 1, line: 7)
            #expect(event.kind == kind)
            #expect(event.file == LeadEvent.maximumFiles - 1)
        }
    }
}
