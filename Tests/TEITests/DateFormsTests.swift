import Testing
import TEI

/// Absolute date forms: what they cover and what they mean.
@Suite("Date forms")
struct DateFormsTests {
    // MARK: Days

    @Test func dayMonthYearBothOrders() {
        #expect(found("on 3 December 2019, December 3, 2019 and December 3 2019") == [
            when("3 December 2019", "2019-12-03"), when("December 3, 2019", "2019-12-03"),
            when("December 3 2019", "2019-12-03"),
        ])
    }

    @Test func abbreviationsWithAndWithoutPeriods() {
        #expect(found("Dec. 3, 2019; Dec 3, 2019; 3 Dec. 2019; 3 Dec 2019; Sept. 30, 2020; Sep 30 2020") == [
            when("Dec. 3, 2019", "2019-12-03"), when("Dec 3, 2019", "2019-12-03"), when("3 Dec. 2019", "2019-12-03"),
            when("3 Dec 2019", "2019-12-03"), when("Sept. 30, 2020", "2020-09-30"), when("Sep 30 2020", "2020-09-30"),
        ])
    }

    @Test func ordinals() {
        #expect(found("on the 3rd of December 2019, December 3rd, 2019, the 1st of May 1990") == [
            when("3rd of December 2019", "2019-12-03"), when("December 3rd, 2019", "2019-12-03"),
            when("1st of May 1990", "1990-05-01"),
        ])
        #expect(found("We married on the second of October, 1965.") == [
            when("second of October, 1965", "1965-10-02"),
        ])
        #expect(found("the twenty-first of June 1941") == [when("twenty-first of June 1941", "1941-06-21")])
    }

    @Test func weekdayJoinsTheDate() {
        #expect(found("on Wednesday, Jan. 6, 2021, and Mon., March 2, 2020") == [
            when("Wednesday, Jan. 6, 2021", "2021-01-06"), when("Mon., March 2, 2020", "2020-03-02"),
        ])
        // an abbreviation needs its period and capital: "sat" is a verb, "Sun" a star
        #expect(found("He sat 3 December 2019") == [when("3 December 2019", "2019-12-03")])
    }

    @Test func isoAndYearFirstSlashes() {
        #expect(found("2019-12-03, 2019-12, 2020/11/05") == [
            when("2019-12-03", "2019-12-03"), when("2019-12", "2019-12"), when("2020/11/05", "2020-11-05"),
        ])
        #expect(found("2010/31/EU, 2016/679") == [])
    }

    // MARK: Numeric dates

    @Test func numericDatesAreMonthFirstByDefault() {
        #expect(found("due 5/12/2019 and 07/21/2020") == [
            when("5/12/2019", "2019-05-12"), when("07/21/2020", "2020-07-21"),
        ])
    }

    @Test func numericDatesCanBeDayFirst() {
        #expect(found("due 5/12/2019 and 21/07/2020", order: .dayFirst) == [
            when("5/12/2019", "2019-12-05"), when("21/07/2020", "2020-07-21"),
        ])
    }

    @Test func aFirstNumberAbove12IsTheDay() {
        #expect(found("on 31/12/2019") == [when("31/12/2019", "2019-12-31")])
        #expect(found("on 12/31/2019", order: .dayFirst) == [when("12/31/2019", "2019-12-31")])
    }

    @Test func numericSeparators() {
        #expect(found("5-12-2019, 5.12.2019, 8/8/2008", order: .dayFirst) == [
            when("5-12-2019", "2019-12-05"), when("5.12.2019", "2019-12-05"), when("8/8/2008", "2008-08-08"),
        ])
    }

    @Test func twoDigitYearsOnlyWithSlashes() {
        #expect(found("on 3/4/19") == [when("3/4/19", "2019-03-04")])
        #expect(found("on 3/4/19", documentDate: "1990-01-01") == [when("3/4/19", "1919-03-04")])
        #expect(found("3-4-19, 3.4.19, 24/7, 3/4, 1/2/3, 10.12.20.1, 1/2/2019/5") == [])
    }

    @Test func impossibleNumericDatesAreVetoed() {
        #expect(found("13/13/2019, 2/30/2019, 31/31/2020") == [])
    }

    // MARK: Months and years

    @Test func monthYear() {
        #expect(found("December 2019, Dec. 2019, December of 2019, December, 2019") == [
            when("December 2019", "2019-12"), when("Dec. 2019", "2019-12"), when("December of 2019", "2019-12"),
            when("December, 2019", "2019-12"),
        ])
    }

    @Test func apostropheYears() {
        #expect(found("in '79, since ’45, December '76, the class of '68") == [
            when("'79", "1979"), when("’45", "1945"), when("December '76", "1976-12"), when("'68", "1968"),
        ])
        #expect(found("He said '79' was good; the '90s") == [span("'90s", "1990", "1999")])
    }

    @Test func yearsWithContext() {
        #expect(found("In 2014 the group seized Mosul; the 2008 crisis; by 2050; since 1986") == [
            when("2014", "2014"), when("2008", "2008"), when("2050", "2050"), when("1986", "1986"),
        ])
        #expect(found("2020 was hard and 2019 saw growth; the company's 2021 annual report") == [
            when("2020", "2020"), when("2019", "2019"), when("2021", "2021"),
        ])
    }

    // MARK: Seasons, quarters, halves

    @Test func seasons() {
        #expect(found("summer 2019, the summer of 2019, spring 2021, autumn 2024, fall 2020") == [
            span("summer 2019", "2019-06", "2019-08", cert: "medium"),
            span("summer of 2019", "2019-06", "2019-08", cert: "medium"),
            span("spring 2021", "2021-03", "2021-05", cert: "medium"),
            span("autumn 2024", "2024-09", "2024-11", cert: "medium"),
            span("fall 2020", "2020-09", "2020-11", cert: "medium"),
        ])
    }

    @Test func winterRunsIntoTheNextYear() {
        #expect(found("winter 1944, the winter of 1962-63, winter 2018/19") == [
            span("winter 1944", "1944-12", "1945-02", cert: "medium"),
            span("winter of 1962-63", "1962-12", "1963-02", cert: "medium"),
            span("winter 2018/19", "2018-12", "2019-02", cert: "medium"),
        ])
    }

    @Test func quartersAndHalves() {
        #expect(found("the first quarter of 2020, Q1 2020, Q3 of 2023, the fourth quarter of 2008") == [
            span("first quarter of 2020", "2020-01", "2020-03"), span("Q1 2020", "2020-01", "2020-03"),
            span("Q3 of 2023", "2023-07", "2023-09"), span("fourth quarter of 2008", "2008-10", "2008-12"),
        ])
        #expect(found("the first half of 2018, the second half of 2021, H1 2019, the 3rd quarter of 2017") == [
            span("first half of 2018", "2018-01", "2018-06"), span("second half of 2021", "2021-07", "2021-12"),
            span("H1 2019", "2019-01", "2019-06"), span("3rd quarter of 2017", "2017-07", "2017-09"),
        ])
        #expect(found("Q5 2020, the fifth quarter of 2020, the third half of 2020, H1N1") == [
            when("2020", "2020"), when("2020", "2020"), when("2020", "2020"),
        ])
    }

    @Test func quarterOfThisYear() {
        #expect(found("the second quarter of this year", documentDate: "2019-12-03") == [
            span("second quarter of this year", "2019-04", "2019-06"),
        ])
        #expect(found("the second quarter of this year") == [])
    }

    // MARK: Decades and centuries

    @Test func decadeWordsNeedThe() {
        #expect(found("In the sixties, in the Seventies and the early fifties") == [
            span("sixties", "1960", "1969"), span("Seventies", "1970", "1979"),
            span("early fifties", "1950", "1953", cert: "medium"),
        ])
        #expect(found("She is in her sixties; they are in their early forties.") == [])
        #expect(found("the twenties", documentDate: "2024") == [span("twenties", "2020", "2029")])
    }

    @Test func centuries() {
        #expect(found("the 19th century, the nineteenth century, the twenty-first century, 12th-century") == [
            span("19th century", "1800", "1899"), span("nineteenth century", "1800", "1899"),
            span("twenty-first century", "2000", "2099"), span("12th-century", "1100", "1199"),
        ])
        #expect(found("the 5th century") == [span("5th century", "0400", "0499")])
        #expect(found("the 22nd century, 21st Century Fox, the 12th Congress") == [])
    }

    @Test func earlyMidLate() {
        #expect(found("the early 1990s, the mid-1990s, the late 1990s") == [
            span("early 1990s", "1990", "1993", cert: "medium"), span("mid-1990s", "1994", "1996", cert: "medium"),
            span("late 1990s", "1997", "1999", cert: "medium"),
        ])
        #expect(found("early 2022, mid-2020, late 2019") == [
            span("early 2022", "2022-01", "2022-04", cert: "medium"), span("mid-2020", "2020-05", "2020-08", cert: "medium"),
            span("late 2019", "2019-09", "2019-12", cert: "medium"),
        ])
        #expect(found("early September 2018, mid-August 2017, late February 2020") == [
            span("early September 2018", "2018-09-01", "2018-09-10", cert: "medium"),
            span("mid-August 2017", "2017-08-11", "2017-08-20", cert: "medium"),
            span("late February 2020", "2020-02-21", "2020-02-29", cert: "medium"),
        ])
        #expect(found("the late 19th century, the early twentieth century, the late 1800s") == [
            span("late 19th century", "1867", "1899", cert: "medium"),
            span("early twentieth century", "1900", "1933", cert: "medium"),
            span("late 1800s", "1867", "1899", cert: "medium"),
        ])
    }

    @Test func earlyAndLateDoNotNarrowDays() {
        #expect(found("late 3 December 2019 and early 2016-2020") == [
            when("3 December 2019", "2019-12-03"), span("2016-2020", "2016", "2020"),
        ])
    }

    @Test func circa() {
        #expect(found("built circa 1910, dated c. 1450, ca. 1600") == [
            when("circa 1910", "1910", cert: "medium"), when("c. 1450", "1450", cert: "medium"),
            when("ca. 1600", "1600", cert: "medium"),
        ])
    }

    // MARK: Holidays

    @Test func holidays() {
        #expect(found("Christmas Eve 1972, Christmas Day 2019, Christmas 1914, Valentine's Day 1994, New Year’s Day 2000") == [
            when("Christmas Eve 1972", "1972-12-24"), when("Christmas Day 2019", "2019-12-25"),
            when("Christmas 1914", "1914-12-25"), when("Valentine's Day 1994", "1994-02-14"),
            when("New Year’s Day 2000", "2000-01-01"),
        ])
        #expect(found("the Christmas tree, New Year's Eve, Halloween") == [])
        #expect(found("on New Year's Eve the deal was reached", documentDate: "2024-01-10") == [
            when("New Year's Eve", "2023-12-31", cert: "high"),
        ])
    }

    // MARK: Ranges

    @Test func yearRanges() {
        #expect(found("2016-2020, 2016–2020, 2016-20, from 2016 to 2020, from 1998 through 2000, between 1998 and 2000") == [
            span("2016-2020", "2016", "2020"), span("2016–2020", "2016", "2020"), span("2016-20", "2016", "2020"),
            span("from 2016 to 2020", "2016", "2020"), span("from 1998 through 2000", "1998", "2000"),
            span("between 1998 and 2000", "1998", "2000"),
        ])
    }

    @Test func monthAndDayRanges() {
        #expect(found("from May to July 2019, July 5-7, 2019, 12 April – 30 September 2022") == [
            span("from May to July 2019", "2019-05", "2019-07"), span("July 5-7, 2019", "2019-07-05", "2019-07-07"),
            span("12 April – 30 September 2022", "2022-04-12", "2022-09-30"),
        ])
    }

    @Test func rangeOverNewYear() {
        #expect(found("shut from December 24 through January 2, 2021") == [
            span("from December 24 through January 2, 2021", "2020-12-24", "2021-01-02"),
        ])
    }

    @Test func decadeAndCenturyRanges() {
        #expect(found("From the 1950s to the 1970s, between the 18th century and the 19th century") == [
            span("From the 1950s to the 1970s", "1950", "1979"),
            span("between the 18th century and the 19th century", "1700", "1899"),
        ])
    }

    @Test func aChangeIsNoRange() {
        #expect(found("The deadline was pushed back from March 29, 2019 to October 31, 2019.") == [
            when("March 29, 2019", "2019-03-29"), when("October 31, 2019", "2019-10-31"),
        ])
        #expect(found("The vote was moved from 2019 to 2020.") == [when("2019", "2019"), when("2020", "2020")])
    }

    @Test func rangesWithoutFromAreTwoDates() {
        #expect(found("The data cover 1 Jan. 2010 to 31 Dec. 2019.") == [
            when("1 Jan. 2010", "2010-01-01"), when("31 Dec. 2019", "2019-12-31"),
        ])
    }

    // MARK: Extents and values

    @Test func theExtentCoversTheWholeExpression() {
        #expect(found("on 3 December 2019") == [when("3 December 2019", "2019-12-03")])
        #expect(found("on Tuesday, 3 December 2019,") == [when("Tuesday, 3 December 2019", "2019-12-03")])
    }

    @Test(arguments: [nil, "2019-12-03", "2020-03", "1998"])
    func everyValueIsValidAndNeverWhenWithARange(_ documentDate: String?) throws {
        let url = TestPaths.fixtures.appendingPathComponent("dates/dev.txt")
        let set = try DevSet(text: String(decoding: try TestPaths.bytes(url), as: UTF8.self))
        var count = 0
        for order in [DateRecognizer.NumericOrder.monthFirst, .dayFirst] {
            let recognizer = DateRecognizer(documentDate: documentDate, numericOrder: order)
            for sentence in set.sentences {
                for mention in recognizer.mentions(in: sentence.text) {
                    count += 1
                    let v = mention.value
                    let range = [v.from, v.to, v.notBefore, v.notAfter].compactMap { $0 }
                    #expect((v.when != nil) != !range.isEmpty, "\(sentence.text)")
                    for value in range + [v.when].compactMap({ $0 }) {
                        #expect(ISODate.isValid(value), "\(sentence.text): \(value)")
                    }
                    if let from = v.from, let to = v.to { #expect(from <= to, "\(sentence.text)") }
                    #expect(v.certainty == nil || ["high", "medium", "low"].contains(v.certainty!))
                    #expect(mention.range.lowerBound < mention.range.upperBound)
                }
            }
        }
        #expect(count > 400)
    }
}
