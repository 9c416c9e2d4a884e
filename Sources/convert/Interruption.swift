import Foundation

/// Ctrl-C (SIGINT) and SIGTERM. During a batch the first signal asks the batch to stop: the files
/// being worked on are finished, no new one is started, and the command ends with the summary so far.
/// Otherwise, and at a second signal, the temporary files of outputs being written are removed and
/// the process exits at once with 128 + the signal's number (130 for Ctrl-C). No output is left half
/// written either way: outputs are renamed into place only when complete (`OutputFile`).
enum Interruption {
    private static let state = State()

    /// Starts listening for the signals; `graceful`: a batch that can stop between files is running.
    static func install(graceful: Bool) {
        state.install(graceful: graceful)
    }

    /// Whether a batch has been asked to stop.
    static var requested: Bool { state.requested }

    /// The exit status of a batch that stopped when asked: 128 + the signal's number.
    static var exitStatus: Int32 { 128 + state.signal }

    /// Notes a temporary file (or folder) to remove if the process is stopped before it is renamed or removed.
    static func register(temporary path: String) { state.register(path) }

    static func unregister(temporary path: String) { state.unregister(path) }

    private final class State: @unchecked Sendable {
        private let lock = NSLock()
        private var sources: [DispatchSourceSignal] = []
        private var graceful = false
        private var temporaries: Set<String> = []
        private var stopRequested = false
        private var number: Int32 = SIGINT

        var requested: Bool { lock.withLock { stopRequested } }
        var signal: Int32 { lock.withLock { number } }

        func install(graceful: Bool) {
            lock.withLock {
                self.graceful = graceful
                guard sources.isEmpty else { return }
                for number in [SIGINT, SIGTERM] {
                    Foundation.signal(number, SIG_IGN)
                    let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
                    source.setEventHandler { [unowned self] in self.received(number) }
                    source.resume()
                    sources.append(source)
                }
            }
        }

        private func received(_ number: Int32) {
            let stopNow = lock.withLock { () -> Bool in
                defer { stopRequested = true; self.number = number }
                return !graceful || stopRequested
            }
            guard stopNow else { return }
            let paths = lock.withLock { temporaries }
            for path in paths { try? FileManager.default.removeItem(atPath: path) }
            _exit(128 + number)
        }

        func register(_ path: String) { _ = lock.withLock { temporaries.insert(path) } }

        func unregister(_ path: String) { _ = lock.withLock { temporaries.remove(path) } }
    }
}
