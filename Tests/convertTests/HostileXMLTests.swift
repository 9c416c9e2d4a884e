import Foundation
import Testing

/// Hostile and broken XML through `convert validate` and `convert text`: each run ends in time with the
/// documented exit code and one exact message naming the file (and line:column where libxml2 knows
/// them), writes nothing but the output asked for, and fetches nothing.
@Suite("Hostile XML, run as a user runs it")
struct HostileXMLTests {
    /// Documents that both commands refuse: `convert validate` with the given status (1 for a document
    /// that is not well-formed, 2 for one refused by a safety limit), `convert text` with 2.
    enum Refused: String, CaseIterable, Sendable {
        case billionLaughs = "laughs.xml"
        case deepNesting = "deep.xml"
        case bigAttribute = "big-attribute.xml"
        case longName = "long-name.xml"
        case nul = "nul.xml"
        case invalidUTF8 = "latin1.xml"
        case overlongUTF8 = "overlong.xml"
        case encodedSurrogate = "surrogate.xml"
        case utf16WithoutBOMOrDeclaration = "utf16-bare.xml"
        case loneBOM = "bom.xml"
        case empty = "empty.xml"
        case whitespace = "blank.xml"
        case truncatedInTag = "cut-tag.xml"
        case truncatedInContent = "cut-content.xml"
        case truncatedInCharacter = "cut-character.xml"
        case undeclaredEntity = "undeclared.xml"

        var bytes: [UInt8] {
            let cafe = Array(HostileInputs.tei(paragraph: "café").utf8)
            let e = Array("é".utf8)
            switch self {
            case .billionLaughs: return Array(HostileInputs.billionLaughs().utf8)
            case .deepNesting: return Array(HostileInputs.deepNesting().utf8)
            case .bigAttribute: return Array(HostileInputs.bigAttribute().utf8)
            case .longName: return Array(HostileInputs.longName().utf8)
            case .nul: return Array(HostileInputs.tei(paragraph: "ca\u{0}f").utf8)
            case .invalidUTF8: return cafe.replacing(e, with: [0xE9])
            case .overlongUTF8: return cafe.replacing(e, with: [0xC0, 0xAF])
            case .encodedSurrogate: return cafe.replacing(e, with: [0xED, 0xA0, 0x80])
            case .utf16WithoutBOMOrDeclaration:
                return Array(#"<TEI xmlns="http://www.tei-c.org/ns/1.0"/>"#.utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
            case .loneBOM: return [0xEF, 0xBB, 0xBF]
            case .empty: return []
            case .whitespace: return Array(" \n\t\r\n  ".utf8)
            case .truncatedInTag: return Array(cafe.prefix(58))
            case .truncatedInContent: return Array(cafe.prefix(cafe.count - 14))
            case .truncatedInCharacter: return Array(cafe.prefix(through: cafe.firstIndex(of: 0xC3)!))
            case .undeclaredEntity: return Array(HostileInputs.tei(paragraph: "&nbsp;").utf8)
            }
        }

        /// The message after the file name.
        var message: String {
            let limit = "; refused (a safety limit of libxml2)"
            let utf8 = ": the file is not UTF-8, or not in the encoding its XML declaration names"
            switch self {
            case .billionLaughs: return ":3:64: error: an entity refers to itself or expands to too much text; refused (a guard against entity expansion bombs)"
            case .deepNesting: return ":2:1069: error: elements nest more than 256 levels deep" + limit
            case .bigAttribute: return ":2:44: error: an attribute value is longer than 10,000,000 bytes" + limit
            case .longName: return ":2:58: error: a name is longer than 50,000 characters" + limit
            case .nul: return ":2:59: error: character U+0000 is not allowed in XML (the file looks binary)"
            case .invalidUTF8: return ":2:60: error: invalid UTF-8 byte sequence (starting 0xE9 0x3C 0x2F 0x70)" + utf8
            case .overlongUTF8: return ":2:60: error: invalid UTF-8 byte sequence (starting 0xC0 0xAF 0x3C 0x2F)" + utf8
            case .encodedSurrogate: return ":2:60: error: character U+D800 is not allowed in XML"
            case .utf16WithoutBOMOrDeclaration: return ":1:1: error: the file looks like UTF-16LE without a byte-order mark or an XML declaration; add one, or convert the file to UTF-8"
            case .loneBOM: return ": error: the file holds only a byte-order mark: there is no XML document in it"
            case .empty: return ": error: the file is empty: there is no XML document in it"
            case .whitespace: return ": error: the file holds only whitespace: there is no XML document in it"
            case .truncatedInTag: return ":2:20: error: the file ends in the middle of the document (is it truncated?)"
            case .truncatedInContent: return ":2:72: error: the file ends in the middle of the document (is it truncated?)"
            case .truncatedInCharacter: return ":2:60: error: the file ends in the middle of a UTF-8 character (is it truncated?)"
            case .undeclaredEntity: return ":2:63: error: Entity 'nbsp' not defined"
            }
        }

        /// `convert validate`'s exit status: refused by a limit is "not checked" (2), the rest invalid (1).
        var validateStatus: Int32 {
            [.billionLaughs, .deepNesting, .bigAttribute, .longName].contains(self) ? 2 : 1
        }
    }

    @Test("refused documents: one exact message naming file, line and column; exit 1 or 2; no output file", arguments: Refused.allCases)
    func refused(_ document: Refused) throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        let name = try sandbox.write(document.rawValue, document.bytes)

        let validate = try sandbox.run(["validate", name])
        #expect(!validate.timedOut)
        #expect(validate.status == document.validateStatus)
        #expect(validate.stdoutText == name + document.message + "\n")
        let checked = document.validateStatus == 1 ? "0 valid, 1 invalid, 0 not checked" : "0 valid, 0 invalid, 1 not checked"
        #expect(validate.stderr == "1 file: \(checked)\n")

        let text = try sandbox.run(["text", name, "-o", "out.txt"])
        #expect(!text.timedOut)
        #expect(text.status == 2)
        #expect(text.stderr == name + document.message + "\n")
        #expect(text.stdout.isEmpty)
        #expect(sandbox.files() == [name])
        #expect(sandbox.temporaryFolderIsEmpty)
    }

    @Test("external entities (file, http, parameter) are never loaded: validate refuses the document, text keeps the reference")
    func externalEntities() throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        let listener = try LocalListener()
        let secret = try sandbox.write("secret.txt", "TOP-SECRET-CONTENT\n")
        let fileURL = URL(fileURLWithPath: sandbox.path(secret)).absoluteString
        let cases: [(name: String, doctype: String, url: String, column: Int, line: Int)] = [
            ("file-url.xml", "<!DOCTYPE TEI [<!ENTITY x SYSTEM \"\(fileURL)\">]>", fileURL, 60, 3),
            ("relative.xml", #"<!DOCTYPE TEI [<!ENTITY x SYSTEM "secret.txt">]>"#, "secret.txt", 60, 3),
            ("http.xml", "<!DOCTYPE TEI [<!ENTITY x SYSTEM \"\(listener.url("entity"))\">]>", listener.url("entity"), 60, 3),
        ]
        for item in cases {
            let name = try sandbox.write(item.name, HostileInputs.tei(paragraph: "&x;", doctype: item.doctype))
            let validate = try sandbox.run(["validate", name])
            #expect(validate.status == 2)
            #expect(validate.stdoutText == "\(name):\(item.line):\(item.column): error: the document uses the external entity '\(item.url)'; external entities are never loaded\n")
            #expect(validate.stderr == "1 file: 0 valid, 0 invalid, 1 not checked\n")
            let text = try sandbox.run(["text", name])
            #expect(text.status == 0 && text.stderr == "")
            #expect(text.stdoutText == "&x;\n")
        }
        // A parameter entity in the internal subset is refused as it is met.
        let parameter = try sandbox.write("parameter.xml", HostileInputs.tei(
            paragraph: "x", doctype: "<!DOCTYPE TEI [<!ENTITY % p SYSTEM \"\(listener.url("p.dtd"))\"> %p;]>"))
        let validate = try sandbox.run(["validate", parameter])
        #expect(validate.status == 2)
        let column = "<!DOCTYPE TEI [<!ENTITY % p SYSTEM \"\(listener.url("p.dtd"))\"> %p;".count + 1
        #expect(validate.stdoutText == "parameter.xml:2:\(column): error: the document uses the external entity '\(listener.url("p.dtd"))'; external entities are never loaded\n")
        let text = try sandbox.run(["text", parameter])
        #expect(text.status == 0 && text.stdoutText == "x\n")
        // An external entity in an attribute is not well-formed XML.
        let attribute = try sandbox.write("attribute.xml", HostileInputs.tei(
            paragraph: "x", doctype: #"<!DOCTYPE TEI [<!ENTITY x SYSTEM "secret.txt">]>"#, attributes: #"n="&x;""#))
        let attributeRun = try sandbox.run(["validate", attribute])
        #expect(attributeRun.status == 1)
        #expect(attributeRun.stdoutText == "attribute.xml:3:48: error: Attribute references external entity 'x'\n")

        #expect(listener.stop() == [])
        #expect(sandbox.files() == ["attribute.xml", "file-url.xml", "http.xml", "parameter.xml", "relative.xml", "secret.txt"])
        #expect(sandbox.temporaryFolderIsEmpty)
    }

    @Test("XInclude, DTDs and schemas named by URL are never fetched; XInclude is not processed")
    func nothingFetched() throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        let listener = try LocalListener()
        try sandbox.write("secret.txt", "TOP-SECRET-CONTENT\n")
        let xinclude = try sandbox.write("xinclude.xml", HostileInputs.tei(
            paragraph: #"a<xi:include href="secret.txt" parse="text"/><xi:include href="\#(listener.url("part.xml"))"/>b"#,
            attributes: #"xmlns:xi="http://www.w3.org/2001/XInclude""#))
        let named = try sandbox.write("named.xml", [
            HostileInputs.declaration,
            "<!DOCTYPE TEI SYSTEM \"\(listener.url("tei.dtd"))\">",
            "<?xml-model href=\"\(listener.url("tei.rng"))\" schematypens=\"http://relaxng.org/ns/structure/1.0\"?>",
            #"<TEI xmlns="http://www.tei-c.org/ns/1.0" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" "#
                + "xsi:schemaLocation=\"http://www.tei-c.org/ns/1.0 \(listener.url("tei.xsd"))\"><text><body><p>x</p></body></text></TEI>",
        ].joined(separator: "\n") + "\n")

        let validate = try sandbox.run(["validate", xinclude, named])
        #expect(validate.status == 0)
        let unavailable = ", which is not available locally (name it with --schema, or give --schema-dir or an XML catalog)"
        #expect(validate.stdoutText == """
            named.xml: warning: the document names the schema '\(listener.url("tei.rng"))'\(unavailable)
            named.xml: warning: the document names the schema '\(listener.url("tei.xsd"))'\(unavailable)
            named.xml: warning: the document names the schema '\(listener.url("tei.dtd"))'\(unavailable)

            """)
        #expect(validate.stderr == "2 files: 2 valid, 0 invalid, 0 not checked\n")
        let text = try sandbox.run(["text", xinclude])
        #expect(text.status == 0 && text.stdoutText == "ab\n")
        let namedText = try sandbox.run(["text", named])
        #expect(namedText.status == 0 && namedText.stdoutText == "x\n")

        #expect(listener.stop() == [])
        #expect(sandbox.files() == ["named.xml", "secret.txt", "xinclude.xml"])
    }

    @Test("a schema that includes or imports from the network: refused or skipped, never fetched")
    func schemaFromNetwork() throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        let listener = try LocalListener()
        let document = try sandbox.write("note.xml", "<note>x</note>\n")
        let rng = try sandbox.write("include.rng", """
            <grammar xmlns="http://relaxng.org/ns/structure/1.0"><include href="\(listener.url("x.rng"))"/>\
            <start><element name="note"><text/></element></start></grammar>
            """)
        let xsd = try sandbox.write("import.xsd", """
            <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema"><xs:import namespace="urn:x" \
            schemaLocation="\(listener.url("x.xsd"))"/><xs:element name="note"/></xs:schema>
            """)
        let included = try sandbox.run(["validate", "--schema", rng, document])
        #expect(included.status == 2)
        #expect(included.stderr == "include.rng: error: Attempt to load network entity \(listener.url("x.rng"))\n1 file: 0 valid, 0 invalid, 1 not checked\n")
        let imported = try sandbox.run(["validate", "--schema", xsd, document])
        #expect(imported.status == 0)
        #expect(listener.stop() == [])
    }

    @Test("quadratic blow-up: validate refuses it (entities are substituted there), text keeps the references")
    func quadraticBlowup() throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        let name = try sandbox.write("quadratic.xml", HostileInputs.quadraticBlowup())
        let validate = try sandbox.run(["validate", name])
        #expect(!validate.timedOut)
        #expect(validate.status == 2)
        #expect(validate.stdoutText == "quadratic.xml:3:657: error: an entity refers to itself or expands to too much text; refused (a guard against entity expansion bombs)\n")
        #expect(validate.stderr == "1 file: 0 valid, 0 invalid, 1 not checked\n")
        let text = try sandbox.run(["text", name, "-o", "out.txt"])
        #expect(text.status == 0 && text.stderr == "")
        #expect(try Data(contentsOf: URL(fileURLWithPath: sandbox.path("out.txt"))) == Data((String(repeating: "&a;", count: 50_000) + "\n").utf8))
        #expect(sandbox.files() == ["out.txt", "quadratic.xml"])
    }

    @Test("internal entities are substituted for validation, so RELAX NG sees their text")
    func internalEntities() throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        let schema = try sandbox.write("number.rng", """
            <element name="n" xmlns="http://relaxng.org/ns/structure/1.0" datatypeLibrary="http://www.w3.org/2001/XMLSchema-datatypes">
              <attribute name="v"><data type="integer"/></attribute><data type="integer"/></element>
            """)
        let document = try sandbox.write("n.xml", "<!DOCTYPE n [<!ENTITY one \"1\">]>\n<n v=\"&one;\">&one;</n>\n")
        let result = try sandbox.run(["validate", "--schema", schema, document])
        #expect(result.status == 0)
        #expect(result.stdoutText == "")
    }

    @Test("10 MB of text in one element: read whole, by both commands")
    func bigText() throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        let name = try sandbox.write("big-text.xml", HostileInputs.bigText())
        let validate = try sandbox.run(["validate", name])
        #expect(validate.status == 0 && validate.stdoutText == "")
        let text = try sandbox.run(["text", name])
        #expect(text.status == 0)
        #expect(text.stdout.count == (10 << 20) + 1)
    }

    @Test("UTF-16 with a byte-order mark, or without one but with an XML declaration, is read")
    func utf16() throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        let source = HostileInputs.tei(paragraph: "café").replacingOccurrences(of: "UTF-8", with: "UTF-16")
        let littleEndian = source.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let bigEndian = source.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        for (name, bytes) in [("le-bom.xml", [0xFF, 0xFE] + littleEndian), ("be-bom.xml", [0xFE, 0xFF] + bigEndian),
                              ("le-declared.xml", littleEndian)] {
            try sandbox.write(name, bytes)
            let validate = try sandbox.run(["validate", name])
            #expect(validate.status == 0, "\(name)")
            let text = try sandbox.run(["text", name])
            #expect(text.status == 0 && text.stdoutText == "café\n", "\(name)")
        }
    }

    @Test("a batch goes on past hostile files, and the summary counts them")
    func batch() throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        let good = HostileInputs.tei(paragraph: "fine")
        try sandbox.write("a.xml", good)
        try sandbox.write("b-laughs.xml", HostileInputs.billionLaughs())
        try sandbox.write("c-deep.xml", HostileInputs.deepNesting())
        try sandbox.write("d-nul.xml", Refused.nul.bytes)
        try sandbox.write("e.xml", good)
        let files = ["a.xml", "b-laughs.xml", "c-deep.xml", "missing.xml", "d-nul.xml", "e.xml"]
        let result = try sandbox.run(["validate"] + files + ["--jobs", "2"])
        #expect(result.status == 2)
        #expect(result.stdoutText == """
            b-laughs.xml\(Refused.billionLaughs.message)
            c-deep.xml\(Refused.deepNesting.message)
            missing.xml: error: cannot read 'missing.xml': No such file or directory
            d-nul.xml\(Refused.nul.message)

            """)
        #expect(result.stderr == "6 files: 2 valid, 1 invalid, 3 not checked\n")
        let json = try sandbox.run(["validate", "--format", "json"] + files)
        #expect(json.status == 2)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout)) as? [String: Any])
        #expect(object["summary"] as? [String: Int] == ["files": 6, "valid": 2, "invalid": 1, "failed": 3, "interrupted": 0])
    }
}

private extension Array where Element == UInt8 {
    func replacing(_ old: [UInt8], with new: [UInt8]) -> [UInt8] {
        guard let start = firstRange(of: old) else { return self }
        var copy = self
        copy.replaceSubrange(start, with: new)
        return copy
    }
}
