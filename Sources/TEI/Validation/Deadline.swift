import Foundation

/// Runs work that libxml2 cannot interrupt (schema compilation, validation) under a time limit.
enum Deadline {
    /// The stack size of a worker thread: libxml2 recurses on deep documents and grammars.
    static let stackSize = 64 << 20

    /// Runs `work` on a thread of its own and waits at most `seconds`. Returns `nil` past the limit; the
    /// thread is then left to finish on its own (`work` must own everything it touches).
    static func run<T: Sendable>(seconds: Double, _ work: @escaping @Sendable () -> T) -> T? {
        let box = ResultBox<T>()
        let thread = Thread {
            box.set(work())
        }
        thread.stackSize = stackSize
        thread.start()
        return box.wait(seconds: seconds)
    }

    private final class ResultBox<T: Sendable>: @unchecked Sendable {
        private let done = DispatchSemaphore(value: 0)
        private let lock = NSLock()
        private var value: T?

        func set(_ newValue: T) {
            lock.withLock { value = newValue }
            done.signal()
        }

        /// The value, handed over: the box lets go of it, so that the worker thread, which may still be
        /// winding down (or running when the process exits), does not keep it alive.
        func wait(seconds: Double) -> T? {
            guard done.wait(timeout: .now() + seconds) == .success else { return nil }
            return lock.withLock {
                defer { value = nil }
                return value
            }
        }
    }
}
