/// How layout facts are written into `@rend` tokens, so that the source can be given back exactly.
///
/// A separator (the line breaks and blank lines between two units) that differs from the default is
/// written as `sep-` followed by one letter per character: `n` line feed, `r` carriage return, `s`
/// space, `t` tab. `sep-n` is a single line break; `sep-nnn`, two blank lines. The text after the last
/// unit is written the same way with the prefix `end-`.
enum LayoutCode {
    private static let letters: [Character: Character] = ["\n": "n", "\r": "r", " ": "s", "\t": "t"]
    private static let characters: [Character: String] = ["n": "\n", "r": "\r", "s": " ", "t": "\t"]

    /// `"\n\n\n"` -> `"sep-nnn"`, with `prefix` `sep` or `end`.
    static func token(_ prefix: String, for separator: String) -> String {
        var token = prefix + "-"
        for scalar in separator.unicodeScalars {
            token.append(letters[Character(scalar)] ?? "?")
        }
        return token
    }

    /// `"sep-nnn"` -> `"\n\n\n"` for the given prefix; `nil` if the token is not one of ours.
    static func separator(_ prefix: String, from token: Substring) -> String? {
        guard token.hasPrefix(prefix + "-") else { return nil }
        var separator = ""
        for letter in token.dropFirst(prefix.count + 1) {
            guard let character = characters[letter] else { return nil }
            separator += character
        }
        return separator
    }
}
