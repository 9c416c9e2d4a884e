/// The hostile and broken inputs of the end-to-end tests, generated (the big ones are never stored).
///
/// XML documents are TEI with the same first lines, so that the positions in the expected messages can
/// be read off: line 1 is the XML declaration, line 2 a DOCTYPE when there is one, and the `<TEI>` start
/// tag, 41 characters long, opens the next line, followed by `<text><body><p>` (the paragraph's text
/// starts at column 57).
enum HostileInputs {
    static let declaration = #"<?xml version="1.0" encoding="UTF-8"?>"#
    static let teiStart = #"<TEI xmlns="http://www.tei-c.org/ns/1.0">"#

    /// A TEI document whose only paragraph holds `paragraph` (taken as markup), after `doctype` if given.
    static func tei(paragraph: String, doctype: String? = nil, attributes: String = "") -> String {
        let start = attributes.isEmpty ? teiStart : String(teiStart.dropLast()) + " " + attributes + ">"
        return [declaration, doctype, start + "<text><body><p>" + paragraph + "</p></body></text></TEI>"]
            .compactMap { $0 }.joined(separator: "\n") + "\n"
    }

    /// Billion laughs: ten levels of entities, each ten references to the one below (10^10 "lol"s).
    static func billionLaughs() -> String {
        var declarations = [#"<!ENTITY lol0 "lol">"#]
        for level in 1...10 {
            declarations.append("<!ENTITY lol\(level) \"" + String(repeating: "&lol\(level - 1);", count: 10) + "\">")
        }
        return tei(paragraph: "&lol10;", doctype: "<!DOCTYPE TEI [" + declarations.joined() + "]>")
    }

    /// Quadratic blow-up: one entity of `size` characters, referenced `references` times (2.5 GB expanded).
    static func quadraticBlowup(size: Int = 50_000, references: Int = 50_000) -> String {
        tei(paragraph: String(repeating: "&a;", count: references),
            doctype: "<!DOCTYPE TEI [<!ENTITY a \"" + String(repeating: "x", count: size) + "\">]>")
    }

    /// `depth` nested `<hi>` elements inside the paragraph.
    static func deepNesting(depth: Int = 100_000) -> String {
        tei(paragraph: String(repeating: "<hi>", count: depth) + "deep" + String(repeating: "</hi>", count: depth))
    }

    /// A paragraph of `bytes` letters.
    static func bigText(bytes: Int = 10 << 20) -> String {
        tei(paragraph: String(repeating: "x", count: bytes))
    }

    /// An attribute value of `bytes` letters on `<TEI>`.
    static func bigAttribute(bytes: Int = 10 << 20) -> String {
        tei(paragraph: "x", attributes: "n=\"" + String(repeating: "v", count: bytes) + "\"")
    }

    /// An element name of `characters` letters inside the paragraph.
    static func longName(characters: Int = 60_000) -> String {
        tei(paragraph: "<" + String(repeating: "n", count: characters) + "/>")
    }

    /// A transcript of one line: a label, then words, `bytes` long in all, with a final line break.
    static func singleLineTranscript(bytes: Int) -> [UInt8] {
        let label = Array("Reporter: ".utf8)
        let words = Array("word ".utf8)
        var text = label
        text.reserveCapacity(bytes)
        while text.count + words.count < bytes { text += words }
        text += Array(repeating: UInt8(ascii: "x"), count: bytes - 1 - text.count) + [0x0A]
        return text
    }

    /// `count` one-word turns by two speakers, separated by blank lines.
    static func tinyTurns(_ count: Int) -> [UInt8] {
        var text: [UInt8] = []
        text.reserveCapacity(count * 6)
        let a = Array("A: x\n\n".utf8), b = Array("B: y\n\n".utf8)
        for index in 0..<count { text += index.isMultiple(of: 2) ? a : b }
        return text
    }

    /// `count` speakers, each with one turn followed by an unlabeled caption-like line.
    static func manySpeakers(_ count: Int) -> [UInt8] {
        var text = ""
        for index in 0..<count { text += "Speaker\(index): hello\n\nSome Words Here\n\n" }
        return Array(text.utf8)
    }
}
