import Foundation
import LeadpactCalendar
import Testing

/// One calendar shared by many threads, each asking about different decades so that the
/// tables are widened while others read them: every answer must match a private calendar's.
@Suite struct BusinessCalendarConcurrencyTests {
    @Test func sharedCalendarAnswersLikeAPrivateOne() throws {
        let shared = try #require(CalendarTestSupport.northAmerica)
        var generator = SeededGenerator(seed: 7)
        let starts = (0..<4000).map { _ in Date(timeIntervalSince1970: Double(Int64.random(in: -2_000_000_000...7_000_000_000, using: &generator))) }
        let durations: [SLADuration] = [.businessTime(seconds: 1800), .businessTime(seconds: 90_000), .businessDays(3)]

        let reference = try #require(CalendarTestSupport.northAmerica)
        let expected = starts.enumerated().map { index, start in
            reference.add(durations[index % durations.count], to: start)
        }
        let answers = ConcurrentAnswers(count: starts.count)
        DispatchQueue.concurrentPerform(iterations: 8) { worker in
            for index in stride(from: worker, to: starts.count, by: 8) {
                answers.set(index, shared.add(durations[index % durations.count], to: starts[index]))
            }
        }
        #expect(answers.values == expected)
    }
}

/// Answers written by several threads, each to its own slots.
private final class ConcurrentAnswers: @unchecked Sendable {
    private let lock = NSLock()
    private var storage: [Date?]

    init(count: Int) { storage = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ value: Date) {
        lock.lock()
        storage[index] = value
        lock.unlock()
    }

    var values: [Date] {
        lock.lock()
        defer { lock.unlock() }
        return storage.compactMap { $0 }
    }
}
