import Foundation

/// A private temporary folder beside an output, where the output's parts wait, one file per part, until
/// they are written out in order; removed afterwards, and when Ctrl-C stops the process (`Interruption`).
/// Beside the output, not in `TMPDIR`, which is often memory.
final class Spool: @unchecked Sendable {
    private let folder: String

    init(beside output: String) throws(CommandFailure) {
        let url = URL(fileURLWithPath: output)
        let name = String(decoding: Array(url.lastPathComponent.utf8.prefix(200)), as: UTF8.self)
        var template = Array((url.deletingLastPathComponent().path + "/." + name + ".parts.XXXXXX").utf8CString)
        try OutputFile.createFolder(for: output)
        guard let made = template.withUnsafeMutableBufferPointer({ mkdtemp($0.baseAddress!) }) else {
            throw CommandFailure("cannot write '\(output)': cannot make a temporary folder beside it: \(systemErrorMessage())")
        }
        folder = String(cString: made)
        Interruption.register(temporary: folder)
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
        Interruption.unregister(temporary: folder)
    }

    private func path(_ index: Int) -> String {
        folder + "/\(index)"
    }
}
