import CFuzzerDriver
import TEI

/// libFuzzer entry point: turns the input, as XML, into text in both formats (`convert text`).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzText(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    _ = try? TextExtractor().text(from: bytes, file: "fuzz.xml")
    _ = try? TextExtractor(options: TextOptions(format: .parlamint, includeHeader: true)).text(from: bytes, file: "fuzz.xml")
    return 0
}

/// The entry point SwiftPM links as `main`: hands over to libFuzzer's driver.
@_cdecl("FuzzText_main")
public func fuzzTextMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var count = argc
    var arguments = argv
    return LLVMFuzzerRunDriver(&count, &arguments) { data, size in fuzzText(data, size) }
}
