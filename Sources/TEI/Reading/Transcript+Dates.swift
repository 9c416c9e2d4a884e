extension Transcript {
    /// Finds the dates in every speech and prose paragraph.
    mutating func markDates(with recognizer: DateRecognizer) {
        func marked(_ paragraph: Paragraph) -> Paragraph {
            var copy = paragraph
            copy.dates = recognizer.mentions(in: paragraph.text)
            return copy
        }
        for index in blocks.indices {
            switch blocks[index] {
            case .turn(var turn):
                turn.parts = turn.parts.map { part in
                    if case .paragraph(let paragraph) = part { .paragraph(marked(paragraph)) } else { part }
                }
                blocks[index] = .turn(turn)
            case .unattributed(let paragraph):
                blocks[index] = .unattributed(marked(paragraph))
            case .nonSpeech:
                break
            }
        }
    }
}
