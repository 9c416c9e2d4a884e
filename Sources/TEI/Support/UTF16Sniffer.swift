/// Recognises UTF-16 without a byte-order mark by its first bytes, so that such a file is reported as
/// UTF-16 rather than as text full of NUL characters.
enum UTF16Sniffer {
    /// `UTF-16LE` or `UTF-16BE` when every pair of the first 64 bytes is one NUL and one other byte, the
    /// same way round (ASCII text in UTF-16); nil otherwise.
    static func encodingWithoutBOM(_ bytes: some Collection<UInt8>) -> String? {
        let head = Array(bytes.prefix(64))
        let pairs = stride(from: 0, to: head.count - 1, by: 2).map { (head[$0], head[$0 + 1]) }
        guard pairs.count >= 2 else { return nil }
        if pairs.allSatisfy({ $0.0 != 0 && $0.1 == 0 }) { return "UTF-16LE" }
        if pairs.allSatisfy({ $0.0 == 0 && $0.1 != 0 }) { return "UTF-16BE" }
        return nil
    }
}
