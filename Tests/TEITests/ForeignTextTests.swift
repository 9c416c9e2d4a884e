import Testing
@testable import TEI

/// Plain text from TEI written by others: each construct and whitespace rule on a small document.
@Suite("Plain text from foreign TEI")
struct ForeignTextTests {
    static let teiNamespace = "http://www.tei-c.org/ns/1.0"

    /// The text of a whole document.
    func render(_ xml: String, _ options: TextOptions = TextOptions()) throws -> String {
        ForeignText(options: options).render(try XMLDocument(parsing: Array(xml.utf8), file: nil))
    }

    /// A TEI document with `header` inside `teiHeader` and `body` inside `text/body`.
    func tei(_ body: String, header: String = "") -> String {
        """
        <TEI xmlns="\(Self.teiNamespace)"><teiHeader><fileDesc><titleStmt><title>T</title></titleStmt></fileDesc>\
        \(header)</teiHeader><text><body>\(body)</body></text></TEI>
        """
    }

    func text(_ body: String, header: String = "", _ options: TextOptions = TextOptions()) throws -> String {
        try render(tei(body, header: header), options)
    }

    func parlamint(_ body: String, includeNotes: Bool = true) throws -> String {
        try render(tei(body), TextOptions(format: .parlamint, includeNotes: includeNotes))
    }

    // MARK: - ParlaMint / Parla-CLARIN

    @Test("a u is `Label: text` with the verbatim speaker note; its segs are paragraphs")
    func parlaMintTurns() throws {
        let body = """
            <div>
              <note type="time">The sitting opened at 10.03.</note>
              <note type="speaker">PREDSEDNIK RAFAEL KUŽNIK:</note>
              <u who="#KuznikRafael" xml:id="u1">
                <seg>Hvala lepa.   Ali ima
                  še kdo besedo? Gospod</seg>
                <note>?</note>
                <seg>Ilc, izvolite.</seg>
              </u>
              <note type="speaker">The President</note>
              <u who="#X" xml:id="u2"><seg>Thank you.</seg></u>
            </div>
            """
        #expect(try text(body) == """
            (The sitting opened at 10.03.)

            PREDSEDNIK RAFAEL KUŽNIK: Hvala lepa. Ali ima še kdo besedo? Gospod

            (?)

            Ilc, izvolite.

            The President: Thank you.

            """)
        #expect(try text(body, TextOptions(includeNotes: false)) == """
            PREDSEDNIK RAFAEL KUŽNIK: Hvala lepa. Ali ima še kdo besedo? Gospod

            Ilc, izvolite.

            The President: Thank you.

            """)
    }

    @Test("without a speaker note the label is the person's name from listPerson, else the id")
    func labelsFromListPerson() throws {
        let header = """
            <profileDesc><particDesc><listPerson>
              <person xml:id="KucanMilan"><persName><surname>Kučan</surname><forename>Milan</forename></persName></person>
              <person xml:id="Corbyn">
                <persName><surname>Corbyn</surname><forename>Jeremy</forename><forename>Bernard</forename></persName>
              </person>
              <person xml:id="Plain"><persName>Lady  Plain</persName></person>
              <person xml:id="NoName"><sex value="F"/></person>
            </listPerson></particDesc></profileDesc>
            """
        let body = """
            <u who="#KucanMilan"><seg>One.</seg></u>
            <u who="#Corbyn"><seg>Two.</seg></u>
            <u who="#Plain"><seg>Three.</seg></u>
            <u who="#NoName"><seg>Four.</seg></u>
            <u who="#Nobody"><seg>Five.</seg></u>
            <u who="#KucanMilan #Plain"><seg>Six.</seg></u>
            <u><seg>Seven.</seg></u>
            """
        #expect(try text(body, header: header) == """
            Milan Kučan: One.

            Jeremy Bernard Corbyn: Two.

            Lady Plain: Three.

            NoName: Four.

            Nobody: Five.

            Milan Kučan, Lady Plain: Six.

            Unknown speaker: Seven.

            """)
    }

    @Test("a speaker note that is not right before the u is shown as a note, and the u takes @who")
    func detachedSpeakerNote() throws {
        let body = """
            <note type="speaker">Mr A:</note><incident><desc>Noise</desc></incident><u who="#A"><seg>Yes.</seg></u>
            """
        #expect(try text(body) == "(Mr A:)\n\n(Noise)\n\nA: Yes.\n")
    }

    @Test("an utterance with no text still shows its label")
    func emptyTurn() throws {
        #expect(try text(##"<note type="speaker">CHAIR:</note><u who="#c"/><u who="#d"><seg> </seg></u>"##) == "CHAIR:\n\nd:\n")
    }

    @Test("incidents, kinesics, vocals and gaps in brackets, in place, between or inside paragraphs")
    func nonSpeechForms() throws {
        let body = """
            <u who="#A">
              <seg>We agree <incident><desc>Applause</desc></incident> entirely.</seg>
              <kinesic type="applause"/>
              <vocal type="laughter"><desc> laughs  loudly </desc></vocal>
              <seg>First<gap reason="inaudible"/> then <gap><desc>SAMPLING</desc></gap> and <gap/>.</seg>
              <incident/>
              <seg>Done<vocal><desc>cough</desc></vocal>, finally.</seg>
            </u>
            <gap reason="editorial"><desc xml:lang="en">SAMPLING</desc></gap>
            """
        #expect(try text(body) == """
            A: We agree (Applause) entirely.

            (applause)

            (laughs loudly)

            First [gap: inaudible] then [gap: SAMPLING] and [gap].

            Done (cough), finally.

            [gap: SAMPLING]

            """)
        #expect(try text(body, TextOptions(includeNotes: false)) == """
            A: We agree entirely.

            First then and .

            Done, finally.

            """)
    }

    @Test("text already in parentheses is not put in a second pair")
    func noDoubleParentheses() throws {
        #expect(try text(#"<note>(Applause.)</note><sp><speaker>A.</speaker><stage>(aside)</stage><p>Hm.</p></sp>"#)
            == "(Applause.)\n\nA: (aside)\n\nHm.\n")
    }

    // MARK: - DraCor

    @Test("a play: heads, `SPEAKER: text`, verse one line per line, stage directions in parentheses")
    func drama() throws {
        let header = """
            <profileDesc><particDesc><listPerson>
              <person xml:id="jason"><persName>Jason</persName></person>
            </listPerson></particDesc></profileDesc>
            """
        let body = """
            <div type="act"><head>Erster Akt</head>
              <div type="scene"><head>Erster Auftritt.</head>
                <stage>Ein Saal.</stage>
                <sp who="#medea"><speaker>MEDEA.</speaker>
                  <stage>hervortretend.</stage>
                  <p>Vertrauter Wohnsitz! <stage>Knieend.</stage> Hier lieg ich.</p>
                </sp>
                <sp who="#jason">
                  <l>Erste Zeile,</l>
                  <l>zweite   Zeile.</l>
                  <lg><l>Neue Strophe.</l></lg>
                </sp>
                <sp who="#medea"><speaker>MEDEA</speaker><stage>geht ab.</stage></sp>
              </div>
            </div>
            """
        #expect(try text(body, header: header) == """
            Erster Akt

            Erster Auftritt.

            (Ein Saal.)

            MEDEA: (hervortretend.)

            Vertrauter Wohnsitz! (Knieend.) Hier lieg ich.

            Jason: Erste Zeile,
            zweite Zeile.

            Neue Strophe.

            MEDEA: (geht ab.)

            """)
        #expect(try text(body, header: header, TextOptions(includeStage: false)) == """
            Erster Akt

            Erster Auftritt.

            MEDEA: Vertrauter Wohnsitz! Hier lieg ich.

            Jason: Erste Zeile,
            zweite Zeile.

            Neue Strophe.

            MEDEA:

            """)
    }

    // MARK: - ISO 24624 spoken TEI / TEICORPO

    @Test("an annotationBlock is a turn; its u is one paragraph; spanGrp and time points are not speech")
    func spokenTEI() throws {
        let body = """
            <div><head><note type="start">#T1</note><note type="end">#T5</note></head>
              <annotationBlock who="CHI" start="#T1" end="#T2" xml:id="au0">
                <u><seg>et prendre </seg><anchor synch="#T2"/><seg/><anchor synch="#T3"/><seg>la fourchette</seg><seg>vite</seg></u>
                <spanGrp type="mor"><span>pro:sub|I v|do&amp;PAST .</span></spanGrp>
              </annotationBlock>
              <annotationBlock who="#MOT"><u><seg>you did <pause type="short"/> ? </seg></u></annotationBlock>
            </div>
            """
        #expect(try text(body) == "CHI: et prendre la fourchette vite\n\nMOT: you did (pause) ?\n")
    }

    // MARK: - Any other TEI

    @Test("prose, lists, quotes, tables, alternatives: paragraphs with blank lines between")
    func generalTEI() throws {
        let body = """
            <div><head>Chapter <hi rend="i">One</hi></head>
              <p>It was a <choice><abbr>Sat.</abbr><expan>Saturday</expan></choice>, <choice><sic>teh</sic><corr>the</corr></choice>
                day <del>not</del> of <app><lem>rest</lem><rdg>work</rdg></app>.</p>
              <p><quote><l>“How many miles?</l><l>Three score!”</l></quote> sang Robert.</p>
              <list><head>Items</head><item>one</item><item>two <list><item>two a</item></list> end</item></list>
              <table><row><cell>1</cell><cell>text</cell></row><row><cell>2</cell><cell/></row></table>
              loose text <hi>here</hi>
              <fw type="pageNum">12</fw><figure><graphic url="x.png"/><figDesc>a cat</figDesc><head>Fig. 1</head></figure>
              <listBibl><bibl>First book</bibl> <bibl>Second book</bibl></listBibl>
              <trailer>THE END</trailer>
            </div>
            """
        #expect(try text(body) == """
            Chapter One

            It was a Saturday, the day of rest.

            “How many miles?
            Three score!”
            sang Robert.

            Items

            one

            two

            two a

            end

            1 | text
            2 |

            loose text here

            Fig. 1

            First book

            Second book

            THE END

            """)
    }

    @Test("elements of other namespaces give their text in place")
    func otherNamespaces() throws {
        let body = """
            <p>Let <formula><m:math xmlns:m="http://www.w3.org/1998/Math/MathML">\
            <m:mi>x</m:mi><m:mo>+</m:mo><m:mn>1</m:mn></m:math></formula> be.</p>
            """
        #expect(try text(body) == "Let x+1 be.\n")
    }

    @Test("a document without text gives the empty string; only <text> is read")
    func noText() throws {
        let header = "<teiHeader><fileDesc><titleStmt><title>T</title></titleStmt></fileDesc></teiHeader>"
        #expect(try render("<TEI xmlns=\"\(Self.teiNamespace)\">\(header)</TEI>") == "")
        #expect(try render("""
            <TEI xmlns="\(Self.teiNamespace)"><standOff><listEvent><event><desc>x</desc></event></listEvent></standOff>\
            <text><body><p/></body></text></TEI>
            """) == "")
        #expect(try render("""
            <TEI xmlns="\(Self.teiNamespace)"><facsimile><surface><desc>scan</desc></surface></facsimile>\
            <text><body><p>Read.</p></body></text><fsdDecl><fsDecl type="x"><fsDescr>no</fsDescr></fsDecl></fsdDecl></TEI>
            """) == "Read.\n")
        #expect(try render("<TEI.2>\(header)<text><body><p>No namespace.</p></body></text></TEI.2>") == "No namespace.\n")
    }

    // MARK: - Whitespace

    @Test("runs of whitespace are one space inside a paragraph, none at its ends; U+00A0 is text")
    func whitespaceRuns() throws {
        #expect(try text("<p>\n   one \t two\r\n  three  </p><p>a\u{00A0}\u{00A0}b <hi> c </hi>d</p>")
            == "one two three\n\na\u{00A0}\u{00A0}b c d\n")
    }

    @Test("lb, pb and cb separate words unless break=\"no\"")
    func lineAndPageBreaks() throws {
        #expect(try text(#"<p>foo<lb/>bar</p>"#) == "foo bar\n")
        #expect(try text(#"<p>foo <lb/> bar</p>"#) == "foo bar\n")
        #expect(try text(#"<p>foo<pb n="2"/>bar<cb/>baz</p>"#) == "foo bar baz\n")
        #expect(try text(#"<p>hy-<lb break="no"/>phen and ex<pb break="no" n="3"/>ample</p>"#) == "hy-phen and example\n")
        #expect(try text("<p>ex\n  <lb break=\"no\"/>\n  ample</p>") == "example\n")
        #expect(try text("<l>one<lb/>two</l>") == "one two\n")
    }

    @Test("a note neither adds nor loses a space, shown or left out")
    func spacesAroundNotes() throws {
        let options = TextOptions(includeNotes: false)
        #expect(try text(#"<p>foo <note>x</note>bar</p>"#, options) == "foo bar\n")
        #expect(try text(#"<p>foo<note>x</note> bar</p>"#, options) == "foo bar\n")
        #expect(try text(#"<p>foo<note>x</note>bar</p>"#, options) == "foobar\n")
        #expect(try text(#"<p>foo <note>x</note> bar</p>"#, options) == "foo bar\n")
        #expect(try text(#"<p>foo<note>x</note>bar</p>"#) == "foo (x) bar\n")
        #expect(try text(#"<p>foo<note> x  y </note>, bar</p>"#) == "foo (x y), bar\n")
        #expect(try text(#"<p>foo <note place="foot"><p>one</p><p>two</p></note> bar</p>"#) == "foo (one two) bar\n")
    }

    @Test("tokens of linguistic annotation take a space unless join=\"right\"")
    func tokens() throws {
        let body = """
            <u who="#a"><seg><s>
            <w join="right">Authorities</w>
            <pc>,</pc>
            <name><w>ladies</w></name>
            <w join="right">gentlemen</w>
            <pc>.</pc>
            <linkGrp><link target="#a #b"/></linkGrp>
            </s></seg></u>
            """
        #expect(try text(body) == "a: Authorities, ladies gentlemen.\n")
        #expect(try parlamint(body) == "\tAuthorities, ladies gentlemen.\n")
    }

    // MARK: - Header, entities, depth

    @Test("the header is left out unless asked for; then titles and authors come first")
    func header() throws {
        let xml = """
            <teiCorpus xmlns="\(Self.teiNamespace)">
              <teiHeader><fileDesc><titleStmt><title type="main">Corpus</title><title type="sub">Sub  title</title>
                <author>Ann Author</author><respStmt><resp>x</resp><name>Not shown</name></respStmt></titleStmt>
                <publicationStmt><p>Not shown</p></publicationStmt></fileDesc></teiHeader>
              <TEI><teiHeader><fileDesc><titleStmt><title>Text 1</title><author/></titleStmt></fileDesc></teiHeader>
                <text><body><p>One.</p></body></text></TEI>
            </teiCorpus>
            """
        #expect(try render(xml) == "One.\n")
        #expect(try render(xml, TextOptions(includeHeader: true)) == "Corpus\nSub title\nAnn Author\n\nText 1\n\nOne.\n")
    }

    @Test("entities are never expanded: an entity reference is written as it stands")
    func entities() throws {
        let xml = """
            <!DOCTYPE TEI [
              <!ENTITY foo "expanded">
              <!ENTITY nested "&foo; &foo;">
            ]>
            <TEI xmlns="\(Self.teiNamespace)"><text><body>
              <note type="speaker">&foo;:</note>
              <u who="#a" xml:id="u1"><seg>a &foo; b &amp; &#x41; &nested;</seg><note>&foo;</note></u>
            </body></text></TEI>
            """
        #expect(try render(xml) == "&foo;: a &foo; b & A &nested;\n\n(&foo;)\n")
        #expect(try render(xml, TextOptions(format: .parlamint)) == "u1\ta &foo; b & A &nested;[[&foo;]]\n")
    }

    @Test("100,000 nested elements are walked without recursion, in both formats")
    func deepNesting() throws {
        let document = XMLDocument(root: "TEI", namespace: Self.teiNamespace)
        let body = document.root.append("text").append("body")
        let utterance = body.append("u")
        utterance.set("who", "#deep")
        utterance.set("xml:id", "u1")
        var element = utterance.append("seg")
        element.appendText("start")
        for _ in 0..<100_000 { element = element.append("hi") }
        element.appendText(" end")
        #expect(ForeignText(options: TextOptions()).render(document) == "deep: start end\n")
        #expect(ForeignText(options: TextOptions(format: .parlamint)).render(document) == "u1\tstart end\n")
    }

    // MARK: - ParlaMint's .txt format

    @Test("parlamint: one line per u, id TAB text, segs joined by one space, notes in [[ ]] in place")
    func parlaMintFormat() throws {
        let body = """
            <div><head>Heading</head><note type="speaker">A:</note>
              <u xml:id="d.u1" who="#A">
                <seg xml:id="d.seg1">First\u{00A0}one
                  goes on</seg>
                <seg xml:id="d.seg2">Second<note> a  note </note>glued</seg>
                <kinesic><desc>Applause.</desc></kinesic>
                <seg>Third <gap reason="inaudible"/> end.</seg>
              </u>
              <note>Outside.</note>
              <u who="#B"><seg>No id.</seg></u>
              <u xml:id="d.u3" who="#B"/>
            </div>
            """
        #expect(try parlamint(body) == """
            d.u1\tFirst\u{00A0}one goes on Second[[a note]]glued [[Applause.]] Third [[]] end.
            \tNo id.
            d.u3\t

            """)
        #expect(try parlamint(body, includeNotes: false)
            == "d.u1\tFirst\u{00A0}one goes on Secondglued Third end.\n\tNo id.\nd.u3\t\n")
        #expect(try parlamint("<p>No utterances.</p>") == "")
    }

    @Test("parlamint: segs or line breaks with no whitespace between them join with nothing, as in ParlaMint's script")
    func parlaMintAdjacentSegs() throws {
        #expect(try parlamint(#"<u xml:id="x"><seg>one</seg><seg>two</seg></u>"#) == "x\tonetwo\n")
        #expect(try parlamint(#"<u xml:id="x"><seg>foo<lb/>bar <pb/> baz</seg></u>"#) == "x\tfoobar baz\n")
    }
}
