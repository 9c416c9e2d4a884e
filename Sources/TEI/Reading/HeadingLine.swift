/// A line that has a label's shape but is a heading: an agenda item in a parliamentary record
/// (`Free Trade Agreement: India`, `Prime Minister: Engagements`), a section title in an interview.
///
/// A heading is a paragraph of one line whose label has two words or more and is used nowhere else in
/// the transcript, and whose text is a title (at most eight words, each capitalised but for short
/// function words, no punctuation). A speaker who says "Yes" once is not
/// taken for a heading: `A: Yes` has a one-word label, and a reply has punctuation.
enum HeadingLine {
    private static let functionWords: Set<String> = ["a", "an", "and", "as", "at", "by", "for", "from", "in", "into", "of", "on",
                                                     "or", "the", "to", "with", "&", "v", "vs"]

    /// Whether a paragraph of one line with `label` (used `uses` times as a label in the transcript) is a heading.
    static func isHeading(_ label: SpeakerLabel, uses: Int) -> Bool {
        guard uses == 1, label.name.split(separator: " ").count >= 2 else { return false }
        let words = label.rest.split(separator: " ")
        guard (1...8).contains(words.count), !label.rest.contains(where: { ".?!,;:\"“”…()[]".contains($0) }) else { return false }
        return words.allSatisfy { word in
            word.first?.isUppercase == true || word.first?.isNumber == true || functionWords.contains(word.lowercased())
        }
    }
}
