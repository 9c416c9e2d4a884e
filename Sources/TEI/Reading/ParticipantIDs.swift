import Foundation

/// Derives stable, unique NCName identifiers from speaker names: `Deputy Defense Minister` ->
/// `deputy-defense-minister`, `PREDSEDNIK JANEZ MEŽAN` -> `predsednik-janez-mezan`.
struct ParticipantIDs {
    /// The identifier for a name without letters or digits, and (unless `digitsFirst`) what one that
    /// would start with a digit starts with instead, since an NCName cannot.
    private let fallback: String
    /// Whether an identifier may start with a digit (the caller puts a prefix before it).
    private let digitsFirst: Bool
    private var used: Set<String> = []
    /// For each slug, the counter to try next: every lower one is taken (names that fold to the same
    /// slug, such as names in other scripts, would otherwise try 2, 3, ... again each time).
    private var nextCounter: [String: Int] = [:]

    init(fallback: String = "speaker", digitsFirst: Bool = false) {
        self.fallback = fallback
        self.digitsFirst = digitsFirst
    }

    /// A new identifier for `name`, different from every one handed out before.
    mutating func make(for name: String) -> String {
        let folded = name.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).lowercased()
        var slug = ""
        for scalar in folded.unicodeScalars {
            if scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                slug.unicodeScalars.append(scalar)
            } else if !slug.isEmpty, !slug.hasSuffix("-") {
                slug += "-"
            }
        }
        while slug.hasSuffix("-") { slug.removeLast() }
        if slug.isEmpty {
            slug = fallback
        } else if !digitsFirst, slug.first?.isNumber == true {
            slug = fallback + "-" + slug
        }
        var candidate = slug
        var counter = nextCounter[slug, default: 2]
        while used.contains(candidate) {
            candidate = "\(slug)-\(counter)"
            counter += 1
        }
        if candidate != slug { nextCounter[slug] = counter }
        used.insert(candidate)
        return candidate
    }
}
