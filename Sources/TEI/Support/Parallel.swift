import Foundation

/// Runs independent work items on a fixed number of threads.
public enum Parallel {
    /// `transform(i)` for every `i` in `0..<count`, on `jobs` threads, started in `order` (by default
    /// ascending); results in index order. Once `shouldStop()` says so, no further item is started
    /// (those started finish), and the items never started are `nil`.
    public static func map<T: Sendable>(_ count: Int, jobs: Int, order: [Int]? = nil,
                                        shouldStop: @escaping @Sendable () -> Bool = { false },
                                        _ transform: @escaping @Sendable (Int) -> T) -> [T?] {
        let state = State<T>(order: order ?? Array(0..<count))
        let threads = max(1, min(jobs, count))
        let finished = DispatchSemaphore(value: 0)
        for _ in 0..<threads {
            let thread = Thread {
                while !shouldStop(), let index = state.next() { state.store(transform(index), at: index) }
                finished.signal()
            }
            thread.stackSize = Deadline.stackSize
            thread.start()
        }
        for _ in 0..<threads { finished.wait() }
        return state.results
    }

    private final class State<T: Sendable>: @unchecked Sendable {
        private let lock = NSLock()
        private var position = 0
        private let order: [Int]
        private(set) var results: [T?]

        init(order: [Int]) {
            self.order = order
            results = Array(repeating: nil, count: order.count)
        }

        func next() -> Int? {
            lock.withLock {
                guard position < order.count else { return nil }
                defer { position += 1 }
                return order[position]
            }
        }

        func store(_ value: T, at index: Int) {
            lock.withLock { results[index] = value }
        }
    }
}
