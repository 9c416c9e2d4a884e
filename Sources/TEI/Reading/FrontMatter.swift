import Yams

/// A metadata block at the top of a transcript, between two `---` lines, in YAML:
///
///     ---
///     title: Interview with the Deputy Defense Minister
///     date: 2019-12-03
///     lang: en
///     source: https://example.org/interview
///     publisher: People's Army Newspaper
///     ---
struct FrontMatter {
    /// The keys a front-matter block may hold.
    static let keys = ["title", "date", "lang", "source", "publisher"]

    var metadata: Metadata
    /// The block exactly as written, from the first `---` through the closing one (without its line ending).
    var verbatim: Substring
    /// The lines after the block.
    var remainingLines: ArraySlice<SourceLine>

    /// Reads a front-matter block if the text opens with one.
    init?(lines: [SourceLine], in text: String) throws(Diagnostic) {
        guard let first = lines.first, first.content == "---",
              let closing = lines.dropFirst().firstIndex(where: { $0.content == "---" || $0.content == "..." })
        else { return nil }
        let yaml = lines[1..<closing].map { $0.content + $0.ending }.joined()
        metadata = try Self.metadata(from: yaml, firstLine: 2)
        verbatim = text[first.content.startIndex..<lines[closing].content.endIndex]
        remainingLines = lines[(closing + 1)...]
    }

    private static func metadata(from yaml: String, firstLine: Int) throws(Diagnostic) -> Metadata {
        let node: Node?
        do {
            node = try Yams.compose(yaml: yaml)
        } catch let error as YamlError {
            throw Diagnostic(line: firstLine, column: 1, code: "front-matter",
                             message: "front matter is not valid YAML: \(error)".replacingNewlines())
        } catch {
            throw Diagnostic(line: firstLine, column: 1, code: "front-matter", message: "front matter is not valid YAML")
        }
        var metadata = Metadata()
        guard let node else { return metadata }
        guard let mapping = node.mapping else {
            throw Diagnostic(line: firstLine, column: 1, code: "front-matter", message: "front matter must be `key: value` lines")
        }
        for (key, value) in mapping {
            let line = firstLine + key.mark.map { $0.line - 1 } .map { max(0, $0) }.orZero
            guard let name = key.string, keys.contains(name) else {
                throw Diagnostic(line: line, column: 1, code: "front-matter",
                                 message: "unknown front-matter key '\(key.string ?? "?")' (known: \(keys.joined(separator: ", ")))")
            }
            guard let text = value.string, !text.isEmpty else {
                throw Diagnostic(line: line, column: 1, code: "front-matter", message: "front-matter key '\(name)' needs a text value")
            }
            switch name {
            case "title": metadata.title = text
            case "date":
                guard ISODate.isValid(text) else {
                    throw Diagnostic(line: line, column: 1, code: "front-matter",
                                     message: "front-matter date '\(text)' is not YYYY, YYYY-MM or YYYY-MM-DD")
                }
                metadata.date = text
            case "lang": metadata.language = text
            case "source": metadata.source = text
            default: metadata.publisher = text
            }
        }
        return metadata
    }
}

private extension Optional<Int> {
    var orZero: Int { self ?? 0 }
}

private extension String {
    func replacingNewlines() -> String {
        split(whereSeparator: \.isNewline).joined(separator: " ")
    }
}
