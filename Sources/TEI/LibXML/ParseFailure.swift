import CLibXML

/// Why a document could not be read, as one `Diagnostic` with one line of text.
///
/// libxml2's own messages are kept where they are clear (`Opening and ending tag mismatch: ...`). They are
/// replaced where they are not: two-line encoding errors, limits that advise an option users cannot set
/// (`use XML_PARSE_HUGE option`), an entity bomb reported as a "loop" somewhere inside the entity's
/// text, an empty file reported as nothing at all, UTF-16 without a byte-order mark reported as a NUL
/// character. The codes tell the kinds apart:
///
/// | code | what | `convert validate` |
/// |---|---|---|
/// | `empty` | no bytes, only a byte-order mark, or only whitespace | invalid |
/// | `encoding` | bytes that are not the encoding the document is in | invalid |
/// | `limit` | past one of libxml2's safety limits (depth, sizes, entity expansion) | not checked |
/// | `external-entity` | an external entity or subset that would have to be loaded | not checked |
/// | `xml-DOMAIN-CODE` | a document that stops where the file does: "is it truncated?" | invalid |
/// | `xml-DOMAIN-CODE` | anything else libxml2 finds (not well-formed) | invalid |
enum ParseFailure {
    /// The codes of failures that say nothing about the document's validity: it was refused, not judged.
    static let notCheckedCodes: Set<String> = ["limit", "external-entity"]

    /// libxml2's error codes used here (`xmlParserErrors`).
    private static let entityLoop: Int32 = 89
    private static let nameTooLong: Int32 = 110
    private static let invalidCharacter: Int32 = 9

    /// The diagnostic for a document with no content at all, before libxml2 sees it (libxml2 reports an
    /// empty buffer with no error, and a lone byte-order mark or whitespace as a missing start tag).
    static func emptiness(of bytes: [UInt8], file: String?) -> Diagnostic? {
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        guard body.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) else { return nil }
        let what = bytes.isEmpty ? "the file is empty"
            : body.isEmpty ? "the file holds only a byte-order mark"
            : "the file holds only whitespace"
        return Diagnostic(file: file, code: "empty", message: "\(what): there is no XML document in it")
    }

    /// The diagnostic for a document larger than libxml2 can take in one buffer.
    static func tooLarge(_ count: Int, file: String?) -> Diagnostic {
        Diagnostic(file: file, code: "limit",
                   message: "the file is \(count) bytes long, more than libxml2 reads in one document (\(Int32.max) bytes)")
    }

    /// The diagnostic for a parse that asked for external resources (each refused, none loaded).
    static func refused(_ refusals: [ExternalLoads.Refusal], file: String?) -> Diagnostic {
        let first = refusals[0]
        let more = refusals.count > 1 ? " and \(refusals.count - 1) more" : ""
        return Diagnostic(file: file, line: first.line, column: first.line == nil ? nil : first.column, code: "external-entity",
                          message: "the document uses the external entity '\(first.url)'\(more); external entities are never loaded")
    }

    /// The diagnostic for a parse that failed with `entries` (possibly none).
    static func diagnostic(_ entries: [ParserErrorLog.Entry], bytes: [UInt8], file: String?) -> Diagnostic {
        let errors = entries.filter { !$0.isWarning }
        // Errors inside an entity's text are located relative to the entity; the document's own error,
        // when there is one, says where in the file.
        guard let first = errors.first(where: \.inDocument) ?? errors.first else {
            return Diagnostic(file: file, code: "xml-parse", message: "libxml2 could not parse the document and gave no reason")
        }
        var located = first
        if !located.inDocument {
            located.line = nil
            located.column = nil
        }
        func diagnostic(_ code: String, _ message: String) -> Diagnostic {
            Diagnostic(file: file, line: located.line, column: located.line == nil ? nil : located.column, code: code, message: message)
        }
        if errors.contains(where: { $0.code == entityLoop }) {
            return diagnostic("limit", "an entity refers to itself or expands to too much text; refused (a guard against entity expansion bombs)")
        }
        if let limit = limitMessage(first) { return diagnostic("limit", limit) }
        if first.code == invalidCharacter, first.message.hasPrefix("Input is not proper UTF-8") {
            let bytes = first.message.split(separator: "\n").dropFirst().first.map { $0.replacing("Bytes: ", with: "") } ?? ""
            return diagnostic("encoding", "invalid UTF-8 byte sequence\(bytes.isEmpty ? "" : " (starting \(bytes))"): the file is not UTF-8, or not in the encoding its XML declaration names")
        }
        if let match = first.message.firstMatch(of: /^Char 0x([0-9A-Fa-f]+) out of allowed range/) {
            let hex = String(match.1).uppercased()
            let code = String(repeating: "0", count: max(0, 4 - hex.count)) + hex
            if hex == "0", located.line == 1, let form = UTF16Sniffer.encodingWithoutBOM(bytes) {
                return Diagnostic(file: file, line: 1, column: 1, code: "encoding",
                                  message: "the file looks like \(form) without a byte-order mark or an XML declaration; add one, or convert the file to UTF-8")
            }
            return diagnostic("xml-\(first.domain)-\(first.code)", "character U+\(code) is not allowed in XML\(hex == "0" ? " (the file looks binary)" : "")")
        }
        if first.message.hasPrefix("internal error"), endsInsideUTF8Sequence(bytes) {
            return diagnostic("encoding", "the file ends in the middle of a UTF-8 character (is it truncated?)")
        }
        if located.inDocument, let line = located.line, let column = located.column, endPosition(of: bytes) == (line, column) {
            return diagnostic("xml-\(first.domain)-\(first.code)", "the file ends in the middle of the document (is it truncated?)")
        }
        return diagnostic("xml-\(first.domain)-\(first.code)", oneLine(first.message))
    }

    /// The line and column just past the last character of `bytes` read as UTF-8, as libxml2 counts them.
    private static func endPosition(of bytes: [UInt8]) -> (Int, Int) {
        let lastBreak = bytes.lastIndex(of: 0x0A)
        let line = 1 + bytes.count { $0 == 0x0A }
        let lastLine = bytes[(lastBreak.map { $0 + 1 } ?? 0)...]
        return (line, 1 + lastLine.count { $0 & 0xC0 != 0x80 })
    }

    /// Our message for one of libxml2's safety limits, or nil if `entry` is not about a limit.
    private static func limitMessage(_ entry: ParserErrorLog.Entry) -> String? {
        let message = entry.message
        let limit = "; refused (a safety limit of libxml2)"
        if message.hasPrefix("Excessive depth in document") {
            let depth = message.split(whereSeparator: { !$0.isNumber }).first.map(String.init) ?? "256"
            return "elements nest more than \(depth) levels deep" + limit
        }
        if entry.code == nameTooLong || message.hasPrefix("Name too long") {
            return "a name is longer than 50,000 characters" + limit
        }
        if message.hasPrefix("AttValue length too long") {
            return "an attribute value is longer than 10,000,000 bytes" + limit
        }
        if message.contains("huge text node") || message.contains("text too long") {
            return "a text node is longer than 10,000,000 bytes" + limit
        }
        if message.contains("too big found") {
            return "a comment, CDATA section or processing instruction is longer than 10,000,000 bytes" + limit
        }
        if message.hasPrefix("Huge input lookup") {
            return "a single piece of markup is longer than 10,000,000 bytes" + limit
        }
        if message.hasPrefix("entity value too long") {
            return "an entity's value is longer than 10,000,000 bytes" + limit
        }
        if message.contains("XML_PARSE_HUGE") {
            return oneLine(message.replacing(/,? ?use XML_PARSE_HUGE( option)?/, with: "")) + limit
        }
        return nil
    }

    /// Whether `bytes` end with the first bytes of a UTF-8 sequence whose last bytes are missing.
    private static func endsInsideUTF8Sequence(_ bytes: [UInt8]) -> Bool {
        var continuation = 0
        for byte in bytes.reversed().prefix(4) {
            if byte & 0xC0 == 0x80 {
                continuation += 1
                continue
            }
            let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC0 ? 2 : 1
            return length > continuation + 1
        }
        return false
    }

    /// libxml2's message on one line: trimmed, inner line breaks as "; ".
    static func oneLine(_ message: String) -> String {
        message.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: " \t") }.filter { !$0.isEmpty }.joined(separator: "; ")
    }
}

private extension Substring {
    func trimmingCharacters(in set: String) -> Substring {
        var slice = self
        while let first = slice.first, set.contains(first) { slice = slice.dropFirst() }
        while let last = slice.last, set.contains(last) { slice = slice.dropLast() }
        return slice
    }
}
