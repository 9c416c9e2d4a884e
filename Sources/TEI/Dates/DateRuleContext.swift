/// What the rules know about the document as a whole, and how the recognizer was set up.
struct DateRuleContext: Sendable {
    /// The date of the talk, when it was given and well formed.
    var documentDate: PartialDate?
    /// The day of the talk, when the document date is a full date.
    var documentDay: CalendarDay?
    /// How numeric dates such as "5/12/2019" are read.
    var numericOrder: DateRecognizer.NumericOrder

    /// Reads `documentDate` as `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; anything else is ignored.
    init(documentDate: String?, numericOrder: DateRecognizer.NumericOrder = .monthFirst) {
        self.documentDate = documentDate.flatMap(Self.parseISO)
        self.documentDay = self.documentDate.flatMap { CalendarDay($0) }
        self.numericOrder = numericOrder
    }

    /// The document's month as a month count (``PartialDate/monthIndex``), when known.
    var documentMonthIndex: Int? { documentDate?.month == nil ? nil : documentDate?.monthIndex }

    private static func parseISO(_ text: String) -> PartialDate? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        let lengths = [4, 2, 2]
        guard (1...3).contains(parts.count) else { return nil }
        var fields: [Int] = []
        for (part, length) in zip(parts, lengths) {
            guard part.utf8.count == length, part.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }),
                  let n = Int(part) else { return nil }
            fields.append(n)
        }
        let date = PartialDate(year: fields[0], month: fields.count > 1 ? fields[1] : nil,
                               day: fields.count > 2 ? fields[2] : nil)
        return date.isValid ? date : nil
    }
}
