/// Decodes and checks the bytes of a transcript, and splits it into lines.
///
/// Everything that cannot become XML 1.0 text is refused here with its line and column, so that no
/// later step can lose or garble it.
struct SourceText {
    /// The text without a byte-order mark.
    let text: String
    let hasByteOrderMark: Bool

    /// Checks and decodes `bytes`; whitespace-only text is refused unless `allowingEmpty`.
    init(bytes: [UInt8], allowingEmpty: Bool = false) throws(Diagnostic) {
        var body = bytes[...]
        hasByteOrderMark = body.starts(with: [0xEF, 0xBB, 0xBF])
        if hasByteOrderMark { body = body.dropFirst(3) }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            throw Diagnostic(line: 1, column: 1, code: "unsupported-encoding",
                             message: "the file is UTF-16; convert it to UTF-8 first")
        }
        if let form = UTF16Sniffer.encodingWithoutBOM(bytes) {
            throw Diagnostic(line: 1, column: 1, code: "unsupported-encoding",
                             message: "the file looks like \(form) without a byte-order mark; convert it to UTF-8 first")
        }
        try Self.check(body)
        text = String(decoding: body, as: UTF8.self)
        if !allowingEmpty, text.utf8.allSatisfy({ [0x20, 0x09, 0x0A, 0x0D].contains($0) }) {
            throw Diagnostic(code: "empty", message: "the transcript is empty")
        }
    }

    /// Refuses invalid UTF-8 and characters that XML 1.0 cannot hold.
    private static func check(_ bytes: ArraySlice<UInt8>) throws(Diagnostic) {
        var line = 1
        var column = 1
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        while true {
            switch decoder.decode(&iterator) {
            case .emptyInput:
                return
            case .error:
                throw Diagnostic(line: line, column: column, code: "invalid-utf8",
                                 message: "invalid UTF-8 byte sequence (is the file text in UTF-8?)")
            case .scalarValue(let scalar):
                if scalar == "\n" {
                    line += 1
                    column = 1
                    continue
                }
                if !isXMLCharacter(scalar) {
                    let hex = String(scalar.value, radix: 16, uppercase: true)
                    let code = String(repeating: "0", count: max(0, 4 - hex.count)) + hex
                    let hint = scalar.value == 0 ? " (the file looks binary)" : ""
                    throw Diagnostic(line: line, column: column, code: "invalid-character",
                                     message: "character U+\(code) cannot be stored in XML\(hint)")
                }
                column += 1
            }
        }
    }

    /// XML 1.0's `Char` production.
    static func isXMLCharacter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x9, 0xA, 0xD, 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: true
        default: false
        }
    }

    /// The lines of `text`, each with its line ending. A trailing line ending does not open an empty line.
    static func lines(of text: Substring, firstLineNumber: Int = 1) -> [SourceLine] {
        var lines: [SourceLine] = []
        var number = firstLineNumber
        var start = text.startIndex
        let utf8 = text.utf8
        var index = utf8.startIndex
        while index != utf8.endIndex {
            if utf8[index] == UInt8(ascii: "\n") {
                var contentEnd = index
                if contentEnd > start, utf8[utf8.index(before: contentEnd)] == UInt8(ascii: "\r") {
                    contentEnd = utf8.index(before: contentEnd)
                }
                let next = utf8.index(after: index)
                lines.append(SourceLine(content: text[start..<contentEnd], ending: text[contentEnd..<next], number: number))
                number += 1
                start = next
            }
            index = utf8.index(after: index)
        }
        if start != text.endIndex {
            lines.append(SourceLine(content: text[start...], ending: "", number: number))
        }
        return lines
    }

    /// The line ending most lines use (`"\n"` when there are none).
    static func dominantLineEnding(of lines: [SourceLine]) -> String {
        let crlf = lines.count { $0.ending == "\r\n" }
        let lf = lines.count { $0.ending == "\n" }
        return crlf > lf ? "\r\n" : "\n"
    }
}
