import Foundation

/// A private temporary folder where the parts of a big output wait, one file per part, until they are
/// written out in order; removed afterwards.
final class Spool: @unchecked Sendable {
    private let folder: String

    init() throws(CommandFailure) {
        var template = Array((FileManager.default.temporaryDirectory.path + "/tei-convert-spool.XXXXXX").utf8CString)
        guard let made = template.withUnsafeMutableBufferPointer({ mkdtemp($0.baseAddress!) }) else {
            throw CommandFailure("cannot make a temporary folder: \(systemErrorMessage())")
        }
        folder = String(cString: made)
    }

    func put(_ bytes: [UInt8], at index: Int) throws(CommandFailure) {
        guard FileManager.default.createFile(atPath: path(index), contents: Data(bytes)) else {
            throw CommandFailure("cannot write a temporary file in '\(folder)': \(systemErrorMessage())")
        }
    }

    /// The part's bytes; its file is removed.
    func take(at index: Int) throws(CommandFailure) -> [UInt8] {
        guard let data = FileManager.default.contents(atPath: path(index)) else {
            throw CommandFailure("cannot read the temporary file '\(path(index))'")
        }
        unlink(path(index))
        return Array(data)
    }

    func remove() {
        try? FileManager.default.removeItem(atPath: folder)
    }

    private func path(_ index: Int) -> String {
        folder + "/\(index)"
    }
}
