import Testing
@testable import TEI

@Suite("--shard K/N: deterministic, balanced parts of a batch")
struct ShardTests {
    /// 200 files of varied sizes, named like a corpus's.
    static let files: [(name: String, size: Int)] = (0..<200).map { index in
        (name: "sittings/\(2000 + index % 20)/\(index).txt", size: 1_000 + (index * 7_919) % 90_000)
    }

    @Test("every file is in exactly one part, for any number of parts", arguments: [1, 2, 3, 7, 16, 200, 500])
    func partition(count: Int) throws {
        var seen: [String: Int] = [:]
        for index in 1...count {
            let shard = try #require(Shard(index: index, count: count))
            for file in shard.select(Self.files, name: \.name, size: \.size) { seen[file.name, default: 0] += 1 }
        }
        #expect(seen.count == Self.files.count)
        #expect(seen.values.allSatisfy { $0 == 1 })
    }

    @Test("parts are balanced by size: they differ by at most the largest file")
    func balance() throws {
        for count in [2, 3, 8] {
            let loads = try (1...count).map { index in
                try #require(Shard(index: index, count: count)).select(Self.files, name: \.name, size: \.size).reduce(0) { $0 + $1.size }
            }
            let largest = Self.files.map(\.size).max()!
            #expect(loads.max()! - loads.min()! <= largest, "\(count) parts: \(loads)")
        }
    }

    @Test("the split depends on names and sizes, not on the order files were listed in; items keep their order")
    func determinism() throws {
        let shard = try #require(Shard("2/5"))
        let forwards = shard.select(Self.files, name: \.name, size: \.size).map(\.name)
        let backwards = shard.select(Self.files.reversed(), name: \.name, size: \.size).map(\.name)
        #expect(Set(forwards) == Set(backwards))
        #expect(forwards == Self.files.map(\.name).filter(Set(forwards).contains))
    }

    @Test("K/N is parsed strictly")
    func parsing() {
        #expect(Shard("3/8") == Shard(index: 3, count: 8))
        #expect(Shard("3/8")?.description == "3/8")
        for bad in ["0/2", "3/2", "1/0", "-1/2", "1", "1/2/3", "a/b", "", "/2", "1/"] {
            #expect(Shard(bad) == nil, "\(bad)")
        }
    }
}
