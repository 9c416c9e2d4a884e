/// Writes text with `<date>` elements around the dates found in it.
enum DateMarkup {
    /// Appends `text` to `element`, each date in `dates` (UTF-8 ranges, in order) as a `<date>` with its
    /// ISO attributes; `appendText` writes the stretches of text (so that callers can turn line breaks
    /// into `<lb/>`).
    static func append(_ text: String, dates: [DateMention], to element: XMLElement,
                       appendText: (Substring, XMLElement) -> Void) {
        let utf8 = text.utf8
        var position = text.startIndex
        element.appendText("")
        for mention in dates {
            let start = utf8.index(utf8.startIndex, offsetBy: mention.range.lowerBound)
            let end = utf8.index(utf8.startIndex, offsetBy: mention.range.upperBound)
            appendText(text[position..<start], element)
            let date = element.append("date")
            let value = mention.value
            for (name, attribute) in [("when", value.when), ("from", value.from), ("to", value.to),
                                      ("notBefore", value.notBefore), ("notAfter", value.notAfter), ("cert", value.certainty)] {
                date.set(name, ifPresent: attribute)
            }
            date.appendText("")
            appendText(text[start..<end], date)
            position = end
        }
        appendText(text[position...], element)
    }
}
