/// The exit codes `convert` documents in its help.
enum ExitStatus {
    static let success: Int32 = 0
    /// Some documents are invalid (validation).
    static let invalid: Int32 = 1
    /// Unreadable or unusable input, unwritable output, or a usage error.
    static let usage: Int32 = 2
}
