import Testing
import TEI

/// Relative and year-less dates, read against the document date, and without one.
///
/// 2019-12-03 is a Tuesday; its week runs from Monday 2 to Sunday 8 December.
@Suite("Relative dates")
struct DateRelativeTests {
    let doc = "2019-12-03"

    // MARK: Without a document date, nothing

    @Test func withoutADocumentDateRelativeDatesGiveNothing() {
        let text = """
            Yesterday, today and tomorrow; last Thursday and next Friday; on Monday; last week, this month, \
            next year; two years ago; in three weeks the plan will be ready; the day before yesterday; \
            this morning; last night; on 3 December; in March; December 20; last summer; the first quarter; \
            from May to July; 3–5 December; New Year's Eve; Tuesday, December 3
            """
        #expect(found(text) == [])
    }

    @Test func aBadDocumentDateIsNoDocumentDate() {
        #expect(found("yesterday", documentDate: "3 December 2019") == [])
        #expect(found("yesterday", documentDate: "2019-02-30") == [])
    }

    // MARK: Days

    @Test func yesterdayTodayTomorrow() {
        #expect(found("Yesterday, today and tomorrow", documentDate: doc) == [
            when("Yesterday", "2019-12-02"), when("today", "2019-12-03"), when("tomorrow", "2019-12-04"),
        ])
        #expect(found("tonight, this morning, yesterday afternoon, tomorrow morning, last night", documentDate: doc) == [
            when("tonight", "2019-12-03"), when("this morning", "2019-12-03"),
            when("yesterday afternoon", "2019-12-02"), when("tomorrow morning", "2019-12-04"),
            when("last night", "2019-12-02"),
        ])
    }

    @Test func dayBeforeYesterdayAndAfterTomorrow() {
        #expect(found("the day before yesterday and the day after tomorrow", documentDate: doc) == [
            when("day before yesterday", "2019-12-01"), when("day after tomorrow", "2019-12-05"),
        ])
    }

    @Test func todayWithACoarseDocumentDate() {
        #expect(found("today", documentDate: "2019-12") == [when("today", "2019-12")])
        #expect(found("yesterday", documentDate: "2019-12") == [])
    }

    @Test func lastAndNextWeekday() {
        #expect(found("last Thursday, next Friday, this Thursday, last Tuesday, next Tuesday", documentDate: doc) == [
            when("last Thursday", "2019-11-28"), when("next Friday", "2019-12-06"),
            when("this Thursday", "2019-12-05"), when("last Tuesday", "2019-11-26"),
            when("next Tuesday", "2019-12-10"),
        ])
    }

    @Test func bareWeekdayFollowsTheTense() {
        #expect(found("Police arrested two men on Monday.", documentDate: doc) == [
            when("Monday", "2019-12-02", cert: "high"),
        ])
        #expect(found("The president said Friday that he would stay.", documentDate: doc) == [
            when("Friday", "2019-11-29", cert: "high"),
        ])
        #expect(found("The board will meet on Friday.", documentDate: doc) == [
            when("Friday", "2019-12-06", cert: "high"),
        ])
        #expect(found("The board will meet on Tuesday.", documentDate: doc) == [
            when("Tuesday", "2019-12-10", cert: "high"),
        ])
        #expect(found("The board met on Tuesday.", documentDate: doc) == [
            when("Tuesday", "2019-12-03", cert: "high"),
        ])
        // no tense: the nearest
        #expect(found("The trial resumes Thursday.", documentDate: doc) == [
            when("Thursday", "2019-12-05", cert: "high"),
        ])
        #expect(found("The storm is expected on Thursday night.", documentDate: doc) == [
            when("Thursday night", "2019-12-05", cert: "high"),
        ])
    }

    @Test func bareWeekdayNeedsACue() {
        #expect(found("The Sunday Times, Good Friday, every Monday, Black Monday, Friday Night Lights, Mr Wednesday",
                      documentDate: doc) == [])
    }

    @Test func countsOfDays() {
        #expect(found("three days ago, 2 days ago, in 10 days, a day ago", documentDate: doc) == [
            when("three days ago", "2019-11-30"), when("2 days ago", "2019-12-01"), when("a day ago", "2019-12-02"),
        ])
        #expect(found("The results will come in 10 days.", documentDate: doc) == [when("in 10 days", "2019-12-13")])
        #expect(found("It happened 100 days ago.", documentDate: "2020-03-10") == [when("100 days ago", "2019-12-01")])
    }

    // MARK: Weeks, months, years

    @Test func weeksRunMondayToSunday() {
        #expect(found("last week, this week, next week, last weekend", documentDate: doc) == [
            span("last week", "2019-11-25", "2019-12-01"), span("this week", "2019-12-02", "2019-12-08"),
            span("next week", "2019-12-09", "2019-12-15"), span("last weekend", "2019-11-30", "2019-12-01"),
        ])
        #expect(found("last week", documentDate: "2019-12") == [])
    }

    @Test func countsOfWeeksAreApproximate() {
        #expect(found("The strike began two weeks ago.", documentDate: doc) == [
            when("two weeks ago", "2019-11-19", cert: "medium"),
        ])
        #expect(found("The council will decide in three weeks.", documentDate: doc) == [
            when("in three weeks", "2019-12-24", cert: "medium"),
        ])
    }

    @Test func monthsAndYears() {
        #expect(found("last month, this month, next month, last year, this year, next year", documentDate: doc) == [
            when("last month", "2019-11"), when("this month", "2019-12"), when("next month", "2020-01"),
            when("last year", "2018"), when("this year", "2019"), when("next year", "2020"),
        ])
        #expect(found("two years ago, a month ago, six months ago, twenty-five years ago, a decade ago", documentDate: doc) == [
            when("two years ago", "2017"), when("a month ago", "2019-11"), when("six months ago", "2019-06"),
            when("twenty-five years ago", "1994"), when("a decade ago", "2009", cert: "medium"),
        ])
        #expect(found("two years from now", documentDate: doc) == [when("two years from now", "2021")])
        #expect(found("last year", documentDate: "2017") == [when("last year", "2016")])
        #expect(found("last month", documentDate: "2017") == [])
    }

    @Test func inACountNeedsTheFuture() {
        #expect(found("In two years, the line will be finished.", documentDate: doc) == [
            when("In two years", "2021"),
        ])
        #expect(found("in two years' time, in a year's time", documentDate: doc) == [
            when("in two years' time", "2021"), when("in a year's time", "2020"),
        ])
        #expect(found("Sales doubled in two years. He finished in three weeks.", documentDate: doc) == [])
    }

    @Test func theLastWeekIsASpanOfTime() {
        #expect(found("The last three years, the last week, over the next year, the past decade", documentDate: doc) == [])
    }

    @Test func quarters() {
        #expect(found("last quarter, this quarter, next quarter", documentDate: doc) == [
            span("last quarter", "2019-07", "2019-09"), span("this quarter", "2019-10", "2019-12"),
            span("next quarter", "2020-01", "2020-03"),
        ])
        #expect(found("this quarter of a century, in this quarter of the town", documentDate: doc) == [])
        #expect(found("Sales were strong in the fourth quarter.", documentDate: "2020-03-18") == [
            span("fourth quarter", "2019-10", "2019-12", cert: "high"),
        ])
    }

    @Test func monthNames() {
        #expect(found("last December, next March, this May, last March", documentDate: doc) == [
            when("last December", "2018-12"), when("next March", "2020-03"), when("this May", "2019-05"),
            when("last March", "2019-03"),
        ])
    }

    @Test func seasons() {
        #expect(found("last summer, this winter, next spring", documentDate: doc) == [
            span("last summer", "2019-06", "2019-08", cert: "medium"),
            span("this winter", "2019-12", "2020-02", cert: "medium"),
            span("next spring", "2020-03", "2020-05", cert: "medium"),
        ])
        #expect(found("last summer", documentDate: "1998-01-08") == [
            span("last summer", "1997-06", "1997-08", cert: "medium"),
        ])
        #expect(found("The elections will be held in the spring.", documentDate: doc) == [
            span("spring", "2020-03", "2020-05", cert: "medium"),
        ])
        #expect(found("The policy was changed in the spring.", documentDate: doc) == [
            span("spring", "2019-03", "2019-05", cert: "medium"),
        ])
        #expect(found("Every spring the storks return; a hot spring; leaves fall in autumn", documentDate: doc) == [])
        #expect(found("in the summer time, during the winter months", documentDate: doc) == [])
    }

    // MARK: Year-less dates

    @Test func yearLessDatesTakeTheDocumentYear() {
        #expect(found("The flood hit on 12 November.", documentDate: doc) == [
            when("12 November", "2019-11-12", cert: "high"),
        ])
        #expect(found("The terminal will open on December 20.", documentDate: doc) == [
            when("December 20", "2019-12-20", cert: "high"),
        ])
        #expect(found("The flood struck on 23 August.", documentDate: "2017") == [
            when("23 August", "2017-08-23", cert: "high"),
        ])
    }

    @Test func yearLessDatesFollowTheTense() {
        #expect(found("The outbreak began in December in Wuhan.", documentDate: "2020-03-18") == [
            when("December", "2019-12", cert: "high"),
        ])
        #expect(found("The deal will be signed in January.", documentDate: doc) == [
            when("January", "2020-01", cert: "high"),
        ])
        #expect(found("The package was agreed on December 3.", documentDate: "1998-01-08") == [
            when("December 3", "1997-12-03", cert: "high"),
        ])
        #expect(found("She is leaving the House in September.", documentDate: "2022-07-21") == [
            when("September", "2022-09", cert: "high"),
        ])
        #expect(found("The border is closed until March.", documentDate: "2022-07-21") == [
            when("March", "2023-03", cert: "high"),
        ])
        // no tense: the nearest
        #expect(found("Voting ends on March 5.", documentDate: "2023-02-27") == [
            when("March 5", "2023-03-05", cert: "high"),
        ])
    }

    @Test func bareMonthsNeedACue() {
        #expect(found("It rained in March, since June, by April, until May, in early August.", documentDate: doc) == [
            when("March", "2019-03", cert: "high"), when("June", "2019-06", cert: "high"),
            when("April", "2019-04", cert: "high"), when("May", "2019-05", cert: "high"),
            span("early August", "2019-08-01", "2019-08-10", cert: "medium"),
        ])
        #expect(found("June Carter sang. May I ask? Theresa May spoke. The March on Washington.", documentDate: doc) == [])
    }

    @Test func weekdayChecksTheYear() {
        // 3 December was a Tuesday in 2019, a Monday in 2018
        #expect(found("on Tuesday, December 3", documentDate: "2019-06-01") == [
            when("Tuesday, December 3", "2019-12-03"),
        ])
        #expect(found("on Monday, December 3", documentDate: "2019-06-01") == [
            when("Monday, December 3", "2018-12-03"),
        ])
    }

    @Test func yearLessRanges() {
        #expect(found("The meeting runs from 3 to 5 December.", documentDate: doc) == [
            span("from 3 to 5 December", "2019-12-03", "2019-12-05", cert: "high"),
        ])
        #expect(found("It is open 3–5 December and from May to July.", documentDate: doc) == [
            span("3–5 December", "2019-12-03", "2019-12-05", cert: "high"),
            span("from May to July", "2019-05", "2019-07", cert: "high"),
        ])
    }

    @Test func twoDigitDecadesAndYearsFollowTheDocument() {
        #expect(found("the '20s and '25", documentDate: "2024-05-01") == [
            span("'20s", "2020", "2029"), when("'25", "2025"),
        ])
        #expect(found("in '25", documentDate: "2024-05-01") == [when("'25", "2025")])
        #expect(found("in '25", documentDate: "2010") == [when("'25", "1925")])
    }

    @Test func namesAreNotDays() {
        #expect(found("She reads USA Today. The Tonight Show.", documentDate: doc) == [])
        #expect(found("Today's meeting", documentDate: doc) == [when("Today", "2019-12-03")])
    }
}
