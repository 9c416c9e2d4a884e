import Foundation
import Testing
@testable import TEI

/// A grammar reduced to the names of a document must give that document the verdict of the full
/// grammar. Each hand-made grammar below exercises one construct; every document is checked against
/// the full grammar, the grammar as flattened (read and written back, not reduced), the grammar reduced
/// to the document's own names, and the grammar reduced to the names of all the grammar's documents.
@Suite("RELAX NG grammar reduction")
struct RelaxNGReductionTests {
    static let rng = "http://relaxng.org/ns/structure/1.0"
    static let xsd = "http://www.w3.org/2001/XMLSchema-datatypes"

    /// A `grammar` element around `body`, with extra attributes (namespace declarations, `ns`, ...).
    static func grammar(_ body: String, _ attributes: String = "") -> String {
        "<grammar xmlns=\"\(rng)\" \(attributes)>\(body)</grammar>"
    }

    /// Checks that every document in `cases` gets its expected verdict from libxml2 with the full
    /// grammar and with each derived grammar (`nil`: whatever the full grammar says); returns the grammar
    /// reduced to all the documents' names.
    @discardableResult
    static func check(_ schema: String, _ cases: [(document: String, valid: Bool?)],
                      sourceLocation: SourceLocation = #_sourceLocation) throws -> RelaxNGFlatGrammar {
        let bytes = Array(schema.utf8)
        let full = try RelaxNGSchema(bytes: bytes, path: "full.rng")
        let grammar = try RelaxNGGrammar(bytes: bytes, name: "full.rng")
        let flat = try #require(try? grammar.grammar.get(), "not reducible: \(String(describing: grammar.unsupported))",
                                sourceLocation: sourceLocation)
        let flattened = try compile(flat, "flattened.rng", sourceLocation)
        var all = NameSet()
        for (document, _) in cases { all.formUnion(NameSet(document: try XMLDocument(parsing: Array(document.utf8), file: "doc.xml"))) }
        let batch = flat.reduced(to: all)
        let batchSchema = try compile(batch, "batch.rng", sourceLocation)
        for (document, expected) in cases {
            let source = Array(document.utf8)
            let names = NameSet(document: try XMLDocument(parsing: source, file: "doc.xml"))
            let reduced = try #require(grammar.reducedGrammar(to: names), sourceLocation: sourceLocation)
            let reducedSchema = try compile(reduced, "reduced.rng", sourceLocation)
            let text = String(decoding: reduced.serialized(), as: UTF8.self)
            let fullDiagnostics = try validate(source, with: full)
            let valid = expected ?? fullDiagnostics.isEmpty
            #expect(fullDiagnostics.isEmpty == valid, "full grammar on \(document): \(fullDiagnostics)", sourceLocation: sourceLocation)
            #expect(try validate(source, with: flattened).isEmpty == valid, "flattened grammar on \(document)",
                    sourceLocation: sourceLocation)
            let reducedDiagnostics = try validate(source, with: reducedSchema)
            #expect(reducedDiagnostics.isEmpty == valid, "reduced grammar on \(document): \(reducedDiagnostics)\n\(text)",
                    sourceLocation: sourceLocation)
            #expect(try validate(source, with: batchSchema).isEmpty == valid, "batch-reduced grammar on \(document)",
                    sourceLocation: sourceLocation)
            let stubbed = try #require(grammar.reducedGrammarWithStubs(to: names), sourceLocation: sourceLocation)
            if stubbed.start != .notAllowed {
                #expect(try validate(source, with: try compile(stubbed, "stubbed.rng", sourceLocation)).isEmpty == valid,
                        "reduced grammar with stubs on \(document)", sourceLocation: sourceLocation)
            }
        }
        return batch
    }

    /// The diagnostics of `schema` on `document`, parsed afresh (libxml2 writes validation state into it).
    static func validate(_ document: [UInt8], with schema: RelaxNGSchema) throws -> [Diagnostic] {
        schema.validate(try XMLDocument(parsing: document, file: "doc.xml"), file: "doc.xml")
    }

    /// Compiles a flat grammar with libxml2, recording its text when libxml2 refuses it.
    static func compile(_ grammar: RelaxNGFlatGrammar, _ name: String, _ sourceLocation: SourceLocation) throws -> RelaxNGSchema {
        let bytes = grammar.serialized()
        do {
            return try RelaxNGSchema(bytes: bytes, path: name)
        } catch {
            Issue.record("libxml2 does not compile \(name): \(error)\n\(String(decoding: bytes, as: UTF8.self))", sourceLocation: sourceLocation)
            throw error
        }
    }

    @Test("elements, choice, optional, zeroOrMore and oneOrMore; a required element never used")
    func elements() throws {
        let reduced = try Self.check(Self.grammar("""
            <start><ref name="doc"/></start>
            <define name="doc"><element name="doc"><ref name="head"/>
              <zeroOrMore><choice><ref name="p"/><ref name="list"/><ref name="table"/></choice></zeroOrMore>
              <optional><ref name="back"/></optional></element></define>
            <define name="head"><element name="head"><text/></element></define>
            <define name="p"><element name="p"><text/></element></define>
            <define name="list"><element name="list"><oneOrMore><element name="item"><text/></element></oneOrMore></element></define>
            <define name="table"><element name="table"><oneOrMore><element name="row"><oneOrMore>
              <element name="cell"><text/></element></oneOrMore></element></oneOrMore></element></define>
            <define name="back"><element name="back"><ref name="p"/></element></define>
            <define name="unused"><element name="unused"><empty/></element></define>
            """), [
                ("<doc><head>h</head></doc>", true),
                ("<doc><head>h</head><p>x</p><p>y</p></doc>", true),
                ("<doc><p>x</p></doc>", false),
                ("<doc><head/><list/></doc>", false),
                ("<doc><head/><list><item/></list><back><p/></back></doc>", true),
                ("<doc><head/><back/></doc>", false),
                ("<doc><head/><cell/></doc>", false),
                ("<doc><head/><unknown/></doc>", false),
                ("<other/>", false),
                ("<doc xmlns=\"urn:x\"><head/></doc>", false),
            ])
        // No document uses table, row or cell: their defines go, and so does the unreferenced one.
        let names = Set(reduced.defines.map(\.name))
        #expect(names.isSuperset(of: ["doc", "head", "p", "list", "back"]))
        #expect(!names.contains("table") && !names.contains("unused"))
    }

    @Test("((X+, Y*)+), as in TEI's listPerson, becomes (X, (X | Y)*): same verdicts, no ambiguity")
    func unambiguousRepetition() throws {
        let schema = Self.grammar("""
            <start><element name="listPerson"><oneOrMore><oneOrMore><choice><ref name="person"/><element name="group"><empty/></element></choice></oneOrMore>
            <zeroOrMore><element name="relation"><empty/></element></zeroOrMore></oneOrMore></element></start>
            <define name="person"><element name="person"><optional><attribute name="id"/></optional><empty/></element></define>
            """)
        let batch = try Self.check(schema, [
            ("<listPerson><person/><person id='a'/><relation/><person/><relation/><relation/></listPerson>", true),
            ("<listPerson><person/><group/><person/></listPerson>", true),
            ("<listPerson><relation/><person/></listPerson>", false),
            ("<listPerson/>", false),
        ])
        guard case .element(_, let content) = batch.start, case .group(let members) = content else {
            Issue.record("unexpected shape: \(batch.start)")
            return
        }
        #expect(members.count == 2)
        if case .zeroOrMore(.choice(let choices)) = members[1] { #expect(choices.count == 2) } else { Issue.record("\(members)") }
        #expect(!String(describing: batch).contains("oneOrMore"))
    }

    @Test("TEI's teidata.word and anyURI pattern facets, written without the facet where that is exact")
    func patternFacets() throws {
        let schema = Self.grammar("""
            <start><element name="doc"><zeroOrMore><element name="w">
              <optional><attribute name="pos"><data type="token"><param name="pattern">[^\\p{C}\\p{Z}]+</param></data></attribute></optional>
              <optional><attribute name="ana"><list><oneOrMore><data type="anyURI"><param name="pattern">\\S+</param></data></oneOrMore></list></attribute></optional>
              <optional><element name="tag"><data type="token"><param name="pattern">[^\\p{C}\\p{Z}]+</param></data></element></optional>
            </element></zeroOrMore></element></start>
            """, "datatypeLibrary=\"\(Self.xsd)\"")
        try Self.check(schema, [
            ("<doc><w pos='NOUN' ana='#a #b'/></doc>", true),
            ("<doc><w pos='NO UN'/></doc>", false),
            ("<doc><w pos=''/></doc>", false),
            ("<doc><w pos='NO\u{A0}UN'/></doc>", false),
            ("<doc><w pos='NO\u{200B}UN'/></doc>", false),
            ("<doc><w ana=''/></doc>", false),
            ("<doc><w><tag>a b</tag></w></doc>", false),
            ("<doc><w pos='x'><tag>a\u{A0}b</tag></w></doc>", false),
        ])
        let plain = try XMLDocument(parsing: Array("<doc><w pos='NOUN' ana='#a'/></doc>".utf8), file: "doc.xml")
        let reduced = try #require(try RelaxNGGrammar(bytes: Array(schema.utf8), name: "s").reducedGrammar(to: NameSet(document: plain)))
        let text = String(decoding: reduced.serialized(), as: UTF8.self)
        #expect(!text.contains("p{C}") && !text.contains("\\S+"), "\(text)")
        let nbsp = try XMLDocument(parsing: Array("<doc><w pos='a\u{A0}b'/></doc>".utf8), file: "doc.xml")
        let kept = try #require(try RelaxNGGrammar(bytes: Array(schema.utf8), name: "s").reducedGrammar(to: NameSet(document: nbsp)))
        #expect(String(decoding: kept.serialized(), as: UTF8.self).contains("p{C}"))
    }

    @Test("a grammar whose start can match nothing still compiles, and rejects the document")
    func startNotAllowed() throws {
        let schema = Self.grammar("""
            <start><element name="doc"><element name="title"><text/></element></element></start>
            """)
        try Self.check(schema, [("<doc><title/></doc>", true), ("<doc/>", false), ("<doc><p/></doc>", false)])
        let grammar = try RelaxNGGrammar(bytes: Array(schema.utf8), name: "s.rng")
        let reduced = try #require(grammar.reducedGrammar(to: NameSet(elements: [QualifiedName("", "doc")])))
        #expect(reduced.start == .notAllowed)
        #expect(reduced.defines.isEmpty)
    }

    @Test("attributes: required and optional, xml:id and xml:lang, other namespaces, ns inherited by name elements")
    func attributes() throws {
        try Self.check(Self.grammar("""
            <start><element name="doc"><ref name="att.global"/><optional><attribute name="type"/></optional>
              <optional><attribute><name>special</name></attribute></optional>
              <zeroOrMore><ref name="p"/></zeroOrMore></element></start>
            <define name="att.global">
              <optional><attribute name="xml:id"><data type="ID"/></attribute></optional>
              <optional><attribute name="xml:lang"/></optional>
              <optional><attribute name="rend" ns="urn:tei"/></optional>
              <optional><attribute><name ns="http://www.w3.org/2001/XMLSchema-instance">schemaLocation</name></attribute></optional>
            </define>
            <define name="p"><element name="p"><attribute name="n"><data type="integer"/></attribute><ref name="att.global"/><text/></element></define>
            """, "ns=\"urn:tei\" datatypeLibrary=\"\(Self.xsd)\""), [
                ("<doc xmlns=\"urn:tei\" xml:id=\"d1\" xml:lang=\"en\"/>", true),
                ("<doc xmlns=\"urn:tei\" id=\"d1\"/>", false),
                ("<doc xmlns=\"urn:tei\" xmlns:t=\"urn:tei\" t:rend=\"x\"/>", true),
                ("<doc xmlns=\"urn:tei\" rend=\"x\"/>", false),
                // A name element inherits ns (unlike an attribute's name attribute).
                ("<doc xmlns=\"urn:tei\" xmlns:t=\"urn:tei\" t:special=\"x\"/>", true),
                ("<doc xmlns=\"urn:tei\" special=\"x\"/>", false),
                ("<doc xmlns=\"urn:tei\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:schemaLocation=\"a b\"/>", true),
                ("<doc xmlns=\"urn:tei\" xmlns:xsi=\"urn:not-xsi\" xsi:schemaLocation=\"a b\"/>", false),
                ("<doc xmlns=\"urn:tei\"><p n=\"1\">x</p></doc>", true),
                ("<doc xmlns=\"urn:tei\"><p>x</p></doc>", false),
                ("<doc xmlns=\"urn:tei\"><p n=\"x\">x</p></doc>", false),
                ("<doc xmlns=\"urn:tei\" xml:id=\"a\"><p n=\"1\" xml:id=\"a\">x</p></doc>", false),
                ("<doc xmlns=\"urn:tei\" type=\"t\"/>", true),
                ("<doc xmlns=\"urn:tei\" type=\"t\" type2=\"t\"/>", false),
            ])
    }

    @Test("attributes specialized to what each element carries: always, sometimes, never, in choices and groups")
    func attributeSpecialization() throws {
        let schema = Self.grammar("""
            <start><element name="doc"><zeroOrMore><choice><ref name="w"/><ref name="pc"/><ref name="ab"/></choice></zeroOrMore></element></start>
            <define name="att.global"><optional><attribute name="id"/></optional><optional><attribute name="n"/></optional></define>
            <define name="att.linguistic"><optional><attribute name="lemma"/></optional>
              <optional><attribute name="join"><choice><value>left</value><value>right</value></choice></attribute></optional></define>
            <define name="w"><element name="w"><text/><ref name="att.global"/><ref name="att.linguistic"/></element></define>
            <define name="pc"><element name="pc"><text/><ref name="att.global"/>
              <choice><attribute name="unit"/><attribute name="kind"/><empty/></choice>
              <optional><attribute name="from"/><attribute name="to"/></optional></element></define>
            <define name="ab"><element name="ab"><attribute name="type"/><ref name="att.global"/><empty/></element></define>
            """)
        try Self.check(schema, [
            ("<doc><w id='a' lemma='x'>x</w><w id='b' lemma='y' join='right'>y</w></doc>", true),
            ("<doc><w id='a' lemma='x'>x</w><w id='b' lemma='y' join='up'>y</w></doc>", false),
            ("<doc><w id='a'>x</w><w lemma='y'>y</w><w/></doc>", true),
            ("<doc><w id='a' pos='N'>x</w></doc>", false),
            ("<doc><w id='a' unit='s'>x</w></doc>", false),
            ("<doc><pc unit='s'>.</pc><pc kind='k'>,</pc><pc>;</pc></doc>", true),
            ("<doc><pc unit='s'>.</pc><pc unit='t'>,</pc></doc>", true),
            ("<doc><pc unit='s' kind='k'>.</pc></doc>", false),
            ("<doc><pc from='a' to='b'>.</pc><pc>,</pc></doc>", true),
            ("<doc><pc from='a' to='b'>.</pc><pc from='c'>,</pc></doc>", false),
            ("<doc><pc from='a'>.</pc></doc>", false),
            ("<doc><ab type='t'/><ab type='u' id='x'/></doc>", true),
            ("<doc><ab type='t'/><ab id='x'/></doc>", false),
            ("<doc><ab id='x'/></doc>", false),
        ])
        // Where every element carries them, optional attributes become required ones standing in the
        // element, where libxml2 checks them without keeping a state for each.
        let document = try XMLDocument(parsing: Array("<doc><w id='a' lemma='x'>x</w><w id='b' lemma='y' join='right'>y</w></doc>".utf8), file: "doc.xml")
        let specialized = try #require(try RelaxNGGrammar(bytes: Array(schema.utf8), name: "s").reducedGrammar(to: NameSet(document: document)))
        let w = try #require(specialized.defines.first { $0.name == "w" })
        guard case .element(_, .group(let members)) = w.pattern else {
            Issue.record("unexpected shape: \(w.pattern)")
            return
        }
        #expect(members.contains(.attribute(.name(QualifiedName("", "id")), .text)))
        #expect(members.contains(.attribute(.name(QualifiedName("", "lemma")), .text)))
        #expect(members.contains { if case .optional(.attribute(.name(QualifiedName("", "join")), _)) = $0 { true } else { false } })
        #expect(!members.contains { String(describing: $0).contains("\"n\"") })
        #expect(!specialized.defines.contains { $0.name.hasPrefix("att.") }, "attribute classes are written into the elements")
    }

    @Test("attribute patterns that are ambiguous, repeated or wildcards are left as they are")
    func attributeSpecializationRefused() throws {
        let schema = Self.grammar("""
            <start><element name="doc"><zeroOrMore><choice><ref name="a"/><ref name="b"/><ref name="c"/><ref name="d"/><ref name="f"/></choice></zeroOrMore></element></start>
            <define name="att"><optional><attribute name="id"/></optional></define>
            <define name="f"><element name="f"><choice><attribute name="x"><value>1</value></attribute><optional><attribute name="x"/></optional></choice></element></define>
            <define name="a"><element name="a"><choice><group><attribute name="x"/><attribute name="y"/></group>
              <group><attribute name="x"/><optional><attribute name="z"/></optional></group></choice></element></define>
            <define name="b"><element name="b"><zeroOrMore><attribute><anyName><except><name>id</name></except></anyName></attribute></zeroOrMore>
              <ref name="att"/></element></define>
            <define name="c"><element name="c"><choice><ref name="att"/><group><ref name="att"/><attribute name="n"/></group></choice></element></define>
            <define name="d"><element name="d"><optional><attribute name="id"/></optional><zeroOrMore><attribute name="k"/></zeroOrMore></element></define>
            """)
        try Self.check(schema, [
            ("<doc><a x='1' y='2'/><a x='1'/><a x='1' z='3'/></doc>", true),
            ("<doc><a x='1' y='2' z='3'/></doc>", false),
            ("<doc><a y='2'/></doc>", false),
            ("<doc><b id='i' q='r'/><b/></doc>", true),
            ("<doc><c id='i'/><c/><c id='j' n='1'/></doc>", true),
            ("<doc><c n='1'/></doc>", true),
            ("<doc><c id='i' q='1'/></doc>", false),
            ("<doc><d id='i' k='1'/><d/></doc>", true),
            // x is there on every f, but not only the branch that requires it can take it.
            ("<doc><f x='2'/></doc>", true),
            ("<doc><f x='1'/><f/></doc>", true),
        ])
        // A define with attributes and the element that holds it again: left as it is (and done with).
        try Self.check(Self.grammar("""
            <start><element name="doc"><ref name="common"/></element></start>
            <define name="common"><optional><attribute name="id"/></optional><zeroOrMore><element name="sec"><ref name="common"/></element></zeroOrMore></define>
            """), [
                ("<doc id='a'><sec id='b'><sec/></sec></doc>", true),
                ("<doc><sec n='1'/></doc>", false),
            ])
    }

    @Test("a batch's attribute usage: what every document's elements carry, and what any of them does")
    func attributeUsageOfBatch() throws {
        var names = NameSet(document: try XMLDocument(parsing: Array("<doc><w id='a' lemma='x'/></doc>".utf8), file: "1.xml"))
        names.formUnion(NameSet(document: try XMLDocument(parsing: Array("<doc><w id='b' join='left'/><p/></doc>".utf8), file: "2.xml")))
        let w = try #require(names.attributeUsage[QualifiedName("", "w")])
        #expect(w.always == [QualifiedName("", "id")])
        #expect(w.sometimes == [QualifiedName("", "id"), QualifiedName("", "lemma"), QualifiedName("", "join")])
        #expect(names.attributeUsage[QualifiedName("", "p")] == AttributeUsage([]))
        // A name set that knows an element without its attributes makes them unknown in the union.
        names.formUnion(NameSet(elements: [QualifiedName("", "w")], attributes: [QualifiedName("", "n")]))
        #expect(names.attributeUsage[QualifiedName("", "w")] == nil)
        #expect(names.attributeUsage[QualifiedName("", "p")] != nil)
    }

    @Test("name classes: choice of names, anyName, nsName and except (TEI's egXML and anyElement wildcards)")
    func nameClasses() throws {
        // libxml2 2.9 prints "Unimplemented block at relaxng.c" for this grammar, reduced or not: its
        // choice-determinism check cannot compare `except` name classes (it then assumes an overlap).
        try Self.check(Self.grammar("""
            <start><element name="doc"><zeroOrMore><choice><ref name="p"/><ref name="egXML"/><ref name="anyForeign"/>
              <ref name="special"/></choice></zeroOrMore></element></start>
            <define name="p"><element><choice><name>p</name><name>para</name></choice><text/></element></define>
            <define name="egXML"><element name="egXML" ns="urn:examples"><zeroOrMore><choice><text/><ref name="anyElement"/></choice></zeroOrMore></element></define>
            <define name="anyElement"><element><anyName/><zeroOrMore><attribute><anyName/></attribute></zeroOrMore>
              <zeroOrMore><choice><text/><ref name="anyElement"/></choice></zeroOrMore></element></define>
            <define name="anyForeign"><element><anyName><except><nsName/><nsName ns="urn:examples"/></except></anyName>
              <zeroOrMore><attribute><anyName><except><nsName ns=""/></except></anyName></attribute></zeroOrMore><text/></element></define>
            <define name="special"><element><nsName ns="urn:other"><except><name ns="urn:other">forbidden</name></except></nsName>
              <optional><element name="child" ns="urn:other"><empty/></element></optional></element></define>
            """, "ns=\"urn:tei\""), [
                ("<doc xmlns=\"urn:tei\"><p/><para/></doc>", true),
                ("<doc xmlns=\"urn:tei\"><q/></doc>", false),
                ("<doc xmlns=\"urn:tei\"><egXML xmlns=\"urn:examples\"><anything a=\"1\"><p/>t</anything></egXML></doc>", true),
                ("<doc xmlns=\"urn:tei\"><f:x xmlns:f=\"urn:f\" f:y=\"1\">t</f:x></doc>", true),
                ("<doc xmlns=\"urn:tei\"><f:x xmlns:f=\"urn:f\" y=\"1\">t</f:x></doc>", false),
                ("<doc xmlns=\"urn:tei\"><f:x xmlns:f=\"urn:f\"><f:y/></f:x></doc>", false),
                ("<doc xmlns=\"urn:tei\"><o:ok xmlns:o=\"urn:other\"><o:child/></o:ok></doc>", true),
                ("<doc xmlns=\"urn:tei\"><o:forbidden xmlns:o=\"urn:other\"><o:child/></o:forbidden></doc>", false),
                ("<doc xmlns=\"urn:tei\"><ex:x xmlns:ex=\"urn:examples\"/></doc>", false),
                ("<doc xmlns=\"urn:tei\"><x/></doc>", false),
            ])
    }

    @Test("datatypeLibrary and ns inherited from grammar, div, define and element are kept when defines move")
    func inheritance() throws {
        try Self.check(Self.grammar("""
            <start><element name="doc"><zeroOrMore><choice><ref name="n"/><ref name="v"/><ref name="s"/><ref name="t"/>
              <ref name="d"/></choice></zeroOrMore></element></start>
            <div datatypeLibrary="">
              <define name="s"><element name="s"><value type="string"> a </value></element></define>
              <div ns="urn:d"><define name="d"><element name="d"><data type="token"/></element></define></div>
            </div>
            <define name="v"><element name="v"><value> a </value></element></define>
            <define name="n"><element name="n"><data type="integer"/></element></define>
            <define name="t" ns="urn:t"><element name="t"><attribute name="k"><value type="token" datatypeLibrary="">x</value></attribute>
              <optional><element><name>inner</name><data type="boolean"/></element></optional></element></define>
            """, "datatypeLibrary=\"\(Self.xsd)\""), [
                ("<doc><n> 5 </n></doc>", true),
                ("<doc><n>five</n></doc>", false),
                ("<doc><v>a</v></doc>", true),
                ("<doc><v>  a </v></doc>", true),
                ("<doc><v>b</v></doc>", false),
                ("<doc><s> a </s></doc>", true),
                ("<doc><s>a</s></doc>", false),
                ("<doc><d xmlns=\"urn:d\">x y</d></doc>", true),
                ("<doc><d>x</d></doc>", false),
                ("<doc><t xmlns=\"urn:t\" k=\" x \"/></doc>", true),
                ("<doc><t xmlns=\"urn:t\" k=\" x \"><inner>true</inner></t></doc>", true),
                ("<doc><t xmlns=\"urn:t\" k=\" x \"><inner>yes</inner></t></doc>", false),
                ("<doc><t xmlns=\"urn:t\" k=\" x \"><inner xmlns=\"\">true</inner></t></doc>", false),
                ("<doc><t k=\"x\"/></doc>", false),
            ])
    }

    @Test("a value in a datatype library other than the one the written grammar inherits")
    func valueLibrary() throws {
        try Self.check(Self.grammar("""
            <start><element name="doc"><zeroOrMore><choice>
              <element name="a"><value type="token">a</value></element>
              <element name="b"><value type="string">b</value></element>
              <element name="n"><value type="integer" datatypeLibrary="\(Self.xsd)">05</value></element>
            </choice></zeroOrMore></element></start>
            """, "datatypeLibrary=\"\""), [
                ("<doc><a> a </a><b>b</b><n>5</n></doc>", true),
                ("<doc><n>+0005</n></doc>", true),
                ("<doc><n>6</n></doc>", false),
                ("<doc><b> b</b></doc>", false),
            ])
    }

    @Test("data with params and except, value choices, list")
    func data() throws {
        try Self.check(Self.grammar("""
            <start><element name="doc">
              <attribute name="size"><list><oneOrMore><data type="integer"><param name="minInclusive">1</param></data></oneOrMore></list></attribute>
              <optional><attribute name="code"><data type="token"><param name="pattern">[A-Z]{2}</param><except><value>XX</value></except></data></attribute></optional>
              <optional><attribute name="mode"><choice><value>on</value><value>off</value></choice></attribute></optional>
              <optional><element name="unused"><empty/></element></optional>
              <zeroOrMore><element name="item"><list><data type="token"/><value>end</value></list></element></zeroOrMore>
            </element></start>
            """, "datatypeLibrary=\"\(Self.xsd)\""), [
                ("<doc size=\"1 2 3\"/>", true),
                ("<doc size=\"0\"/>", false),
                ("<doc size=\"1\" code=\"AB\"/>", true),
                ("<doc size=\"1\" code=\"XX\"/>", false),
                ("<doc size=\"1\" code=\"abc\"/>", false),
                ("<doc size=\"1\" mode=\"on\"/>", true),
                ("<doc size=\"1\" mode=\"maybe\"/>", false),
                ("<doc size=\"2\"><item>a end</item></doc>", true),
                ("<doc size=\"2\"><item>a b</item></doc>", false),
                ("<doc/>", false),
            ])
    }

    @Test("mixed and interleave, with branches no document uses")
    func mixedAndInterleave() throws {
        try Self.check(Self.grammar("""
            <start><element name="doc"><interleave><element name="a"><text/></element>
              <optional><element name="b"><empty/></element></optional>
              <zeroOrMore><element name="c"><mixed><zeroOrMore><choice><element name="hi"><text/></element>
                <element name="em"><text/></element></choice></zeroOrMore></mixed></element></zeroOrMore>
              <optional><element name="d"><mixed><element name="req"><empty/></element></mixed></element></optional>
            </interleave></element></start>
            """), [
                ("<doc><a/></doc>", true),
                ("<doc><b/><a/></doc>", true),
                ("<doc><b/></doc>", false),
                ("<doc><c>t<hi>x</hi>u</c><a/></doc>", true),
                ("<doc><a/><c>text only</c></doc>", true),
                ("<doc><a/><a/></doc>", false),
                ("<doc><a/><c><a/></c></doc>", false),
                ("<doc><a/><d>t<req/>u</d></doc>", true),
                ("<doc><a/><d>t</d></doc>", false),
            ])
    }

    @Test("combine: choice and interleave across defines and starts")
    func combine() throws {
        try Self.check(Self.grammar("""
            <start><ref name="doc"/></start>
            <define name="doc"><element name="doc"><ref name="attrs"/><zeroOrMore><ref name="model.block"/></zeroOrMore></element></define>
            <define name="model.block" combine="choice"><element name="p"><text/></element></define>
            <define name="model.block" combine="choice"><element name="list"><empty/></element></define>
            <define name="model.block"><element name="table"><empty/></element></define>
            <define name="attrs" combine="interleave"><optional><attribute name="a"/></optional></define>
            <define name="attrs" combine="interleave"><attribute name="b"/></define>
            <start combine="choice"><element name="alt"><ref name="parts"/></element></start>
            <define name="parts" combine="interleave"><element name="x"><empty/></element></define>
            <define name="parts" combine="interleave"><optional><element name="y"><empty/></element></optional></define>
            """), [
                ("<doc b=\"1\"><p/><list/><table/></doc>", true),
                ("<doc b=\"1\" a=\"2\"/>", true),
                ("<doc a=\"2\"/>", false),
                ("<alt><x/></alt>", true),
                ("<alt><y/><x/></alt>", true),
                ("<alt><y/></alt>", false),
                ("<doc b=\"1\"><alt/></doc>", false),
            ])
    }

    @Test("a nested grammar with parentRef and a define named like one outside")
    func nestedGrammar() throws {
        try Self.check(Self.grammar("""
            <start><element name="doc"><zeroOrMore><ref name="item"/></zeroOrMore></element></start>
            <define name="item"><element name="item"><grammar>
              <start><ref name="item"/></start>
              <define name="item"><element name="inner"><optional><parentRef name="para"/></optional></element></define>
            </grammar></element></define>
            <define name="para"><element name="para"><text/></element></define>
            """), [
                ("<doc><item><inner/></item></doc>", true),
                ("<doc><item><inner><para>x</para></inner></item></doc>", true),
                ("<doc><item/></doc>", false),
                ("<doc><item><item/></item></doc>", false),
                ("<doc><item><inner><inner/></inner></item></doc>", false),
            ])
    }

    @Test("recursive defines, an element that can never be finished, notAllowed in the schema")
    func recursion() throws {
        try Self.check(Self.grammar("""
            <start><element name="doc"><zeroOrMore><choice><ref name="div"/><ref name="loop"/><notAllowed/></choice></zeroOrMore></element></start>
            <define name="div"><element name="div"><optional><ref name="head"/></optional><zeroOrMore><ref name="div"/></zeroOrMore></element></define>
            <define name="head"><element name="head"><text/></element></define>
            <define name="loop"><element name="loop"><ref name="loop"/></element></define>
            """), [
                ("<doc><div><div><head/></div></div></doc>", true),
                ("<doc><loop><loop/></loop></doc>", false),
                ("<doc/>", true),
                ("<doc><head/></doc>", false),
            ])
    }

    @Test("annotations and foreign elements are ignored, div is flattened, prefixed RELAX NG elements count")
    func annotations() throws {
        try Self.check(Self.grammar("""
            <a:documentation>A grammar.</a:documentation>
            <x:meta><element name="ignored"><text/></element></x:meta>
            <start x:note="1"><rng:group><rng:element name="doc"><rng:optional><rng:ref name="p"/></rng:optional>
              <optional><attribute name="a"><group><empty/><text/></group></attribute></optional></rng:element><empty/></rng:group></start>
            <div><a:documentation>Paragraphs.</a:documentation>
              <define name="p"><element name="p" a:defaultValue="x"><x:meta/><text/></element></define></div>
            """, "xmlns:a=\"http://relaxng.org/ns/compatibility/annotations/1.0\" xmlns:rng=\"\(Self.rng)\" xmlns:x=\"urn:foreign\""), [
                ("<doc><p/></doc>", true),
                ("<doc a=\"x\"/>", true),
                ("<doc/>", true),
                ("<doc><ignored/></doc>", false),
            ])
    }

    @Test("a schema whose root is a pattern, not a grammar")
    func patternRoot() throws {
        try Self.check("""
            <element name="doc" xmlns="\(Self.rng)"><zeroOrMore><element name="p"><text/></element></zeroOrMore>
            <optional><element name="q"><empty/></element></optional></element>
            """, [("<doc><p/></doc>", true), ("<doc><q/><p/></doc>", false), ("<p/>", false)])
    }

    @Test("a QName value keeps the prefixes in scope where it was written")
    func qNameValue() throws {
        // libxml2 2.9 compares QName values without their namespaces (the second document should be
        // invalid): the reduced grammar only has to agree with the full one.
        let reduced = try Self.check(Self.grammar("""
            <start><element name="doc"><attribute name="t"><value type="QName" xmlns:p="urn:p">p:x</value></attribute></element></start>
            """, "datatypeLibrary=\"\(Self.xsd)\" xmlns:unused=\"urn:unused\""), [
                ("<doc xmlns:q=\"urn:p\" t=\"q:x\"/>", true),
                ("<doc xmlns:p=\"urn:other\" t=\"p:x\"/>", nil),
                ("<doc xmlns:q=\"urn:p\" t=\"q:y\"/>", false),
            ])
        let value = RelaxNGPattern.value(RelaxNGDatatype(library: Self.xsd, type: "QName"), namespace: "", text: "p:x",
                                         prefixes: ["p": "urn:p", "unused": "urn:unused"])
        #expect(reduced.start == .element(.name(QualifiedName("", "doc")), .attribute(.name(QualifiedName("", "t")), value)))
        #expect(String(decoding: reduced.serialized(), as: UTF8.self).contains("<value xmlns:p=\"urn:p\" xmlns:unused=\"urn:unused\" type=\"QName\">p:x</value>"))
    }

    @Test("include and externalRef are refused: no reduced grammar, and the reason")
    func unsupported() throws {
        for body in ["<include href=\"other.rng\"/><start><empty/></start>",
                     "<start><element name=\"doc\"><externalRef href=\"other.rng\"/></element></start>",
                     "<start><ref name=\"missing\"/></start>",
                     "<define name=\"a\"><empty/></define><define name=\"a\"><empty/></define><start><ref name=\"a\"/></start>",
                     "<define name=\"a\"><element name=\"e\"><empty/></element></define>",
                     "<start><element name=\"x:doc\"><empty/></element></start>"] {
            let grammar = try RelaxNGGrammar(bytes: Array(Self.grammar(body).utf8), name: "s.rng")
            #expect(grammar.unsupported != nil, "\(body)")
            #expect(grammar.reduced(to: NameSet()) == nil, "\(body)")
        }
        #expect(throws: Diagnostic.self) { try RelaxNGGrammar(bytes: Array("<grammar".utf8), name: "broken.rng") }
        #expect(throws: Diagnostic.self) { try RelaxNGGrammar(bytes: [], name: "empty.rng") }
        #expect(throws: Diagnostic.self) { try RelaxNGGrammar(path: "/nonexistent/schema.rng") }
    }

    @Test("names of a document: elements and attributes with their namespaces, no namespace declarations")
    func namesOfDocument() throws {
        let document = try XMLDocument(parsing: Array("""
            <TEI xmlns="urn:tei" xmlns:xi="http://www.w3.org/2001/XInclude" xml:id="a"><p rend="x"><xi:include href="b"/></p></TEI>
            """.utf8), file: "doc.xml")
        let names = NameSet(document: document)
        #expect(names.elements == [QualifiedName("urn:tei", "TEI"), QualifiedName("urn:tei", "p"),
                                   QualifiedName("http://www.w3.org/2001/XInclude", "include")])
        #expect(names.attributes == [QualifiedName("http://www.w3.org/XML/1998/namespace", "id"), QualifiedName("", "rend"),
                                     QualifiedName("", "href")])
    }
}

/// Official TEI schemas reduced to each document of the shared corpora give, in libxml2, the verdict
/// jing gives with the full schema (Fixtures/jing-verdicts-*.tsv, written by scripts/jing-verdicts.sh),
/// except for the known differences between the two validators. libxml2 takes seconds to compile the
/// full tei_all and never finishes compiling the full tei_speech or Parla-CLARIN schemas.
@Suite("RELAX NG grammar reduction on the shared corpora", .enabled(if: TestPaths.sharedCorporaWanted))
struct RelaxNGReductionCorpusTests {
    static let corpora = TestPaths.shared.appendingPathComponent("corpora")

    /// Schema file in corpora/schemas and the name of its verdict list in Fixtures.
    static let schemas: [(file: String, verdicts: String)] = [
        ("tei_all-4.12.0.rng", "jing-verdicts-tei_all.tsv"),
        ("tei_speech-4.10.0a.rng", "jing-verdicts-tei_speech.tsv"),
        ("parla-clarin.rng", "jing-verdicts-parla-clarin.tsv"),
        ("tei_lite-4.1.0.rng", "jing-verdicts-tei_lite.tsv"),
    ]

    /// One corpus file, one schema, and jing's verdict.
    struct Case: Sendable, CustomTestStringConvertible {
        var schema: String
        var path: String
        var jingValid: Bool
        var testDescription: String { "\(path) against \(schema)" }
    }

    /// Every line of every verdict list.
    static let cases: [Case] = schemas.flatMap { schema in
        let url = TestPaths.fixtures.appendingPathComponent(schema.verdicts)
        let text = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
        return text.split(separator: "\n").compactMap { line -> Case? in
            let fields = line.split(separator: "\t")
            return fields.count == 2 ? Case(schema: schema.file, path: String(fields[0]), jingValid: fields[1] == "valid") : nil
        }
    }

    /// Files where libxml2 and jing disagree with the full schema too (corpora/README.md): libxml2's
    /// verdict is the opposite of jing's, with or without reduction.
    static let knownDifferences: [String: String] = [
        "tei_all-4.12.0.rng tei/tei-stylesheets-test/Test_test-tree.xml":
            "duplicate xml:id inside egXML examples: libxml2 invalid, jing valid",
    ]

    /// libxml2's expected verdict.
    static func expected(_ test: Case) -> Bool {
        test.jingValid != (knownDifferences["\(test.schema) \(test.path)"] != nil)
    }

    /// The schemas, each read once for the whole suite.
    static let grammars: [String: Result<RelaxNGGrammar, Diagnostic>] = Dictionary(uniqueKeysWithValues: schemas.map { schema in
        let path = corpora.appendingPathComponent("schemas/\(schema.file)").path
        return (schema.file, Result { () throws(Diagnostic) in try RelaxNGGrammar(path: path) })
    })

    static func grammar(_ schema: String) throws -> RelaxNGGrammar {
        let grammar = try #require(grammars[schema]).get()
        #expect(grammar.unsupported == nil, "\(schema): \(String(describing: grammar.unsupported))")
        return grammar
    }

    @Test("each verdict list covers every XML file of the corpora")
    func listsAreComplete() throws {
        try #require(FileManager.default.fileExists(atPath: Self.corpora.path), "missing \(Self.corpora.path)")
        var found: [String] = []
        for folder in ["tei", "transcripts"] {
            let root = Self.corpora.appendingPathComponent(folder)
            let files = try #require(FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil), "missing \(root.path)")
            for case let url as URL in files where url.pathExtension == "xml" {
                found.append(folder + "/" + url.path.dropFirst(root.path.count + 1))
            }
        }
        #expect(found.count >= 60)
        for schema in Self.schemas {
            let listed = Self.cases.filter { $0.schema == schema.file }.map(\.path)
            #expect(listed.sorted() == found.sorted(), "\(schema.verdicts): rerun scripts/jing-verdicts.sh")
        }
    }

    @Test("a schema reduced to each document gives jing's verdict", arguments: cases)
    func sameVerdictAsJing(_ test: Case) throws {
        let grammar = try Self.grammar(test.schema)
        let url = Self.corpora.appendingPathComponent(test.path)
        let bytes = try #require(try? TestPaths.bytes(url), "missing \(url.path)")
        let document: XMLDocument
        do {
            document = try XMLDocument(parsing: bytes, file: test.path)
        } catch {
            #expect(Self.expected(test) == false, "\(test.path) does not parse: \(error)")
            return
        }
        let reduced = try #require(grammar.reduced(to: NameSet(document: document)))
        let schema = try RelaxNGSchema(bytes: reduced, path: "\(test.schema) reduced to \(test.path)")
        let diagnostics = schema.validate(document, file: test.path)
        #expect(diagnostics.isEmpty == Self.expected(test), "\(test): \(diagnostics.prefix(3))")
    }

    @Test("tei_all reduced to all the documents at once gives each its verdict")
    func batch() throws {
        let grammar = try Self.grammar("tei_all-4.12.0.rng")
        var documents: [(test: Case, document: XMLDocument)] = []
        var names = NameSet()
        for test in Self.cases where test.schema == "tei_all-4.12.0.rng" {
            let bytes = try #require(try? TestPaths.bytes(Self.corpora.appendingPathComponent(test.path)), "missing \(test.path)")
            guard let document = try? XMLDocument(parsing: bytes, file: test.path) else { continue }
            names.formUnion(NameSet(document: document))
            documents.append((test, document))
        }
        let reduced = try #require(grammar.reducedGrammar(to: names))
        let schema = try RelaxNGSchema(bytes: reduced.serialized(), path: "tei_all reduced to the corpora")
        for (test, document) in documents {
            #expect(schema.validate(document, file: test.path).isEmpty == Self.expected(test), "\(test)")
        }
    }

    @Test("tei_all reduced for a DraCor play is a small fraction of the full grammar")
    func size() throws {
        let grammar = try Self.grammar("tei_all-4.12.0.rng")
        #expect(grammar.defineCount == 1_209)
        let url = Self.corpora.appendingPathComponent("tei/gerdracor/tei_gotter-medea.xml")
        let document = try XMLDocument(parsing: try #require(try? TestPaths.bytes(url), "missing \(url.path)"), file: url.path)
        let reduced = try #require(grammar.reducedGrammar(to: NameSet(document: document)))
        #expect(reduced.defines.count < 1_209 / 4)
    }
}
