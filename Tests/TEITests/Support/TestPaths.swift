import Foundation

/// Where the tests find the project's files and the shared corpora beside the checkout.
enum TestPaths {
    /// The checkout's root folder.
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let seed = root.appendingPathComponent("seeds/000_1771b153ee982521.txt")
    static let schema = root.appendingPathComponent("schemas/tei-convert.rng")
    static let fixtures = root.appendingPathComponent("Tests/TEITests/Fixtures")
    /// `../shared`: always there in CI, perhaps not on a fresh clone.
    static let shared = root.deletingLastPathComponent().appendingPathComponent("shared")
    static let teiAll = shared.appendingPathComponent("corpora/schemas/tei_all-4.12.0.rng")

    /// Whether CI runs us: then tests that need `../shared` or jing fail instead of being skipped.
    static var isCI: Bool { ProcessInfo.processInfo.environment["CI"] == "true" }

    /// Tests that need the shared corpora run in CI (failing loudly there if they are missing) and
    /// wherever the corpora are present.
    static var sharedCorporaWanted: Bool { isCI || FileManager.default.fileExists(atPath: shared.path) }

    static func bytes(_ url: URL) throws -> [UInt8] {
        Array(try Data(contentsOf: url))
    }
}
