@testable import LeadpactAudit
import Testing

@Suite struct LeadOrderingTests {
    /// Events of the given leads and timestamps, each line its place in read order.
    private func events(_ events: [(lead: Int32, ts: Int64)]) -> [LeadEvent] {
        events.enumerated().map { index, event in
            LeadEvent(
                timestamp: event.ts, lead: event.lead, kind: .touch, text: 0, actor: -1,
                payloadStart: 0, payloadCount: 0, file: 0, line: Int32(index + 1))
        }
    }

    @Test func groupsByLeadThenTimeWithTiesInReadOrder() {
        let ordering = LeadOrdering(runs: [events([(1, 30), (0, 20), (1, 10), (0, 20), (1, 30), (0, 5)])], leadCount: 2)
        #expect(ordering.events(of: 0).map(\.line) == [6, 2, 4])
        #expect(ordering.events(of: 1).map(\.line) == [3, 1, 5])
    }

    @Test func longRunsUseTheFullSortAndStayStable() {
        var input: [(lead: Int32, ts: Int64)] = []
        for i in 0..<200 { input.append((0, Int64(200 - i) / 2)) }
        let ordered = Array(LeadOrdering(runs: [events(input)], leadCount: 1).events(of: 0))
        let keys = ordered.map { $0.timestamp * 1_000 + Int64($0.line) }
        #expect(keys == keys.sorted())
        #expect(ordered.count == 200)
    }

    @Test func tiesAcrossFilesKeepTheFilesOrder() {
        let input = [(file: 1, line: 1), (file: 0, line: 9), (file: 1, line: 2), (file: 0, line: 3)].map {
            LeadEvent(
                timestamp: 7, lead: 0, kind: .touch, text: 0, actor: -1,
                payloadStart: 0, payloadCount: 0, file: $0.file, line: Int32($0.line))
        }
        let ordered = LeadOrdering(runs: [input], leadCount: 1).events(of: 0)
        #expect(ordered.map { [$0.file, Int($0.line)] } == [[0, 3], [0, 9], [1, 1], [1, 2]])
    }

    @Test func manyLeadsWithManyTiesMatchAStableSortOfTheReadOrder() {
        var generator = SplitMix64(seed: 7)
        let input = (0..<20_000).map { index in
            LeadEvent(
                timestamp: Int64(generator.next() % 40), lead: Int32(generator.next() % 300), kind: .touch,
                text: 0, actor: -1, payloadStart: 0, payloadCount: 0, file: index / 7_000,
                line: Int32(index % 7_000 + 1))
        }
        var expected = input.enumerated().map { ($0.offset, $0.element) }
        expected.sort { ($0.1.lead, $0.1.timestamp, $0.0) < ($1.1.lead, $1.1.timestamp, $1.0) }
        let ordering = LeadOrdering(runs: [input], leadCount: 300)
        #expect(ordering.events == expected.map(\.1))
    }

    @Test func partsCoverEveryLeadOnceWithAboutEqualEvents() {
        var input: [(lead: Int32, ts: Int64)] = []
        for lead in 0..<100 { for ts in 0..<Int64(1 + lead % 7) { input.append((Int32(lead), ts)) } }
        let ordering = LeadOrdering(runs: [events(input)], leadCount: 100)
        let parts = ordering.partition(into: 4)
        #expect(parts.count == 4)
        #expect(parts.flatMap { Array($0) } == Array(0..<100))
        let sizes = parts.map { part in part.reduce(0) { $0 + ordering.events(of: $1).count } }
        #expect(sizes.allSatisfy { abs($0 - input.count / 4) <= 7 })
    }

    @Test func runsGroupedOnSeveralThreadsGiveWhatOneRunOnOneGives() {
        var generator = SplitMix64(seed: 11)
        let input = (0..<30_000).map { index in
            LeadEvent(
                timestamp: Int64(generator.next() % 50), lead: Int32(generator.next() % 500), kind: .touch,
                text: 0, actor: -1, payloadStart: 0, payloadCount: 0, file: 0, line: Int32(index + 1))
        }
        let whole = LeadOrdering(runs: [input], leadCount: 500, parts: 1)
        let cuts = [0, 7, 7, 9_000, 9_001, 22_500, 30_000]
        let runs = zip(cuts, cuts.dropFirst()).map { Array(input[$0..<$1]) }
        for parts in [2, 3, 7, 64] {
            let split = LeadOrdering(runs: runs, leadCount: 500, parts: parts)
            #expect(split.events == whole.events)
            #expect(split.starts == whole.starts)
        }
        #expect(whole.events.count == input.count)
    }

    @Test func anEmptyLogHasNoLeads() {
        let ordering = LeadOrdering(runs: [], leadCount: 0, parts: 2)
        #expect(ordering.leadCount == 0)
        #expect(ordering.events.isEmpty)
        #expect(ordering.partition(into: 4) == [0..<0])
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
