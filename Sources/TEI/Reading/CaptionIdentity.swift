import Foundation

/// The person a caption names behind a speaker label:
/// `Senior Lieutenant General Nguyen Chi Vinh, Deputy Defense Minister grants an interview ...`
/// names `Nguyen Chi Vinh`, ranked `Senior Lieutenant General`, behind the label `Deputy Defense Minister`.
struct CaptionIdentity: Equatable {
    var name: String
    var rank: String?

    /// The person that `caption` names as `Name, Label` or `Label Name`, if any.
    init?(caption: Substring, label: String) {
        if let range = caption.range(of: ", " + label), let identity = Self.named(String(caption[..<range.lowerBound]), lastClause: true) {
            self = identity
            return
        }
        if let range = caption.range(of: label + " "), let identity = Self.named(String(caption[range.upperBound...]), lastClause: false) {
            self = identity
            return
        }
        return nil
    }

    /// Splits `Senior Lieutenant General Nguyen Chi Vinh` into a rank and a name of two to five words.
    private static func named(_ text: String, lastClause: Bool) -> CaptionIdentity? {
        let clause = lastClause ? (text.split(separator: ",").last.map(String.init) ?? text) : text
        var words = clause.split(separator: " ").map(String.init)
        if !lastClause {
            let nameLength = words.prefix { $0.first?.isUppercase == true }.count
            words = Array(words.prefix(nameLength))
        }
        let rankLength = words.prefix { PersonTitles.contains($0[...]) }.count
        let nameWords = words.dropFirst(rankLength)
        guard (2...5).contains(nameWords.count),
              nameWords.allSatisfy({ $0.first?.isUppercase == true && $0.allSatisfy { $0.isLetter || "-'’.".contains($0) } })
        else { return nil }
        return CaptionIdentity(name: nameWords.joined(separator: " "),
                               rank: rankLength > 0 ? words.prefix(rankLength).joined(separator: " ") : nil)
    }

    private init(name: String, rank: String?) {
        self.name = name
        self.rank = rank
    }
}
