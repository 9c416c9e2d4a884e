/// The furniture of a printed record's pages kept in its text: page numbers (a line of digits alone)
/// and running headers and footers (the same short title-case line again and again, such as a court
/// reporter's name). They are `page` notes, not speech.
enum PageLines {
    /// The indexes of such lines in `lines`.
    static func lines(in lines: ArraySlice<SourceLine>) -> Set<Int> {
        var found: Set<Int> = []
        var repeated: [Substring: [Int]] = [:]
        for index in lines.indices {
            // Only short lines can be page furniture: never look along a paragraph.
            guard lines[index].content.utf8.count <= 240 else { continue }
            let trimmed = lines[index].content.trimmingSpaces()
            guard !trimmed.isEmpty else { continue }
            if trimmed.utf8.count <= 4, trimmed.utf8.allSatisfy({ (0x30...0x39).contains($0) }) {
                found.insert(index)
            } else if isRunningLine(trimmed) {
                repeated[trimmed, default: []].append(index)
            }
        }
        for indexes in repeated.values where indexes.count >= 2 { found.formUnion(indexes) }
        return found
    }

    /// A line that could be a running header or footer: short, two words or more, every word capitalised,
    /// no sentence punctuation and no colon.
    private static func isRunningLine(_ line: Substring) -> Bool {
        guard line.count <= 60, !line.contains(where: { ".?!:;\"()[]".contains($0) }) else { return false }
        let words = line.split(separator: " ")
        return words.count >= 2 && words.allSatisfy { $0.first?.isUppercase == true || $0.first?.isNumber == true }
    }
}
