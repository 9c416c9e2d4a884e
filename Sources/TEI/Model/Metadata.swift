/// What is known about a talk and its source. Unknown fields stay `nil` and are left out of the TEI.
public struct Metadata: Sendable, Equatable {
    /// The document's title.
    public var title: String?
    /// When the talk took place, as an ISO date (`2019`, `2019-12`, `2019-12-03`).
    public var date: String?
    /// The main language, as a BCP 47 tag (`en`, `vi`).
    public var language: String?
    /// Where the transcript comes from: a URL or a bibliographic description.
    public var source: String?
    /// Who published the source.
    public var publisher: String?
    /// The name of the file the transcript was read from.
    public var sourceFileName: String?
    /// Credits found in the text (`Interviewed by ...`).
    public var credits: [Credit]

    public init(title: String? = nil, date: String? = nil, language: String? = nil, source: String? = nil,
                publisher: String? = nil, sourceFileName: String? = nil, credits: [Credit] = []) {
        self.title = title
        self.date = date
        self.language = language
        self.source = source
        self.publisher = publisher
        self.sourceFileName = sourceFileName
        self.credits = credits
    }

    /// Fills every field that is `nil` here from `other`; fields set here win.
    public func filling(from other: Metadata) -> Metadata {
        var merged = self
        merged.title = title ?? other.title
        merged.date = date ?? other.date
        merged.language = language ?? other.language
        merged.source = source ?? other.source
        merged.publisher = publisher ?? other.publisher
        merged.sourceFileName = sourceFileName ?? other.sourceFileName
        if credits.isEmpty { merged.credits = other.credits }
        return merged
    }
}
