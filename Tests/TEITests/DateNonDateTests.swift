import Testing
import TEI

/// Numbers and words that look like dates and are not, one class at a time; most with a document
/// date too, so that relative readings get their chance to go wrong.
@Suite("Not dates")
struct DateNonDateTests {
    let doc = "2019-12-03"

    @Test func counts() {
        for date in [nil, doc] {
            #expect(found("Police said 1500 protesters gathered; we planted 2000 trees; 1200 migrants arrived.",
                          documentDate: date) == [])
            #expect(found("A crowd of 2000 waited. A total of 1750 ballots. 1500 of its soldiers. 1999 votes out of 2000.",
                          documentDate: date) == [])
            #expect(found("The school takes 1600 to 1800 new pupils; turnout ranged between 1100 and 1300 voters.",
                          documentDate: date) == [])
            #expect(found("Only 1050 voters; another 1200 migrants; some 1800 families; more than 2,000 people.",
                          documentDate: date) == [])
        }
    }

    @Test func countsBesideRealDates() {
        // a year before a plural noun stays a date after "in", "since"…, and after "the" unless round
        #expect(found("In 2019 elections were held; since 2010 prices rose; the 2019 elections; the 2000 respondents") == [
            when("2019", "2019"), when("2010", "2010"), when("2019", "2019"),
        ])
        #expect(found("The 2008 crisis left scars; its 2021 results; the company's 2019 profits") == [
            when("2008", "2008"), when("2021", "2021"), when("2019", "2019"),
        ])
        #expect(found("the 1998-2000 figures; the 1500-2000 protesters") == [span("1998-2000", "1998", "2000")])
    }

    @Test func quantities() {
        #expect(found("1,800 metres, 1200 km, 2000 feet, 1500 mg, 1800 horsepower, 1900 kg, 1500m") == [])
    }

    @Test func money() {
        #expect(found("$2,019, £1,999, 2000 dollars, USD 1,850 million, €1,500, 2000 dong, $19.99") == [])
    }

    @Test func times() {
        #expect(found("at 10:30, from 2200 hours to 0600 hours, at 1945 hours, 11:30 GMT, in 2:05:41", documentDate: doc) == [])
    }

    @Test func percentagesAndDecimals() {
        #expect(found("61.5 percent, 64%, 20.19 percent, 2019.5 percent, 1,019.5 points, 23,190 dong") == [])
    }

    @Test func ages() {
        for date in [nil, doc] {
            #expect(found("He is 45. The victim, aged 19. The 45-year-old. In her sixties. In their 20s. At 17 I left.",
                          documentDate: date) == [])
            #expect(found("Men in their 80s; they are in their early forties; a girl of twelve", documentDate: date) == [])
        }
    }

    @Test func ordinalsOfEvents() {
        #expect(found("the 12th Congress, the 19th Party Congress, the 101st Airborne, the 21st Amendment, the 2nd Battalion",
                      documentDate: doc) == [])
        #expect(found("the 44th president, the 75th session, the 14th Dalai Lama, she was ranked 1st", documentDate: doc) == [])
    }

    @Test func identifiers() {
        #expect(found("Resolution 806-NQ/QUTW, Security Council Resolution 1325, Decree 15/2018/ND-CP, Form 1040") == [])
        #expect(found("ISO 9001, Route 66, Interstate 95, Room 1204, Station 1900, Circular No. 2019, PO Box 1850") == [])
        #expect(found("Order 2019-00452, case 2018-CV-1123, SKU 2020-B, Directive 2010/31/EU, (EU) 2016/679") == [])
        #expect(found("the 2019-nCoV virus, COVID-19, Flight VN1999, the IMO number 9321483, XR-2020") == [])
    }

    @Test func pages() {
        #expect(found("on page 1203, pp. 1045-1050, p. 1701, page 1066, 1,400 pages") == [])
    }

    @Test func scores() {
        #expect(found("won 3-1, 52-48, ruled 5-4, drew 2–2, 112-104, 311 to 293, a 4-4-2 formation", documentDate: doc) == [])
    }

    @Test func phoneNumbers() {
        #expect(found("Call 555-2020, (024) 3825 1999, +84 28 3829 2010, the hotline on 1900 1234, 020 7946 0999") == [])
    }

    @Test func addresses() {
        #expect(found("1600 Pennsylvania Avenue, 1999 Broadway, 2010 Maple Street, 1750 K Street NW, 1200 Oak St") == [])
    }

    @Test func fractionsRatiosVersions() {
        #expect(found("open 24/7, 3/4 of the seats, a 1:1000 map, version 2.1, iOS 13.2, 10.12.20.1", documentDate: doc) == [])
    }

    @Test func mayMarchAndOtherWords() {
        #expect(found("May I ask? It may rain. Theresa May said. They will march. Forward, march! An august body.",
                      documentDate: doc) == [])
        #expect(found("A second time. A second reading. The second half. In the first quarter the Lakers led.") == [])
        #expect(found("Three quarters of the budget; first of all; a second of your time", documentDate: doc) == [])
    }

    @Test func weekdaysAndSeasonsInNames() {
        #expect(found("The Sunday Times; the Good Friday Agreement; Robinson Crusoe's Friday; her Sunday best",
                      documentDate: doc) == [])
        #expect(found("a hot spring; prices could fall; spring rolls; the summer palace; the Christmas tree",
                      documentDate: doc) == [])
    }

    @Test func durationsSetsAndVagueReferences() {
        #expect(found("""
            The war lasted three years. For two decades he ruled. Within three weeks it spread. We meet once a month. \
            Day after day. At last. The next day. He sat next to me. The last time. Two days later. The following year. \
            In recent years. Nowadays. The coming months. The five-year plan. A decade-long war. This year-long study. \
            Years ago this was farmland. One day I will go back. A 1,000-year-old tree.
            """, documentDate: doc) == [])
    }
}
