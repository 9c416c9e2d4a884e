/// A credit line's meaning: who did what (`Translated by Thu Nguyen`).
public struct Credit: Sendable, Equatable {
    /// The responsibility as a TEI-style role word: `interviewer`, `translator`, `photographer`, ...
    public var role: String
    /// The phrase that names the responsibility in the text (`Translated by`).
    public var phrase: String
    /// The people credited, one name each (`Vu Hung`, `Van Hieu`).
    public var names: [String]

    public init(role: String, phrase: String, names: [String]) {
        self.role = role
        self.phrase = phrase
        self.names = names
    }
}
