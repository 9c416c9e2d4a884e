import TEI

/// A mention as the date tests compare it: the text it covers and its value.
struct Found: Equatable, CustomStringConvertible {
    var text: String
    var value: DateValue

    init(_ text: String, _ value: DateValue) {
        self.text = text
        self.value = value
    }

    var description: String {
        let v = value
        let parts = [("when", v.when), ("from", v.from), ("to", v.to), ("notBefore", v.notBefore),
                     ("notAfter", v.notAfter), ("certainty", v.certainty)]
            .compactMap { name, value in value.map { "\(name)=\($0)" } }
        return "\"\(text)\" " + parts.joined(separator: " ")
    }
}

/// The dates the recognizer finds in `text`, with the text each covers.
func found(_ text: String, documentDate: String? = nil,
           order: DateRecognizer.NumericOrder = .monthFirst) -> [Found] {
    let bytes = Array(text.utf8)
    return DateRecognizer(documentDate: documentDate, numericOrder: order).mentions(in: text).map {
        Found(String(decoding: bytes[$0.range], as: UTF8.self), $0.value)
    }
}

/// A point, `@when` (with `@cert` if given).
func when(_ text: String, _ value: String, cert: String? = nil) -> Found {
    Found(text, DateValue(when: value, certainty: cert))
}

/// A span, `@from` and `@to` (with `@cert` if given).
func span(_ text: String, _ from: String, _ to: String, cert: String? = nil) -> Found {
    Found(text, DateValue(from: from, to: to, certainty: cert))
}
