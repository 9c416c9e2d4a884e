import Foundation
import Testing
@testable import TEI

/// Plain text from the real TEI in `../shared/corpora`, checked against the ground truth shipped with it.
@Suite("Plain text from the shared TEI corpora", .enabled(if: TestPaths.sharedCorporaWanted))
struct ForeignTextCorpusTests {
    static let corpora = TestPaths.shared.appendingPathComponent("corpora")
    static let parlaMintGB = corpora.appendingPathComponent("transcripts/parlamint-gb/ParlaMint-GB_2022-07-21-commons")
    static let siParl = corpora.appendingPathComponent("transcripts/siparl/KPZONOJFSPD-Redna-021-1998-11-25")
    /// Documents of the corpora that are not well-formed XML (`xmllint --noout` rejects them too).
    static let notWellFormed: Set<String> = ["Test_testrend.xml"]

    /// The XML files of a corpus folder (recursively), sorted by path.
    static func xmlFiles(_ folder: String) -> [URL] {
        let root = corpora.appendingPathComponent(folder)
        guard let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil) else { return [] }
        return walker.compactMap { $0 as? URL }.filter { $0.pathExtension == "xml" }.sorted { $0.path < $1.path }
    }

    static let allFiles = xmlFiles("tei") + xmlFiles("transcripts")

    func document(_ url: URL) throws -> XMLDocument {
        try #require(FileManager.default.fileExists(atPath: url.path), "missing \(url.path)")
        return try XMLDocument(parsing: try TestPaths.bytes(url), file: url.lastPathComponent)
    }

    func count(_ document: XMLDocument, _ xpath: String) -> Int {
        Int(document.strings("count(\(xpath))").first ?? "") ?? -1
    }

    /// The UTF-8 of a text with every XML whitespace character removed (so that line and page breaks
    /// do not matter).
    static func squeezed<S: StringProtocol>(_ text: S) -> [UInt8] {
        text.utf8.filter { $0 != 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D }
    }

    /// Checks that each text of `paragraphs` (squeezed) is in the squeezed `output`, each starting at or
    /// after the previous one's start (a `<p>` inside a `<p>` starts inside it); returns those missing.
    static func missing(_ paragraphs: [String], in output: String) -> [String] {
        let text = Data(squeezed(output))
        var position = text.startIndex
        var missing: [String] = []
        for paragraph in paragraphs {
            let pattern = Data(squeezed(paragraph))
            if pattern.isEmpty { continue }
            guard let found = text.range(of: pattern, in: position..<text.endIndex) else {
                missing.append(paragraph)
                continue
            }
            position = found.lowerBound
        }
        return missing
    }

    /// XPath's `normalize-space`.
    static func normalized(_ text: String) -> String {
        text.split(whereSeparator: { " \t\n\r".contains($0) }).joined(separator: " ")
    }

    @Test("the corpora are there (in CI their absence fails here)")
    func corporaPresent() throws {
        for path in [Self.parlaMintGB.path + ".xml", Self.parlaMintGB.path + ".txt", Self.siParl.path + ".xml",
                     Self.siParl.path + ".turns-groundtruth.tsv", Self.siParl.path + ".speaker-text.txt"] {
            try #require(FileManager.default.fileExists(atPath: path), "missing \(path)")
        }
        try #require(Self.xmlFiles("tei/gerdracor").count >= 10)
        try #require(Self.xmlFiles("tei/eltec-eng").count >= 3)
        try #require(Self.allFiles.count >= 60)
    }

    // MARK: (a) ParlaMint-GB

    @Test("ParlaMint-GB in parlamint format is its released .txt, byte for byte")
    func parlaMintGB() throws {
        let document = try document(Self.parlaMintGB.appendingPathExtension("xml"))
        let shipped = try TestPaths.bytes(Self.parlaMintGB.appendingPathExtension("txt"))
        let text = ForeignText(options: TextOptions(format: .parlamint)).render(document)
        #expect(Array(text.utf8) == shipped)
    }

    // MARK: (b) siParl

    @Test("siParl: the turns are the ground truth's (id, who, ana, verbatim label, number of segs, order)")
    func siParlTurns() throws {
        let document = try document(Self.siParl.appendingPathExtension("xml"))
        let truth = try String(contentsOf: Self.siParl.appendingPathExtension("turns-groundtruth.tsv"), encoding: .utf8)
            .split(separator: "\n").dropFirst()
            .map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
        try #require(truth.count == 9 && truth.allSatisfy { $0.count == 5 })

        let ids = ForeignText(options: TextOptions(format: .parlamint)).render(document)
            .split(separator: "\n").map { String($0.prefix { $0 != "\t" }) }
        #expect(ids == truth.map { $0[0] })
        #expect(document.strings("//tei:u/@who") == truth.map { $0[1] })
        #expect(document.strings("//tei:u/@ana") == truth.map { $0[2] })

        let blocks = ForeignText(options: TextOptions()).blocks(document)
        #expect(blocks.compactMap(\.label) == truth.map { $0[3] })
        let segsPerTurn = (0..<truth.count).map { turn in blocks.filter { $0.turn == turn && $0.source == "seg" }.count }
        #expect(segsPerTurn == truth.map { Int($0[4]) ?? -1 })

        // Without the speaker notes, the labels come from @who (this file declares no listPerson).
        var source = try String(contentsOf: Self.siParl.appendingPathExtension("xml"), encoding: .utf8)
        while let note = source.range(of: #"<note type="speaker">[^<]*</note>"#, options: .regularExpression) {
            source.removeSubrange(note)
        }
        let unlabelled = try XMLDocument(parsing: Array(source.utf8), file: nil)
        let whoLabels = ForeignText(options: TextOptions()).blocks(unlabelled).compactMap(\.label)
        #expect(whoLabels == truth.map { String($0[1].dropFirst()) })
    }

    /// Differences from siParl's derived `speaker-text.txt`, all by design: it leaves out the `<front>`
    /// (two heads and a `note type="chairman"`), which we give as three paragraphs, and it drops the
    /// `<gap reason="inaudible"/>` at the start of u1, which we show as `[gap: inaudible]`. Everything
    /// else (labels, notes as `(...)` paragraphs in place, one paragraph per seg, final line feed) is the same.
    @Test("siParl: the text is the shipped speaker transcript, but for the front matter and the gap")
    func siParlSpeakerText() throws {
        let document = try document(Self.siParl.appendingPathExtension("xml"))
        let ours = ForeignText(options: TextOptions()).render(document)
        let theirs = try String(contentsOf: Self.siParl.appendingPathExtension("speaker-text.txt"), encoding: .utf8)
        var paragraphs = ours.components(separatedBy: "\n\n")
        #expect(paragraphs.prefix(3) == [
            "KOMISIJA DRŽAVNEGA ZBORA REPUBLIKE SLOVENIJE PO ZAKONU O NEZDRUŽLJIVOSTI OPRAVLJANJA JAVNE FUNKCIJE S "
                + "PRIDOBITNO DEJAVNOSTJO",
            "21. SEJA", "(Sejo je vodil Rafael Kužnik, predsednik komisije.)",
        ])
        paragraphs.removeFirst(3)
        #expect(paragraphs.filter { $0.contains("[gap: inaudible] ") }.count == 1)
        let adjusted = paragraphs.joined(separator: "\n\n").replacingOccurrences(of: "[gap: inaudible] ", with: "")
        #expect(adjusted == theirs)
    }

    @Test("siParl: the linguistically annotated (.ana) session reads as the same text as the plain one")
    func siParlAnnotated() throws {
        let folder = Self.corpora.appendingPathComponent("tei/parla-clarin")
        let session = "SDT2_KPZONOJFSPD-Redna-021-1998-11-25"
        let plain = try document(folder.appendingPathComponent("Examples_siParl2.0_siParl.tei_\(session).xml"))
        let annotated = try document(folder.appendingPathComponent("Examples_siParl2.0_siParl.ana_\(session)-ana.xml"))
        let text = ForeignText(options: TextOptions())
        #expect(text.render(annotated) == text.render(plain))
        // In parlamint format ParlaMint's script drops the whitespace inside <s>, so a <gap/> before the
        // first word of a sentence is glued to it there ("[[]]in") and not in the plain file ("[[]] in").
        let lines = ForeignText(options: TextOptions(format: .parlamint))
        let difference = zip(lines.render(annotated).split(separator: "\n"), lines.render(plain).split(separator: "\n"))
            .filter { $0.0 != $0.1 }
        #expect(difference.count == 1)
        #expect(difference.allSatisfy { $0.0.replacingOccurrences(of: "[[]]in", with: "[[]] in") == $0.1 })
    }

    // MARK: (c) DraCor

    @Test("DraCor: the speakers of the text are the <sp>s' <speaker>s, in order", arguments: xmlFiles("tei/gerdracor"))
    func dracorSpeakers(_ file: URL) throws {
        let document = try document(file)
        // Expected: the first <speaker>'s text, less one final full stop; for an <sp> without <speaker>,
        // the persName of each @who person (DraCor declares them all), joined by ", ".
        var speakers: [String] = []
        var withoutSpeaker = 0
        document.forEachElement { node in
            guard XMLNode.isTEI(node, "sp") else { return }
            if let speaker = XMLNode.childElements(of: node).first(where: { XMLNode.isTEI($0, "speaker") }) {
                var bytes: [UInt8] = []
                ForeignNodeText.raw(speaker, into: &bytes)
                var label = Self.normalized(String(decoding: bytes, as: UTF8.self))
                if label.hasSuffix(".") { label.removeLast() }
                speakers.append(label)
            } else {
                withoutSpeaker += 1
                let ids = (XMLNode.attribute("who", of: node) ?? "").split(separator: " ").map { $0.dropFirst() }
                speakers.append(ids.map { id in
                    Self.normalized(document.strings("//tei:person[@xml:id='\(id)']/tei:persName[1]").first ?? String(id))
                }.joined(separator: ", "))
            }
        }
        try #require(speakers.count == count(document, "//tei:text//tei:sp") && !speakers.isEmpty)
        #expect(withoutSpeaker <= speakers.count / 50, "\(withoutSpeaker) of \(speakers.count) <sp> have no <speaker>")

        let blocks = ForeignText(options: TextOptions()).blocks(document)
        #expect(blocks.compactMap(\.label) == speakers)
        let text = ForeignText(options: TextOptions()).render(document)
        let paragraphs = text.dropLast().components(separatedBy: "\n\n")
        #expect(paragraphs == blocks.map(\.text))
        let labelled = zip(paragraphs, blocks).filter { $0.1.label != nil }
        #expect(labelled.allSatisfy { $0.0.hasPrefix($0.1.label! + ":") })
    }

    // MARK: (d) ELTeC

    @Test("ELTeC: every <p> of the body is a paragraph of the text", arguments: xmlFiles("tei/eltec-eng"))
    func eltecParagraphs(_ file: URL) throws {
        let document = try document(file)
        let nested = ".//tei:p or .//tei:l or .//tei:lg or .//tei:list or .//tei:table or .//tei:note or .//tei:quote"
            + " or .//tei:stage or .//tei:gap or .//tei:choice or .//tei:app or .//tei:fw or .//tei:del or .//tei:figure"
        let simple = document.strings("//tei:body//tei:p[not(\(nested))]").map { Self.squeezed($0) }.filter { !$0.isEmpty }
        let other = document.strings("//tei:body//tei:p[\(nested)]")
        try #require(simple.count + other.count == count(document, "//tei:body//tei:p[normalize-space(.) != '']"))
        try #require(simple.count > 100)

        let blocks = ForeignText(options: TextOptions()).blocks(document)
        let paragraphs = blocks.map { Self.squeezed($0.text) }
        var cursor = paragraphs.startIndex
        var missing: [[UInt8]] = []
        for expected in simple {
            guard let found = paragraphs[cursor...].firstIndex(of: expected) else {
                missing.append(expected)
                continue
            }
            cursor = paragraphs.index(after: found)
        }
        let example = missing.first.map { String(decoding: $0, as: UTF8.self) } ?? ""
        #expect(missing.isEmpty, "\(missing.count) of \(simple.count) paragraphs not found in order, e.g. \(example)")

        // A <p> holding verse or a quotation is split around it; its text is still all there, in order.
        let lost = Self.missing(other, in: blocks.map(\.text).joined(separator: "\n\n"))
        #expect(lost.isEmpty, "\(lost.count) paragraphs with nested blocks not in the text, e.g. \(lost.prefix(1))")
    }

    // MARK: (e) Everything

    @Test("every corpus file renders in both formats and loses no <u>, <sp> or <p>", arguments: allFiles)
    func everyFile(_ file: URL) throws {
        let document: XMLDocument
        do {
            document = try self.document(file)
        } catch {
            #expect(Self.notWellFormed.contains(file.lastPathComponent), "\(file.lastPathComponent): \(error)")
            return
        }
        #expect(!Self.notWellFormed.contains(file.lastPathComponent))

        // parlamint: one line per u, in order.
        let lines = ForeignText(options: TextOptions(format: .parlamint)).render(document)
        #expect(lines.isEmpty || lines.hasSuffix("\n"))
        let utterances = count(document, "//tei:u[not(ancestor::tei:u)][not(ancestor::tei:teiHeader)]")
        #expect(lines.split(separator: "\n", omittingEmptySubsequences: false).count - 1 == max(utterances, 0))
        let ids = lines.split(separator: "\n").map { String($0.prefix { $0 != "\t" }) }.filter { !$0.isEmpty }
        #expect(ids == document.strings("//tei:u[not(ancestor::tei:u)][not(ancestor::tei:teiHeader)]/@xml:id"))

        // text: one labelled turn per sp, annotationBlock and (ParlaMint) u.
        let blocks = ForeignText(options: TextOptions()).blocks(document)
        let turns = count(document, "//tei:text//tei:sp") + count(document, "//tei:text//tei:annotationBlock")
            + count(document, "//tei:text//tei:u[not(ancestor::tei:annotationBlock or ancestor::tei:sp or ancestor::tei:u)]")
        #expect(blocks.filter { $0.label != nil }.count == turns)
        #expect(Set(blocks.compactMap(\.turn)).count == turns)
        // Every <p> of the text is there, in order, unless it holds something shown differently
        // (notes in brackets, one of a choice, deletions and forme work left out, ...).
        let outside = "ancestor::tei:note or ancestor::tei:stage or ancestor::tei:figDesc or ancestor::tei:del"
            + " or ancestor::tei:fw or ancestor::tei:teiHeader or ancestor::tei:choice or ancestor::tei:app"
        let transformed = ["note", "stage", "choice", "app", "del", "fw", "figDesc", "index", "binaryObject", "gap",
                           "incident", "kinesic", "vocal", "pause", "surplus", "speaker", "spanGrp", "interpGrp", "sp", "table"]
            .map { ".//tei:\($0)" }.joined(separator: " or ")
        let text = ForeignText(options: TextOptions()).render(document)
        let paragraphs = document.strings("//tei:text//tei:p[not(\(outside))][not(\(transformed))]")
        let lost = Self.missing(paragraphs, in: text)
        #expect(lost.isEmpty, "\(lost.count) of \(paragraphs.count) <p> not in the text, e.g. \(lost.prefix(1))")

        #expect(text == (blocks.isEmpty ? "" : blocks.map(\.text).joined(separator: "\n\n") + "\n"))
        #expect(!text.contains("\n\n\n") && !text.contains(" \n") && !text.contains("\n "))

        // The other options only leave things out.
        let bare = ForeignText(options: TextOptions(includeNotes: false, includeStage: false)).blocks(document)
        #expect(bare.filter { $0.label != nil }.count == turns)
        let withHeader = ForeignText(options: TextOptions(includeHeader: true)).blocks(document)
        #expect(withHeader.filter { $0.source != "header" } == blocks)
    }
}
