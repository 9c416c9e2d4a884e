/// A person known across the texts of a corpus: one `person` in the corpus header, to which each
/// text's participant points with `@corresp`.
///
/// Participants are the same person when they have the same personal name: the label or the name a
/// caption or speaker map gives, without titles and roles (`Senator Anna Berg` and `Anna Berg`), of
/// at least two words, folded to an identifier. Roles alone (`Reporter`, `Q`), surnames alone
/// (`COOPER`), unidentified speakers and groups stay with their own text: nothing says that two
/// reporters are one. So do names without a Latin letter or digit, which fold to no identifier.
public struct CorpusPerson: Sendable, Equatable {
    /// The identifier in the corpus: `person.anna-berg`.
    public var id: String
    /// The fullest form of the name seen.
    public var name: String
    /// The sex a speaker map gives (TEI `<sex value>`), from any of the texts.
    public var sex: String?
    /// An identifier of the person elsewhere (TEI `<idno type="URI">`), from any of the texts.
    public var externalID: String?

    /// The corpus person `participant` is, or `nil` when the participant is known in its text only.
    public init?(_ participant: Participant) {
        guard !participant.isGroup, participant.role != .unidentified else { return nil }
        let name = participant.name ?? participant.label
        let words = name.split(whereSeparator: \.isWhitespace).filter { !PersonTitles.contains($0) }
        var ids = ParticipantIDs(fallback: "", digitsFirst: true)
        let slug = ids.make(for: words.joined(separator: " "))
        guard words.count >= 2, !slug.isEmpty else { return nil }
        id = "person." + slug
        self.name = name
        sex = participant.sex
        externalID = participant.externalID
    }

    /// This person with what `other` (the same person in another text) adds.
    func merged(with other: CorpusPerson) -> CorpusPerson {
        var merged = self
        if other.name.count > name.count || (other.name.count == name.count && other.name < name) { merged.name = other.name }
        merged.sex = sex ?? other.sex
        merged.externalID = externalID ?? other.externalID
        return merged
    }
}
