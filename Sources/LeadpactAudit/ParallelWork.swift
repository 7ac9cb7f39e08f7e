import Dispatch
import Foundation

/// Runs independent pieces of work on every core.
enum ParallelWork {
    /// `body(0)`, `body(1)`, … `body(count - 1)`, run concurrently, results in index order.
    static func map<T: Sendable>(_ count: Int, _ body: @Sendable (Int) -> T) -> [T] {
        guard count > 1 else { return (0..<count).map(body) }
        let results = Results<T>(count: count)
        DispatchQueue.concurrentPerform(iterations: count) { index in
            results.store(body(index), at: index)
        }
        return results.values
    }

    /// The results as they arrive, each in its own slot.
    private final class Results<T: Sendable>: @unchecked Sendable {
        private let lock = NSLock()
        private var slots: [T?]

        init(count: Int) { slots = Array(repeating: nil, count: count) }

        func store(_ value: T, at index: Int) {
            lock.lock()
            slots[index] = value
            lock.unlock()
        }

        /// Every slot's value (each is filled once `concurrentPerform` returns).
        var values: [T] {
            lock.lock()
            defer { lock.unlock() }
            return slots.map { $0! }
        }
    }
}

/// Memory that several threads write at once, each to places no other touches.
struct SharedPointer<Element>: @unchecked Sendable {
    let pointer: UnsafeMutablePointer<Element>?

    init(_ pointer: UnsafeMutablePointer<Element>?) { self.pointer = pointer }
}
