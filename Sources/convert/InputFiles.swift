import Foundation

/// Expands the paths a user names into files: directories are walked for the files whose name (or
/// path below the directory) matches one of the glob patterns, in sorted order; files named
/// directly are always taken.
enum InputFiles {
    /// A file to work on.
    struct Entry {
        /// The path as it is opened.
        var path: String
        /// The path below the directory it was found in (its file name when named directly): where its
        /// output goes below an output folder, and its name for `--shard`.
        var relative: String
        /// Its size in bytes (0 if unknown).
        var size: Int

        /// Where its output goes below `folder`: its relative path with the extension `.xml`.
        func output(under folder: String) -> String {
            let stem = URL(fileURLWithPath: relative, relativeTo: URL(fileURLWithPath: "/")).deletingPathExtension().path
            return (folder.hasSuffix("/") ? String(folder.dropLast()) : folder) + stem + ".xml"
        }
    }

    /// Refuses a batch in which two inputs would be written to the same output (`talk.srt` and
    /// `talk.vtt`; the same name in two folders named directly).
    static func checkOutputs(_ entries: [Entry], under folder: String) throws(CommandFailure) {
        var seen: [String: String] = [:]
        for entry in entries {
            let output = entry.output(under: folder)
            if let other = seen[output] {
                throw CommandFailure("'\(other)' and '\(entry.path)' would both be written to '\(output)': rename one, or convert them into different folders")
            }
            seen[output] = entry.path
        }
    }

    static func list(_ paths: [String], include patterns: [String]) -> [Entry] {
        paths.flatMap { path -> [Entry] in
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else {
                return [Entry(path: path, relative: URL(fileURLWithPath: path).lastPathComponent, size: size(of: path))]
            }
            let root = URL(fileURLWithPath: path)
            let prefix = path.hasSuffix("/") ? String(path.dropLast()) : path
            guard let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey, .fileSizeKey]) else { return [] }
            return walker.compactMap { $0 as? URL }
                .compactMap { url -> Entry? in
                    guard let values = try? url.resourceValues(forKeys: [.isRegularFileKey, .fileSizeKey]), values.isRegularFile == true else { return nil }
                    let relative = String(url.path.dropFirst(root.path.count + 1))
                    guard matches(relative, patterns) else { return nil }
                    return Entry(path: prefix + "/" + relative, relative: relative, size: values.fileSize ?? 0)
                }
                .sorted { $0.relative < $1.relative }
        }
    }

    /// Whether the file's name, or its path below the walked directory, matches one of `patterns`
    /// (shell globs, ignoring case: `*.xml` takes `A.XML` too).
    static func matches(_ relative: String, _ patterns: [String]) -> Bool {
        let path = relative.lowercased()
        let name = URL(fileURLWithPath: path).lastPathComponent
        return patterns.contains { pattern in
            let pattern = pattern.lowercased()
            return fnmatch(pattern, name, 0) == 0 || fnmatch(pattern, path, 0) == 0
        }
    }

    private static func size(of path: String) -> Int {
        ((try? FileManager.default.attributesOfItem(atPath: path)[.size]) as? Int) ?? 0
    }
}
