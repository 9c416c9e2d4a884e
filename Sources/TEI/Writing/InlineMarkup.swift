/// Writes text with elements around parts of it: `<date>` for dates, `<incident>`, `<vocal>`, `<gap>` or
/// `<pause>` for noises, gaps and pauses within a line, `<note type="comment">` for a comment in braces.
enum InlineMarkup {
    /// Appends `text` to `element` with `dates` and `events` (UTF-8 ranges, not overlapping) as elements;
    /// `appendText` writes the stretches of text (so that callers can turn line breaks into `<lb/>`).
    static func append(_ text: String, dates: [DateMention], events: [InlineEvent] = [], to element: XMLElement,
                       timeline: Timeline? = nil, appendText: (Substring, XMLElement) -> Void) {
        let utf8 = text.utf8
        var position = text.startIndex
        element.appendText("")
        let marks = (dates.map { ($0.range, Mark.date($0.value)) } + events.map { ($0.range, Mark.event($0.kind)) })
            .sorted { $0.0.lowerBound < $1.0.lowerBound }
        for (range, mark) in marks {
            let start = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
            let end = utf8.index(utf8.startIndex, offsetBy: range.upperBound)
            appendText(text[position..<start], element)
            switch mark {
            case .date(let value):
                let date = element.append("date")
                for (name, attribute) in [("when", value.when), ("from", value.from), ("to", value.to),
                                          ("notBefore", value.notBefore), ("notAfter", value.notAfter), ("cert", value.certainty)] {
                    date.set(name, ifPresent: attribute)
                }
                date.appendText("")
                appendText(text[start..<end], date)
            case .event(.timestamp):
                if let timeline, let time = Timeline.stampTime(text, range) {
                    element.append("anchor").set("synch", timeline.reference(time))
                }
                appendText(text[start..<end], element)
            case .event(.comment):
                element.append("note", text: String(text[start..<end])).set("type", "comment")
            case .event(let kind):
                EventElement.append(kind, text: text[start..<end], to: element)
            }
            position = end
        }
        appendText(text[position...], element)
    }

    private enum Mark {
        case date(DateValue)
        case event(NonSpeech.Kind)
    }
}
