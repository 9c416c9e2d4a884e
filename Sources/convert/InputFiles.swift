import Foundation

/// Expands the paths a user names into files: directories are walked for `*.xml`, in sorted order.
enum InputFiles {
    static func expand(_ paths: [String], extensions: Set<String> = ["xml"]) -> [String] {
        paths.flatMap { path -> [String] in
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else { return [path] }
            let root = URL(fileURLWithPath: path)
            let prefix = path.hasSuffix("/") ? String(path.dropLast()) : path
            guard let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey]) else { return [] }
            return walker.compactMap { $0 as? URL }
                .filter { extensions.contains($0.pathExtension.lowercased()) && (try? $0.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true }
                .map { prefix + "/" + $0.path.dropFirst(root.path.count + 1) }
                .sorted()
        }
    }
}
