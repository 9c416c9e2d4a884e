/// Words that stand before a name as a title, rank or office (`Mr.`, `Senior Lieutenant General`,
/// `President`), and role words that are no one's surname (`Minister`, `Reporter`).
enum PersonTitles {
    static let words: Set<String> = [
        "senior", "junior", "lieutenant", "general", "colonel", "major", "captain", "admiral", "vice", "rear",
        "sergeant", "marshal", "brigadier", "commander", "mr.", "mrs.", "ms.", "dr.", "prof.", "professor", "sir",
        "dame", "lord", "lady", "ambassador", "president", "prime", "minister", "deputy", "chairman",
        "chairwoman", "senator", "sen.", "rep.", "representative", "governor", "gov.", "judge", "justice", "chief",
        "rev.", "reverend", "father", "sister", "mr", "mrs", "ms", "dr", "prof", "party", "secretary", "madam",
        "the", "hon.", "honourable", "honorable", "speaker", "clerk", "reporter", "anchor", "host", "moderator",
        "interviewer", "correspondent", "chair", "member", "mayor", "king", "queen", "prince", "princess",
    ]

    /// Whether `word` (any case) is a title or role word.
    static func contains(_ word: Substring) -> Bool {
        words.contains(word.lowercased())
    }
}
