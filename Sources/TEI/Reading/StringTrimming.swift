extension StringProtocol {
    /// The text without leading and trailing spaces, tabs and other Unicode spaces.
    func trimmingSpaces() -> SubSequence {
        let isSpace: (Character) -> Bool = { $0.isWhitespace }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else {
            return self[endIndex...]
        }
        return self[first...last]
    }
}
