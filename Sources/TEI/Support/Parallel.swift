import Foundation

/// Runs independent work items on a fixed number of threads.
enum Parallel {
    /// `transform(i)` for every `i` in `0..<count`, on `jobs` threads, results in index order.
    static func map<T: Sendable>(_ count: Int, jobs: Int, _ transform: @escaping @Sendable (Int) -> T) -> [T] {
        let state = State<T>(count: count)
        let threads = max(1, min(jobs, count))
        let finished = DispatchSemaphore(value: 0)
        for _ in 0..<threads {
            let thread = Thread {
                while let index = state.next() { state.store(transform(index), at: index) }
                finished.signal()
            }
            thread.stackSize = Deadline.stackSize
            thread.start()
        }
        for _ in 0..<threads { finished.wait() }
        return state.results.map { $0! }
    }

    private final class State<T: Sendable>: @unchecked Sendable {
        private let lock = NSLock()
        private var nextIndex = 0
        private let count: Int
        private(set) var results: [T?]

        init(count: Int) {
            self.count = count
            results = Array(repeating: nil, count: count)
        }

        func next() -> Int? {
            lock.withLock {
                guard nextIndex < count else { return nil }
                defer { nextIndex += 1 }
                return nextIndex
            }
        }

        func store(_ value: T, at index: Int) {
            lock.withLock { results[index] = value }
        }
    }
}
