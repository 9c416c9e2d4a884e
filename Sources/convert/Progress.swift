import Foundation

/// A batch's progress on standard error: on a terminal, one line redrawn in place (a bar, files, MB,
/// rate and time left); otherwise a plain line every `interval` seconds, for logs; nothing when quiet.
final class Progress: @unchecked Sendable {
    enum Style {
        case bar, lines, none
    }

    private let lock = NSLock()
    private let style: Style
    private let totalFiles: Int
    private let totalBytes: Int
    private let interval: Double
    private let started = Date()
    private var files = 0
    private var bytes = 0
    private var lastShown: Date
    private var barShown = false

    init(files: Int, bytes: Int, quiet: Bool, interval: Double) {
        totalFiles = files
        totalBytes = bytes
        self.interval = interval
        lastShown = started
        style = quiet ? .none : isatty(STDERR_FILENO) == 1 ? .bar : .lines
    }

    /// One more file done, of `bytes` bytes.
    func advance(bytes fileBytes: Int) {
        guard style != .none else { return }
        lock.withLock {
            files += 1
            bytes += fileBytes
            let now = Date()
            // The bar shows the last file too; a log gets a line every `interval` (the summary ends it).
            let every = style == .bar ? 0.1 : interval
            guard now.timeIntervalSince(lastShown) >= every || (style == .bar && files == totalFiles) else { return }
            lastShown = now
            show(now)
        }
    }

    /// Writes an error line, clearing the bar first so that the two do not mix.
    func error(_ line: String) {
        lock.withLock {
            if barShown { Console.errorText("\r\u{1B}[K") }
            Console.error(line)
            if barShown { show(Date()) }
        }
    }

    /// Clears the bar before the summary.
    func finish() {
        lock.withLock {
            if barShown { Console.errorText("\r\u{1B}[K") }
            barShown = false
        }
    }

    private func show(_ now: Date) {
        let seconds = max(now.timeIntervalSince(started), 0.001)
        let rate = Double(bytes) / 1e6 / seconds
        let left = bytes > 0 ? Double(totalBytes - bytes) / (Double(bytes) / seconds) : 0
        let counts = String(format: "%d/%d files, %.1f/%.1f MB, %.1f MB/s, ", files, totalFiles,
                            Double(bytes) / 1e6, Double(totalBytes) / 1e6, rate) + Self.duration(left) + " left"
        switch style {
        case .bar:
            let width = 24
            let done = totalBytes > 0 ? min(width, width * bytes / totalBytes) : width * files / max(totalFiles, 1)
            Console.errorText("\r\u{1B}[K[" + String(repeating: "#", count: done) + String(repeating: ".", count: width - done) + "] " + counts)
            barShown = true
        case .lines:
            Console.error("progress: " + counts)
        case .none:
            break
        }
    }

    /// `1 h 02 min`, `3 min 05 s`, `12 s`.
    static func duration(_ seconds: Double) -> String {
        let whole = Int(seconds.rounded())
        if whole >= 3600 { return String(format: "%d h %02d min", whole / 3600, whole % 3600 / 60) }
        if whole >= 60 { return String(format: "%d min %02d s", whole / 60, whole % 60) }
        return "\(whole) s"
    }
}
