/// A min-heap of generated events ordered by arrival, then creation order: leads are told one
/// at a time, and their events wait here until nothing earlier can still be generated.
struct FixtureEventQueue {
    private var heap: [FixtureEvent] = []

    /// Whether no event waits.
    var isEmpty: Bool { heap.isEmpty }

    /// The earliest waiting event.
    var first: FixtureEvent? { heap.first }

    private static func precedes(_ a: FixtureEvent, _ b: FixtureEvent) -> Bool {
        a.arrival != b.arrival ? a.arrival < b.arrival : a.sequence < b.sequence
    }

    /// Adds an event.
    mutating func push(_ event: FixtureEvent) {
        heap.append(event)
        var child = heap.count - 1
        while child > 0 {
            let parent = (child - 1) / 2
            guard Self.precedes(heap[child], heap[parent]) else { break }
            heap.swapAt(child, parent)
            child = parent
        }
    }

    /// Removes and returns the earliest event.
    mutating func pop() -> FixtureEvent? {
        guard !heap.isEmpty else { return nil }
        let top = heap[0]
        let last = heap.removeLast()
        guard !heap.isEmpty else { return top }
        heap[0] = last
        var parent = 0
        let count = heap.count
        while true {
            let left = 2 * parent + 1
            guard left < count else { break }
            let right = left + 1
            var smallest = left
            if right < count, Self.precedes(heap[right], heap[left]) { smallest = right }
            guard Self.precedes(heap[smallest], heap[parent]) else { break }
            heap.swapAt(smallest, parent)
            parent = smallest
        }
        return top
    }
}
