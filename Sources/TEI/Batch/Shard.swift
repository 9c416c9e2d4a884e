/// One of N parts of a batch, for splitting a corpus across machines or job-array tasks (`--shard K/N`).
///
/// Every task computes the same split from the same list of files: files are dealt largest first, each
/// to the part with the fewest bytes so far (ties: the lower part), so the parts are balanced by size,
/// every file is in exactly one part, and the split depends only on the files' names (which are unique)
/// and sizes, not on the order they were listed in.
public struct Shard: Sendable, Equatable, CustomStringConvertible {
    /// The part, from 1 to `count`.
    public let index: Int
    /// How many parts.
    public let count: Int

    /// Part `index` of `count` (1 <= index <= count), or `nil`.
    public init?(index: Int, count: Int) {
        guard count >= 1, (1...count).contains(index) else { return nil }
        self.index = index
        self.count = count
    }

    /// `K/N`, as in `--shard 3/8`.
    public init?(_ text: String) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let index = Int(parts[0]), let count = Int(parts[1]) else { return nil }
        self.init(index: index, count: count)
    }

    public var description: String { "\(index)/\(count)" }

    /// The items of this part, in their given order; `name` identifies an item, `size` weighs it.
    public func select<Item>(_ items: [Item], name: (Item) -> String, size: (Item) -> Int) -> [Item] {
        guard count > 1 else { return items }
        let dealt = items.indices.sorted { left, right in
            let (leftSize, rightSize) = (size(items[left]), size(items[right]))
            return leftSize != rightSize ? leftSize > rightSize : name(items[left]) < name(items[right])
        }
        var load = Array(repeating: 0, count: count)
        var mine: Set<Int> = []
        for item in dealt {
            let part = load.indices.min { load[$0] != load[$1] ? load[$0] < load[$1] : $0 < $1 }!
            load[part] += max(size(items[item]), 1)
            if part == index - 1 { mine.insert(item) }
        }
        return items.indices.filter(mine.contains).map { items[$0] }
    }
}
