@testable import TEI

/// The seed converted once, the way `convert tei seeds/...` does, with a fixed conversion day.
enum SeedConversion {
    static let conversionDate = "2026-01-01"

    static func transcript() throws -> Transcript {
        let metadata = Metadata(sourceFileName: TestPaths.seed.lastPathComponent)
        return try TranscriptReader(metadata: metadata).read(try TestPaths.bytes(TestPaths.seed))
    }

    static func tei() throws -> [UInt8] {
        TEIWriter(conversionDate: conversionDate).write(try transcript())
    }
}
