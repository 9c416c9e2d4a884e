import Foundation

/// A credit line: `Interviewed by Vu Hung-Van Hieu`, `Translated by Thu Nguyen`.
struct CreditLine {
    let credit: Credit

    private static let roles: [(verb: String, role: String)] = [
        ("interviewed by", "interviewer"), ("interview by", "interviewer"),
        ("translated by", "translator"), ("translation by", "translator"),
        ("transcribed by", "transcriber"), ("transcription by", "transcriber"),
        ("edited by", "editor"), ("compiled by", "compiler"), ("produced by", "producer"),
        ("reported by", "reporter"), ("written by", "author"),
        ("photos by", "photographer"), ("photo by", "photographer"), ("photographed by", "photographer"),
    ]

    init?(line: Substring) {
        let trimmed = line.trimmingSpaces()
        guard trimmed.utf8.count <= 300 else { return nil }
        let lowered = trimmed.prefix(20).lowercased()
        guard let match = Self.roles.first(where: { lowered.hasPrefix($0.verb + " ") }) else { return nil }
        let phrase = String(trimmed.prefix(match.verb.count))
        var names = trimmed.dropFirst(match.verb.count).trimmingSpaces()
        if names.hasSuffix(".") { names = names.dropLast() }
        guard !names.isEmpty, names.count <= 200, !names.contains(where: { ".?!:;".contains($0) }) else { return nil }
        credit = Credit(role: match.role, phrase: phrase, names: Self.split(names: names))
    }

    /// Splits a list of names at commas, `and`, `&`, and at hyphens that join two multi-word names
    /// (`Vu Hung-Van Hieu`, but not `Jean-Paul Sartre` or `Mary Smith-Jones`).
    static func split(names: Substring) -> [String] {
        var parts = [String(names)]
        for separator in [",", ";", " and ", " & "] {
            parts = parts.flatMap { $0.components(separatedBy: separator) }
        }
        parts = parts.flatMap { part -> [String] in
            let pieces = part.split(separator: "-", omittingEmptySubsequences: false).map { $0.trimmingSpaces() }
            let multiWord = pieces.allSatisfy { $0.split(separator: " ").count >= 2 }
            return pieces.count > 1 && multiWord ? pieces.map(String.init) : [part]
        }
        return parts.map { String($0.trimmingSpaces()) }.filter { $0.first?.isUppercase == true }
    }
}
