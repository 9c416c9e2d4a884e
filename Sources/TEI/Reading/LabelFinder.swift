/// Finds which speaker labels occur in a short text, in time that does not grow with the number of
/// labels: a trie of the labels' characters, walked from each position of the text.
///
/// Captions are matched against labels (`CaptionIdentity`); asking every participant of a transcript
/// with twenty thousand speakers about every caption-like line made the reading quadratic. The finder
/// returns every label that occurs anywhere in the text, a superset of those a caption can name.
struct LabelFinder {
    /// Children of each trie node, by character; node 0 is the root.
    private var children: [[Character: Int]] = [[:]]
    /// The label that ends at each node, if any.
    private var labelEnding: [String?] = [nil]

    init(labels: some Sequence<String>) {
        for label in labels where !label.isEmpty { insert(label) }
    }

    private mutating func insert(_ label: String) {
        var node = 0
        for character in label {
            if let next = children[node][character] {
                node = next
            } else {
                children.append([:])
                labelEnding.append(nil)
                children[node][character] = children.count - 1
                node = children.count - 1
            }
        }
        labelEnding[node] = label
    }

    /// The labels that occur in `text`, each once, in order of first occurrence.
    func labels(in text: Substring) -> [String] {
        let characters = Array(text)
        var found: [String] = []
        var seen: Set<String> = []
        for start in characters.indices {
            var node = 0
            var index = start
            while index < characters.count, let next = children[node][characters[index]] {
                node = next
                index += 1
                if let label = labelEnding[node], seen.insert(label).inserted { found.append(label) }
            }
        }
        return found
    }
}
