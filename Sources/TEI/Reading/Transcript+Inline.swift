extension Transcript {
    /// Finds the noises and gaps within lines, and the dates elsewhere, in every speech and prose paragraph.
    mutating func markInline(with recognizer: DateRecognizer) {
        func marked(_ paragraph: Paragraph) -> Paragraph {
            var copy = paragraph
            copy.events = InlineEvents.find(in: paragraph.text)
            copy.dates = recognizer.mentions(in: paragraph.text).filter { date in
                !copy.events.contains { $0.range.overlaps(date.range) }
            }
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
