import Testing
import TEI

@Suite("DateRecognizer")
struct DateRecognizerTests {
    // MARK: Sentences of the seed transcript

    @Test func seedYearTowardAndBeyond() {
        let text = "toward 2020 and beyond"
        let mentions = DateRecognizer().mentions(in: text)
        #expect(mentions == [DateMention(range: 7..<11, value: .when("2020"))])
    }

    @Test func seedResolutionsAndCongressAreNotDates() {
        #expect(found("after 5 years implementing Resolution 806-NQ/QUTW of the Central Military Commission and 3 years implementing the Resolution of the 12th National Party Congress?") == [])
    }

    @Test func seedPartnersAreNotDates() {
        #expect(found("Meeting of ASEAN and its 8 partners’ Defense Ministers") == [])
    }

    @Test func seedLevelIsNotADate() {
        #expect(found("deploy a level 2 field hospital") == [])
    }

    @Test func seedOrdinalConferenceIsNotADate() {
        #expect(found("the recent 30th National Diplomacy Conference") == [])
    }

    // MARK: Forms

    @Test func standaloneYears() {
        #expect(found("in 2020") == [when("2020", "2020")])
        #expect(found("In 2019. In 2020, we met; (2021) \"2022\" 2023’s plan, pre-2024") == [
            when("2019", "2019"), when("2020", "2020"), when("2021", "2021"), when("2022", "2022"),
            when("2023", "2023"), when("2024", "2024"),
        ])
    }

    @Test func yearsOnlyFrom1000To2099() {
        #expect(found("999, 1000, 2099, 2100, 0999, 9999") == [when("1000", "1000"), when("2099", "2099")])
    }

    @Test func dayMonthYear() {
        #expect(found("on 3 December 2019 and 03 Dec 2019") == [
            when("3 December 2019", "2019-12-03"), when("03 Dec 2019", "2019-12-03"),
        ])
    }

    @Test func monthDayYear() {
        #expect(found("December 3, 2019; Dec. 3, 2019; December 3rd, 2019; Sept. 30 2020") == [
            when("December 3, 2019", "2019-12-03"), when("Dec. 3, 2019", "2019-12-03"),
            when("December 3rd, 2019", "2019-12-03"), when("Sept. 30 2020", "2020-09-30"),
        ])
    }

    @Test func ordinalOfMonth() {
        #expect(found("3rd of December 2019") == [when("3rd of December 2019", "2019-12-03")])
        #expect(found("on the 3rd of December, 2019, we met") == [when("3rd of December, 2019", "2019-12-03")])
        #expect(found("the 21st of June 2021") == [when("21st of June 2021", "2021-06-21")])
    }

    @Test func isoDates() {
        #expect(found("released 2019-12-03.") == [when("2019-12-03", "2019-12-03")])
        #expect(found("in 2019-05") == [when("2019-05", "2019-05")])
    }

    @Test func weekdayJoinsFullDate() {
        #expect(found("on Tuesday, 3 December 2019") == [when("Tuesday, 3 December 2019", "2019-12-03")])
        #expect(found("Friday December 6, 2019") == [when("Friday December 6, 2019", "2019-12-06")])
    }

    @Test func calendarIsValidated() {
        #expect(found("31 February 2019") == [])
        #expect(found("February 29, 2019") == [])
        #expect(found("April 31, 2020") == [])
        #expect(found("2019-02-30") == [])
        #expect(found("2019-13-01") == [])
        #expect(found("February 29, 2020") == [when("February 29, 2020", "2020-02-29")])
        #expect(found("29 February 2000") == [when("29 February 2000", "2000-02-29")])
        #expect(found("29 February 1900") == [])
    }

    @Test func monthYear() {
        #expect(found("December 2019, Dec 2019, Dec. 2019 and December of 2019") == [
            when("December 2019", "2019-12"), when("Dec 2019", "2019-12"), when("Dec. 2019", "2019-12"),
            when("December of 2019", "2019-12"),
        ])
    }

    @Test func ambiguousMonthNamesNeedACapital() {
        #expect(found("it may 2019") == [when("2019", "2019")])
        #expect(found("in May 2019 and March 2020") == [when("May 2019", "2019-05"), when("March 2020", "2020-03")])
        #expect(found("dec 2019") == [when("2019", "2019")])
        #expect(found("december 2019") == [when("december 2019", "2019-12")])
    }

    @Test func decades() {
        #expect(found("the 1990s and 1990s") == [span("1990s", "1990", "1999"), span("1990s", "1990", "1999")])
        #expect(found("the '90s, the ’80s") == [span("'90s", "1990", "1999"), span("’80s", "1980", "1989")])
        #expect(found("the 2000s and the 2020s") == [span("2000s", "2000", "2009"), span("2020s", "2020", "2029")])
        #expect(found("the 1800s") == [span("1800s", "1800", "1899")])
        #expect(found("1000s of people, 1995s") == [])
    }

    @Test func decadeRanges() {
        #expect(found("the 1980s–1990s and ’80s-’90s") == [
            span("1980s–1990s", "1980", "1999"), span("’80s-’90s", "1980", "1999"),
        ])
    }

    @Test func twoDigitDecadeFollowsDocumentDate() {
        #expect(found("the ’20s") == [span("’20s", "1920", "1929")])
        #expect(found("the ’20s", documentDate: "2024-05-01") == [span("’20s", "2020", "2029")])
        #expect(found("the ’90s", documentDate: "2024") == [span("’90s", "1990", "1999")])
        #expect(found("the ’10s", documentDate: "bad date") == [span("’10s", "2010", "2019")])
    }

    @Test func yearRanges() {
        #expect(found("2016-2020 and 2016–2020") == [span("2016-2020", "2016", "2020"), span("2016–2020", "2016", "2020")])
        #expect(found("from 2016 to 2020, from 2016 until 2020") == [
            span("from 2016 to 2020", "2016", "2020"), span("from 2016 until 2020", "2016", "2020"),
        ])
        #expect(found("between 1998 and 2000") == [span("between 1998 and 2000", "1998", "2000")])
        #expect(found("2016-20 and 2019–20") == [span("2016-20", "2016", "2020"), span("2019–20", "2019", "2020")])
        // a slash joins consecutive years only: a season or school year
        #expect(found("the 2019/20 season, 2019/2020, 2019/21") == [
            span("2019/20", "2019", "2020"), span("2019/2020", "2019", "2020"),
        ])
    }

    @Test func backwardRangeIsTwoYears() {
        #expect(found("from 2020 to 2016") == [when("2020", "2020"), when("2016", "2016")])
    }

    @Test func monthRanges() {
        #expect(found("from May to July 2019") == [span("from May to July 2019", "2019-05", "2019-07")])
        #expect(found("May–July 2019") == [span("May–July 2019", "2019-05", "2019-07")])
        #expect(found("between December 2018 and March 2019") == [
            span("between December 2018 and March 2019", "2018-12", "2019-03"),
        ])
    }

    @Test func dayRanges() {
        #expect(found("3–5 December 2019") == [span("3–5 December 2019", "2019-12-03", "2019-12-05")])
        #expect(found("from 3 to 5 December 2019") == [span("from 3 to 5 December 2019", "2019-12-03", "2019-12-05")])
        #expect(found("from 30 November to 2 December 2019") == [
            span("from 30 November to 2 December 2019", "2019-11-30", "2019-12-02"),
        ])
        #expect(found("from 30 to 31 February 2019") == [])
    }

    @Test func neverWhenTogetherWithRange() {
        let text = "in 2019, from 2016 to 2020, the 1990s, 3 December 2019, May–July 2019, 2016-20"
        let mentions = DateRecognizer().mentions(in: text)
        #expect(mentions.count == 6)
        for mention in mentions {
            let v = mention.value
            #expect((v.when != nil) != (v.from != nil || v.to != nil || v.notBefore != nil || v.notAfter != nil))
        }
    }

    // MARK: Not dates

    @Test func countsAndQuantities() {
        #expect(found("a 5-year plan, 3 years, 8 partners, a 1000-year history, 2020-strong") == [])
        #expect(found("2020 people, 2020 soldiers, 2020 troops, 2020 units, 2020 times, 2020 meters, 2020 km") == [])
        #expect(found("between 2000 and 3000 people, from 1500 to 2500 troops, 1998-2000 soldiers") == [])
        #expect(found("In March, 2020 troops arrived") == [])
        #expect(found("On December 3, 2019 soldiers left") == [when("December 3, 2019", "2019-12-03")])
    }

    @Test func countCues() {
        #expect(found("more than 2000, nearly 2000, almost 1999, approximately 2000, some 2000 came") == [])
    }

    @Test func ordinals() {
        #expect(found("the 12th Congress, the 30th National Diplomacy Conference, the 2020th time") == [])
    }

    @Test func identifiers() {
        #expect(found("Resolution 806-NQ/QUTW, No. 2020, Decree 2019/ND-CP, A2020, 2020/22, # 2020, №2019") == [])
        #expect(found("Article 2019, room 2020, flight 1999, route 2010, resolution 1998, code 2001") == [])
    }

    @Test func lowercaseNoIsNotAnIdentifier() {
        #expect(found("there was no 2020 summit") == [when("2020", "2020")])
    }

    @Test func money() {
        #expect(found("$2020, 2020 dollars, €1999, USD 2000, 2000 USD, £2000, VND 2010") == [])
    }

    @Test func percentages() {
        #expect(found("2020%, 20.5%, 2019 %") == [])
    }

    @Test func times() {
        #expect(found("at 10:30, at 20:20, 2020 hours, 2019:45") == [])
    }

    @Test func pages() {
        #expect(found("page 2020, p. 1999, pp. 1998-2000, p.2001") == [])
    }

    @Test func phoneNumbers() {
        #expect(found("call 555-2020 or 2020-555-0199") == [])
    }

    @Test func scores() {
        #expect(found("won 3-1 and drew 2–2") == [])
    }

    @Test func decimals() {
        #expect(found("2,020 and 2020.5 and 1,2020 and 0.2020") == [])
    }

    @Test func numbersInsideLongerDigitRuns() {
        #expect(found("120201 and 20201 and 1020304") == [])
    }

    @Test func edgesOfTheText() {
        #expect(found("") == [])
        #expect(found("   \n") == [])
        #expect(found("from 2016 to") == [when("2016", "2016")])
        #expect(found("’") == [])
        #expect(found("December") == [])
        #expect(found(String(repeating: "9", count: 300) + " 2019") == [when("2019", "2019")])
    }

    // MARK: Offsets

    @Test func offsetsAreUTF8Bytes() {
        let text = "The café’s plan for 2019"
        // "The " 4 + "café" 5 + "’" 3 + "s plan for " 11 = 23
        #expect(DateRecognizer().mentions(in: text) == [DateMention(range: 23..<27, value: .when("2019"))])
        let text2 = "Ngày 3 December 2019 — résumé"
        // "Ngày " is 6 bytes
        #expect(DateRecognizer().mentions(in: text2) == [DateMention(range: 6..<21, value: .when("2019-12-03"))])
    }

    // MARK: Large input

    @Test func largeInputMatchesPerParagraphResults() {
        let paragraphs = [
            "toward 2020 and beyond, after 5 years implementing Resolution 806-NQ/QUTW and the 12th Congress. ",
            "On 3 December 2019 the café’s 2000 people met from May to July 2020, in the 1990s and 2016–2020. ",
            "See p. 1999; $2020 is 20.5% more; between 1998 and 2000 at 10:30 on Tuesday, 14 January 2020! ",
            "Ngày hôm nay: 3–5 December 2019, Dec. 3, 2019 and 2016-20, the ’90s, 555-2020, 2019-12-03\n",
        ]
        let recognizer = DateRecognizer()
        let expected = paragraphs.map { recognizer.mentions(in: $0) }
        #expect(found(paragraphs[0]) == [when("2020", "2020")])
        #expect(found(paragraphs[1]) == [
            when("3 December 2019", "2019-12-03"), span("from May to July 2020", "2020-05", "2020-07"),
            span("1990s", "1990", "1999"), span("2016–2020", "2016", "2020"),
        ])
        #expect(found(paragraphs[2]) == [
            span("between 1998 and 2000", "1998", "2000"), when("Tuesday, 14 January 2020", "2020-01-14"),
        ])
        #expect(found(paragraphs[3]) == [
            span("3–5 December 2019", "2019-12-03", "2019-12-05"), when("Dec. 3, 2019", "2019-12-03"),
            span("2016-20", "2016", "2020"), span("’90s", "1990", "1999"), when("2019-12-03", "2019-12-03"),
        ])

        var text = ""
        var want: [DateMention] = []
        var offset = 0
        var k = 0
        while offset < 3_000_000 {
            // Vary the filler so the recognizer's token window breaks at many different places.
            let filler = String(repeating: "word ", count: k % 7)
            let index = k % paragraphs.count
            text += filler
            offset += filler.utf8.count
            text += paragraphs[index]
            for m in expected[index] {
                want.append(DateMention(range: m.range.lowerBound + offset ..< m.range.upperBound + offset, value: m.value))
            }
            offset += paragraphs[index].utf8.count
            k += 1
        }
        let got = recognizer.mentions(in: text)
        #expect(got.count == want.count)
        #expect(got == want)
        var previousEnd = 0
        for m in got {
            #expect(m.range.lowerBound >= previousEnd)
            previousEnd = m.range.upperBound
        }
    }
}
