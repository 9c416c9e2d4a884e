import Foundation
import Testing
import TEI

/// Scores the date recognizer on the development set `Fixtures/dates/dev.txt` (its format is described
/// at the top of that file) and prints a table: strict and relaxed extent precision, recall and F1, and
/// the accuracy of the values, overall and per section.
///
/// By hand: `swift test --filter DateScore` (or `scripts/score-dates`); with `DATE_SCORE_ERRORS=1` in the
/// environment the misses, false positives and wrong values are listed too.
///
/// - Strict: the found extent is the gold extent, byte for byte.
/// - Relaxed (TempEval-3): the extents overlap; each gold date pairs with at most one found date.
/// - Value: of the relaxed pairs, those whose `when`/`from`/`to`/`notBefore`/`notAfter` agree; "+cert"
///   also compares `cert`. "value F1" is the relaxed F1 counting only pairs with the right value, as
///   TempEval-3 does.
@Suite("DateScore")
struct DateScoreTests {
    @Test func developmentSetScore() throws {
        let (set, total, table, errors) = try Self.score("dev.txt", title: "development set")
        Self.report(table, errors)
        #expect(total.gold >= 300, "the development set should hold at least 300 dates")
        #expect(set.negativeLines >= 200, "the development set should hold at least 200 lines without dates")
        #expect(total.relaxedPrecision >= 0.95, "relaxed precision \(total.relaxedPrecision) below 0.95")
        #expect(total.relaxedRecall >= 0.95, "relaxed recall \(total.relaxedRecall) below 0.95")
    }

    /// The held-out set is scored and printed, not gated (see the top of `heldout.txt`).
    @Test func heldOutSetScore() throws {
        let (_, total, table, errors) = try Self.score("heldout.txt", title: "held-out set")
        Self.report(table, errors)
        #expect(total.gold > 0)
    }

    /// Prints the table (and with `DATE_SCORE_ERRORS` set, the errors) in one piece, so that tests
    /// running side by side do not interleave their lines.
    static func report(_ table: String, _ errors: [String]) {
        var text = table
        if ProcessInfo.processInfo.environment["DATE_SCORE_ERRORS"] != nil { text += errors.joined(separator: "\n") + "\n" }
        print(text + "end of date score")
    }

    /// Scores one fixture: the set, its totals, the printed table and the error lines.
    static func score(_ name: String, title: String) throws -> (DevSet, Tally, String, [String]) {
        let url = TestPaths.fixtures.appendingPathComponent("dates/" + name)
        let set = try DevSet(text: String(decoding: try TestPaths.bytes(url), as: UTF8.self))
        var total = Tally()
        var sections: [(String, Tally)] = []
        var errors: [String] = []
        for sentence in set.sentences {
            let found = DateRecognizer(documentDate: sentence.documentDate).mentions(in: sentence.text)
            let tally = Tally.score(sentence, found: found, errors: &errors)
            total.add(tally)
            if let index = sections.firstIndex(where: { $0.0 == sentence.section }) {
                sections[index].1.add(tally)
            } else {
                sections.append((sentence.section, tally))
            }
        }
        return (set, total, Tally.table(title: title, total: total, sections: sections), errors.map { name + ":" + $0 })
    }

    @Test(arguments: ["dev.txt", "heldout.txt"])
    func goldMarkupIsWellFormed(_ name: String) throws {
        let url = TestPaths.fixtures.appendingPathComponent("dates/" + name)
        let set = try DevSet(text: String(decoding: try TestPaths.bytes(url), as: UTF8.self))
        for sentence in set.sentences {
            for date in sentence.dates {
                let v = date.value
                let range = [v.from, v.to, v.notBefore, v.notAfter].compactMap { $0 }
                #expect((v.when != nil) != !range.isEmpty, "\(name):\(sentence.line): when and a range, or neither")
                for value in range + [v.when].compactMap({ $0 }) {
                    #expect(ISODate.isValid(value), "\(name):\(sentence.line): \(value)")
                }
                #expect(v.certainty == nil || ["high", "medium", "low"].contains(v.certainty!), "\(name):\(sentence.line)")
            }
        }
    }
}

/// One line of the development set.
struct DevSentence {
    var line: Int
    var section: String
    var documentDate: String?
    /// The sentence without markup.
    var text: String
    /// The gold dates, as UTF-8 byte ranges into `text`.
    var dates: [DateMention]
}

/// The development set: sentences with gold dates marked inline.
struct DevSet {
    struct FormatError: Error, CustomStringConvertible {
        var line: Int
        var message: String
        var description: String { "dev.txt:\(line): \(message)" }
    }

    var sentences: [DevSentence] = []
    var negativeLines = 0

    init(text: String) throws {
        var section = "(none)"
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = index + 1
            var rest = Substring(raw)
            if rest.hasSuffix("\r") { rest = rest.dropLast() }
            if rest.allSatisfy({ $0 == " " || $0 == "\t" }) { continue }
            if rest.hasPrefix("## ") {
                section = String(rest.dropFirst(3))
                continue
            }
            if rest.hasPrefix("#") { continue }
            var documentDate: String?
            if rest.hasPrefix("@") {
                guard let space = rest.firstIndex(of: " ") else { throw FormatError(line: line, message: "no sentence") }
                let date = String(rest[rest.index(after: rest.startIndex)..<space])
                guard ISODate.isValid(date) else { throw FormatError(line: line, message: "bad document date") }
                documentDate = date
                rest = rest[rest.index(after: space)...]
            }
            let (plain, dates) = try Self.parseMarkup(rest, line: line)
            if dates.isEmpty { negativeLines += 1 }
            sentences.append(DevSentence(line: line, section: section, documentDate: documentDate, text: plain, dates: dates))
        }
    }

    /// Strips `<date …>…</date>` from a line, giving the plain sentence and the gold mentions.
    private static func parseMarkup(_ line: Substring, line number: Int) throws -> (String, [DateMention]) {
        var plain: [UInt8] = []
        var dates: [DateMention] = []
        var open: (start: Int, value: DateValue)?
        var rest = line
        while let lt = rest.firstIndex(where: { $0 == "<" || $0 == "&" }) {
            plain += Array(rest[..<lt].utf8)
            rest = rest[lt...]
            if rest.first == "&" {
                let entities = [("&amp;", "&"), ("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\"")]
                guard let (name, char) = entities.first(where: { rest.hasPrefix($0.0) }) else {
                    throw FormatError(line: number, message: "unknown entity")
                }
                plain += Array(char.utf8)
                rest = rest.dropFirst(name.count)
                continue
            }
            guard let gt = rest.firstIndex(of: ">") else { throw FormatError(line: number, message: "unclosed tag") }
            let tag = rest[rest.index(after: rest.startIndex)..<gt]
            rest = rest[rest.index(after: gt)...]
            if tag == "/date" {
                guard let o = open else { throw FormatError(line: number, message: "</date> without <date>") }
                dates.append(DateMention(range: o.start..<plain.count, value: o.value))
                open = nil
            } else if tag.hasPrefix("date ") {
                guard open == nil else { throw FormatError(line: number, message: "nested <date>") }
                open = (plain.count, try attributes(tag.dropFirst(5), line: number))
            } else {
                throw FormatError(line: number, message: "unknown tag <\(tag)>")
            }
        }
        plain += Array(rest.utf8)
        guard open == nil else { throw FormatError(line: number, message: "unclosed <date>") }
        return (String(decoding: plain, as: UTF8.self), dates)
    }

    private static func attributes(_ text: Substring, line: Int) throws -> DateValue {
        var value = DateValue()
        var rest = text
        while true {
            rest = rest.drop(while: { $0 == " " })
            if rest.isEmpty { break }
            guard let eq = rest.firstIndex(of: "="), rest[rest.index(after: eq)...].first == "\"" else {
                throw FormatError(line: line, message: "bad attribute")
            }
            let name = String(rest[..<eq])
            let valueStart = rest.index(eq, offsetBy: 2)
            guard let close = rest[valueStart...].firstIndex(of: "\"") else {
                throw FormatError(line: line, message: "unclosed attribute")
            }
            let v = String(rest[valueStart..<close])
            switch name {
            case "when": value.when = v
            case "from": value.from = v
            case "to": value.to = v
            case "notBefore": value.notBefore = v
            case "notAfter": value.notAfter = v
            case "cert": value.certainty = v
            default: throw FormatError(line: line, message: "unknown attribute \(name)")
            }
            rest = rest[rest.index(after: close)...]
        }
        return value
    }
}

/// Counts for a set of sentences.
struct Tally {
    var sentences = 0
    var gold = 0
    var found = 0
    var strict = 0
    var relaxed = 0
    var valueRight = 0
    var valueAndCertRight = 0
    /// Found dates in lines without gold dates.
    var falsePositivesInNegatives = 0

    mutating func add(_ o: Tally) {
        sentences += o.sentences; gold += o.gold; found += o.found; strict += o.strict; relaxed += o.relaxed
        valueRight += o.valueRight; valueAndCertRight += o.valueAndCertRight
        falsePositivesInNegatives += o.falsePositivesInNegatives
    }

    var relaxedPrecision: Double { Self.ratio(relaxed, found) }
    var relaxedRecall: Double { Self.ratio(relaxed, gold) }

    static func ratio(_ a: Int, _ b: Int) -> Double { b == 0 ? 1 : Double(a) / Double(b) }
    static func f1(_ p: Double, _ r: Double) -> Double { p + r == 0 ? 0 : 2 * p * r / (p + r) }

    static func sameValue(_ a: DateValue, _ b: DateValue) -> Bool {
        a.when == b.when && a.from == b.from && a.to == b.to && a.notBefore == b.notBefore && a.notAfter == b.notAfter
    }

    /// Scores one sentence, appending a line per error to `errors`.
    static func score(_ s: DevSentence, found: [DateMention], errors: inout [String]) -> Tally {
        var t = Tally()
        t.sentences = 1
        t.gold = s.dates.count
        t.found = found.count
        if s.dates.isEmpty { t.falsePositivesInNegatives = found.count }
        let bytes = Array(s.text.utf8)
        func show(_ m: DateMention) -> String {
            "\"\(String(decoding: bytes[m.range], as: UTF8.self))\" \(describe(m.value))"
        }
        var used = [Bool](repeating: false, count: found.count)
        for g in s.dates {
            guard let k = found.indices.first(where: { !used[$0] && found[$0].range.overlaps(g.range) }) else {
                errors.append(" \(s.line): missed \(show(g))")
                continue
            }
            used[k] = true
            let f = found[k]
            t.relaxed += 1
            if f.range == g.range { t.strict += 1 } else {
                errors.append(" \(s.line): extent \(show(f)), gold \(show(g))")
            }
            if sameValue(f.value, g.value) {
                t.valueRight += 1
                if f.value.certainty == g.value.certainty { t.valueAndCertRight += 1 } else {
                    errors.append(" \(s.line): cert \(show(f)), gold \(show(g))")
                }
            } else {
                errors.append(" \(s.line): value \(show(f)), gold \(show(g))")
            }
        }
        for (k, f) in found.enumerated() where !used[k] {
            errors.append(" \(s.line): false positive \(show(f))")
        }
        return t
    }

    static func describe(_ v: DateValue) -> String {
        [("when", v.when), ("from", v.from), ("to", v.to), ("notBefore", v.notBefore), ("notAfter", v.notAfter),
         ("cert", v.certainty)].compactMap { name, value in value.map { "\(name)=\($0)" } }.joined(separator: " ")
    }

    private static func pct(_ x: Double) -> String { String(format: "%.3f", x) }

    private static func pad(_ s: String, _ n: Int) -> String {
        s.count >= n ? s : s + String(repeating: " ", count: n - s.count)
    }

    private static func lpad(_ s: String, _ n: Int) -> String {
        s.count >= n ? s : String(repeating: " ", count: n - s.count) + s
    }

    static func table(title: String, total: Tally, sections: [(String, Tally)]) -> String {
        var out = "date score: \(title), \(total.sentences) sentences, \(total.gold) gold dates, \(total.found) found\n\n"
        out += pad("", 12) + "     P      R      F1\n"
        let sp = ratio(total.strict, total.found), sr = ratio(total.strict, total.gold)
        let rp = total.relaxedPrecision, rr = total.relaxedRecall
        let vp = ratio(total.valueRight, total.found), vr = ratio(total.valueRight, total.gold)
        out += pad("strict", 12) + "  " + [sp, sr, f1(sp, sr)].map { lpad(pct($0), 5) }.joined(separator: "  ") + "\n"
        out += pad("relaxed", 12) + "  " + [rp, rr, f1(rp, rr)].map { lpad(pct($0), 5) }.joined(separator: "  ") + "\n"
        out += pad("value", 12) + "  " + [vp, vr, f1(vp, vr)].map { lpad(pct($0), 5) }.joined(separator: "  ") + "\n\n"
        out += "value accuracy (of relaxed matches): \(pct(ratio(total.valueRight, total.relaxed)))"
        out += "; with cert: \(pct(ratio(total.valueAndCertRight, total.relaxed)))\n"
        out += "false positives in lines without dates: \(total.falsePositivesInNegatives)\n\n"
        out += pad("section", 52) + " gold found  strict-F1 relaxed-P relaxed-R value-acc\n"
        for (name, t) in sections {
            let sp = ratio(t.strict, t.found), sr = ratio(t.strict, t.gold)
            out += pad(String(name.prefix(52)), 52) + lpad(String(t.gold), 5) + lpad(String(t.found), 6)
            out += lpad(pct(f1(sp, sr)), 11) + lpad(pct(t.relaxedPrecision), 10) + lpad(pct(t.relaxedRecall), 10)
            out += lpad(pct(ratio(t.valueRight, t.relaxed)), 10) + "\n"
        }
        return out
    }
}
