/// One line of text being built from TEI text nodes, with whitespace treated the way TEI processors
/// treat it: a run of XML whitespace (space, tab, line feed, carriage return) becomes one space, none
/// at the start of the line and none at its end. Other spaces (U+00A0 and the like) are text.
///
/// A space is only written when text follows it, so that the end of an element never adds one; `glue`
/// and `cancelSpace` join two pieces without a space (`<lb break="no"/>`, `<w join="right">`).
struct ForeignLine {
    private(set) var bytes: [UInt8] = []
    private var pendingSpace = false
    private var pendingWordSpace = false
    private var glued = false

    var isEmpty: Bool { bytes.isEmpty }

    static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }

    /// Appends text (UTF-8), normalising its whitespace.
    mutating func append(text: [UInt8]) {
        text.withUnsafeBufferPointer { buffer in
            var index = 0
            while index < buffer.count {
                if Self.isWhitespace(buffer[index]) {
                    softSpace()
                    index += 1
                    continue
                }
                // The longest stretch that is already normal: words with single spaces between them.
                var end = index + 1
                while end < buffer.count {
                    let byte = buffer[end]
                    if !Self.isWhitespace(byte) {
                        end += 1
                    } else if byte == 0x20, end + 1 < buffer.count, !Self.isWhitespace(buffer[end + 1]) {
                        end += 2
                    } else {
                        break
                    }
                }
                appendRun(UnsafeBufferPointer(rebasing: buffer[index..<end]))
                index = end
            }
        }
    }

    /// Appends text from a NUL-terminated libxml2 string, a stretch of already normal text at a time.
    mutating func append(cString pointer: UnsafePointer<UInt8>) {
        var current = pointer
        while current.pointee != 0 {
            if Self.isWhitespace(current.pointee) {
                softSpace()
                current += 1
                continue
            }
            var end = current + 1
            while true {
                let byte = end.pointee
                if byte == 0 { break }
                if !Self.isWhitespace(byte) {
                    end += 1
                } else if byte == 0x20, end[1] != 0, !Self.isWhitespace(end[1]) {
                    end += 2
                } else {
                    break
                }
            }
            appendRun(UnsafeBufferPointer(start: current, count: end - current))
            current = end
        }
    }

    /// Appends text of our own (a bracket, a separator, an entity reference) exactly as it is, spaces
    /// included; a space waiting before it is written first.
    mutating func append(literal string: String) {
        for byte in string.utf8 { appendContent(byte) }
    }

    /// A word boundary: a space if text follows, unless the line is glued here.
    mutating func softSpace() {
        if !glued, !bytes.isEmpty { pendingSpace = true }
    }

    /// A space if a word follows, none before closing punctuation (`.,;:!?)]}`): after a bracketed
    /// note, `(note)word` reads as two words but `(note).` stays as it is.
    mutating func wordSpace() {
        if !glued, !bytes.isEmpty { pendingWordSpace = true }
    }

    /// Drops a pending space and ignores whitespace until the next text.
    mutating func glue() {
        pendingSpace = false
        pendingWordSpace = false
        glued = true
    }

    /// Drops a pending space (whitespace after this point still counts).
    mutating func cancelSpace() {
        pendingSpace = false
        pendingWordSpace = false
    }

    private static func isClosingPunctuation(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "."), UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: "!"),
             UInt8(ascii: "?"), UInt8(ascii: ")"), UInt8(ascii: "]"), UInt8(ascii: "}"):
            return true
        default:
            return false
        }
    }

    /// Appends a stretch of normal text (not empty, starting and ending with a non-whitespace byte).
    private mutating func appendRun(_ run: UnsafeBufferPointer<UInt8>) {
        if pendingSpace || (pendingWordSpace && !Self.isClosingPunctuation(run[0])) {
            bytes.append(0x20)
        }
        pendingSpace = false
        pendingWordSpace = false
        glued = false
        bytes.append(contentsOf: run)
    }

    private mutating func appendContent(_ byte: UInt8) {
        if pendingSpace || (pendingWordSpace && !Self.isClosingPunctuation(byte)) {
            bytes.append(0x20)
        }
        pendingSpace = false
        pendingWordSpace = false
        glued = false
        bytes.append(byte)
    }

    /// The number of bytes written so far (a pending space is not written yet).
    var count: Int { bytes.count }

    /// Whether a space is waiting for the next text.
    var hasPendingSpace: Bool { pendingSpace || pendingWordSpace }

    /// Cuts the line back to `count` bytes, with a pending space or not.
    mutating func truncate(to count: Int, pendingSpace: Bool) {
        if count < bytes.count { bytes.removeSubrange(count...) }
        self.pendingSpace = pendingSpace && !bytes.isEmpty
        pendingWordSpace = false
        glued = false
    }

    /// Removes the byte at `index` (used to drop a bracket that would be doubled).
    mutating func remove(at index: Int) {
        bytes.remove(at: index)
    }

    /// Ends the line: returns its bytes and starts afresh.
    mutating func take() -> [UInt8] {
        defer { self = ForeignLine() }
        return bytes
    }
}
