/// One line of a source text: its content and the line ending that closed it.
struct SourceLine: Equatable {
    /// The line without its line ending.
    var content: Substring
    /// `"\n"`, `"\r\n"`, or empty for a last line without one.
    var ending: Substring
    /// 1-based line number in the source.
    var number: Int

    /// Whether the line holds nothing but spaces and tabs.
    var isBlank: Bool {
        content.utf8.allSatisfy { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }
    }
}
