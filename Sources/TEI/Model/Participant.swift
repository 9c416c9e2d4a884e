/// Someone who speaks in a transcript, declared once in the TEI header's `particDesc`.
public struct Participant: Sendable, Equatable {
    /// A stable NCName, derived from the label (`deputy-defense-minister`).
    public var id: String
    /// The label as a name, without the colon (`Deputy Defense Minister`).
    public var label: String
    /// The part the participant plays in the talk, when the text makes it clear.
    public var role: Role?
    /// The person's name, when the text gives it (`Nguyen Chi Vinh`).
    public var name: String?
    /// A rank or title that goes with the name (`Senior Lieutenant General`).
    public var rank: String?
    /// What the person does, when the text says it apart from the label (`CNN ANCHOR`).
    public var occupation: String?
    /// Whether the label names a group that speaks as one (`ALL`, `AUDIENCE`): a TEI `personGrp`.
    public var isGroup: Bool

    /// A participant's part in the talk (TEI `person/@role`): one word.
    public struct Role: RawRepresentable, Hashable, Sendable {
        public let rawValue: String

        public init(rawValue: String) {
            self.rawValue = rawValue
        }

        public static let interviewer = Role(rawValue: "interviewer")
        public static let interviewee = Role(rawValue: "interviewee")
        /// The transcript does not say who speaks (`UNIDENTIFIED MALE`, `______`).
        public static let unidentified = Role(rawValue: "unidentified")
    }

    /// The person's sex as a speaker map gives it (TEI `<sex value>`).
    public var sex: String?
    /// An identifier of the person elsewhere, such as a Wikidata URL (TEI `<idno type="URI">`).
    public var externalID: String?

    public init(id: String, label: String, role: Role? = nil, name: String? = nil, rank: String? = nil,
                occupation: String? = nil, isGroup: Bool = false) {
        self.id = id
        self.label = label
        self.role = role
        self.name = name
        self.rank = rank
        self.occupation = occupation
        self.isGroup = isGroup
    }
}
