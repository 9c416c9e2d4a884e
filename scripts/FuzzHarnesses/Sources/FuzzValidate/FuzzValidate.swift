import CFuzzerDriver
import TEI

/// One validator for the whole run: the bundled schema is compiled once, as `convert validate` does.
let validator = Validator(options: Validator.Options(schemas: ["tei-convert"], timeLimit: 10, jobs: 1))

/// libFuzzer entry point: validates the input, as an XML document, against the bundled schema with every
/// own check (`convert validate`'s front end: parsing, limits, schema, references, dates).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzValidate(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    let run = validator.validate([DocumentSource(name: "fuzz.xml") { bytes }])
    if run.reports.count != 1 { fatalError("one document, \(run.reports.count) reports") }
    return 0
}

/// The entry point SwiftPM links as `main`: hands over to libFuzzer's driver.
@_cdecl("FuzzValidate_main")
public func fuzzValidateMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var count = argc
    var arguments = argv
    return LLVMFuzzerRunDriver(&count, &arguments) { data, size in fuzzValidate(data, size) }
}
