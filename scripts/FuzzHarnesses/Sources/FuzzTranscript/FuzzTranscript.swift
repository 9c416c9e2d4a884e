import CFuzzerDriver
import TEI

/// libFuzzer entry point: reads the input as a transcript; whatever it accepts must come back byte for
/// byte through TEI and `TextExtractor` (the round trip `convert tei` then `convert text` promises).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTranscript(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    guard let transcript = try? TranscriptReader().read(bytes) else { return 0 }
    let tei = TEIWriter(conversionDate: "2000-01-01").write(transcript)
    guard let text = try? TextExtractor().text(from: tei, file: "fuzz.xml") else {
        fatalError("the TEI written for an accepted transcript does not read back")
    }
    if text != bytes { fatalError("the round trip changed the transcript") }
    return 0
}

/// The entry point SwiftPM links as `main`: hands over to libFuzzer's driver.
@_cdecl("FuzzTranscript_main")
public func fuzzTranscriptMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var count = argc
    var arguments = argv
    return LLVMFuzzerRunDriver(&count, &arguments) { data, size in fuzzTranscript(data, size) }
}
