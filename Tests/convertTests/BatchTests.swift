import Foundation
import Testing

/// `convert tei FOLDER -o FOLDER` and `convert validate FOLDER` on many files, through the binary.
@Suite("Batches: folders, shards, manifests, incremental runs, Ctrl-C")
struct BatchTests {
    /// A folder of transcripts below `in/`: `count` copies of the seed, in subfolders, `repeats` times
    /// its text each, and the paths written (relative to `in/`).
    static func corpus(in folder: URL, count: Int, repeats: Int = 1) throws -> [String] {
        let seed = try String(contentsOf: ConvertBinary.seed, encoding: .utf8)
        return try (0..<count).map { index in
            let relative = "\(2019 + index % 3)/talk-\(index).txt"
            let url = folder.appendingPathComponent("in/" + relative)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try String(repeating: seed + "\n", count: repeats).write(to: url, atomically: true, encoding: .utf8)
            return relative
        }
    }

    /// Every file below `folder`, relative, sorted; hidden files too.
    static func files(below folder: URL) -> [String] {
        (FileManager.default.enumerator(atPath: folder.path)?.allObjects as? [String] ?? [])
            .filter { !(FileManager.default.fileExists(atPath: folder.appendingPathComponent($0).path, isDirectory: nil) && isFolder(folder.appendingPathComponent($0))) }
            .sorted()
    }

    static func isFolder(_ url: URL) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    /// The manifest's lines as JSON objects.
    static func manifest(_ url: URL) throws -> [[String: Any]] {
        try String(contentsOf: url, encoding: .utf8).split(separator: "\n").map { line in
            try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        }
    }

    @Test("a folder converts in parallel to the same paths below -o; a bad file is reported and the rest converted")
    func folder() throws {
        let folder = try ConvertBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let inputs = try Self.corpus(in: folder, count: 6)
        try Data([0x51, 0x3A, 0x20, 0xFF, 0x0A]).write(to: folder.appendingPathComponent("in/2019/broken.txt"))
        try Data("not a transcript".utf8).write(to: folder.appendingPathComponent("in/notes.md"))
        let output = folder.appendingPathComponent("out")
        let result = try ConvertBinary.run(["tei", folder.appendingPathComponent("in").path, "-o", output.path, "--jobs", "2",
                                            "--manifest", folder.appendingPathComponent("m.jsonl").path])
        #expect(result.status == 2)
        #expect(result.stdout == "")
        let broken = folder.appendingPathComponent("in/2019/broken.txt").path
        #expect(result.stderr.contains("\(broken):1:4: error: invalid UTF-8"))
        #expect(result.stderr.hasSuffix("\n"))
        #expect(result.stderr.split(separator: "\n").last?.hasPrefix("7 files: 6 converted, 0 up to date, 1 failed, in ") == true)
        #expect(Self.files(below: output) == inputs.map { $0.replacingOccurrences(of: ".txt", with: ".xml") }.sorted())
        let lines = try Self.manifest(folder.appendingPathComponent("m.jsonl"))
        #expect(lines.count == 7)
        #expect(lines.filter { $0["status"] as? String == "converted" }.count == 6)
        let failed = try #require(lines.first { $0["status"] as? String == "failed" })
        #expect(failed["input"] as? String == broken)
        #expect((failed["message"] as? String)?.contains("invalid UTF-8") == true)
        // The TEI is what the single-file command writes.
        let single = try ConvertBinary.run(["tei", folder.appendingPathComponent("in/" + inputs[0]).path])
        let batch = try String(contentsOf: output.appendingPathComponent(inputs[0].replacingOccurrences(of: ".txt", with: ".xml")), encoding: .utf8)
        #expect(single.stdout == batch)
    }

    @Test("--include picks files by glob; --format json gives the summary on stdout; --quiet leaves stderr empty")
    func includeAndSummary() throws {
        let folder = try ConvertBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try Self.corpus(in: folder, count: 6)
        let output = folder.appendingPathComponent("out")
        let result = try ConvertBinary.run(["tei", folder.appendingPathComponent("in").path, "-o", output.path,
                                            "--include", "2020/*.TXT", "--format", "json", "--quiet"])
        #expect(result.status == 0)
        #expect(result.stderr == "")
        let summary = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(summary["files"] as? Int == 2 && summary["converted"] as? Int == 2 && summary["failed"] as? Int == 0)
        #expect(summary["upToDate"] as? Int == 0 && summary["interrupted"] as? Bool == false)
        #expect((summary["bytes"] as? Int ?? 0) > 0 && summary["seconds"] is Double)
        #expect(Self.files(below: output) == ["2020/talk-1.xml", "2020/talk-4.xml"])
        let none = try ConvertBinary.run(["tei", folder.appendingPathComponent("in").path, "-o", output.path, "--include", "*.srt"])
        #expect(none.status == 2)
        #expect(none.stderr == "convert: error: no transcripts found in \(folder.appendingPathComponent("in").path) (matching *.srt)\n")
    }

    @Test("--incremental converts only what is missing or older than its input")
    func incremental() throws {
        let folder = try ConvertBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let inputs = try Self.corpus(in: folder, count: 5)
        let arguments = ["tei", folder.appendingPathComponent("in").path, "-o", folder.appendingPathComponent("out").path, "--incremental"]
        #expect(try ConvertBinary.run(arguments).stderr.contains("5 files: 5 converted, 0 up to date, 0 failed"))
        #expect(try ConvertBinary.run(arguments).stderr.contains("5 files: 0 converted, 5 up to date, 0 failed"))
        let output = folder.appendingPathComponent("out/" + inputs[1].replacingOccurrences(of: ".txt", with: ".xml"))
        try FileManager.default.removeItem(at: output)
        try FileManager.default.setAttributes([.modificationDate: Date().addingTimeInterval(60)],
                                              ofItemAtPath: folder.appendingPathComponent("in/" + inputs[2]).path)
        let third = try ConvertBinary.run(arguments + ["--manifest", folder.appendingPathComponent("m.jsonl").path])
        #expect(third.stderr.contains("5 files: 2 converted, 3 up to date, 0 failed"))
        let converted = try Self.manifest(folder.appendingPathComponent("m.jsonl")).filter { $0["status"] as? String == "converted" }
        #expect(Set(converted.compactMap { $0["input"] as? String }) == Set([inputs[1], inputs[2]].map { folder.appendingPathComponent("in/" + $0).path }))
        #expect(FileManager.default.fileExists(atPath: output.path))
    }

    @Test("--shard K/N: the shards' files together are the whole corpus, none twice; the same for validate")
    func shards() throws {
        let folder = try ConvertBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let inputs = try Self.corpus(in: folder, count: 11)
        var converted: [String] = []
        for index in 1...3 {
            let manifest = folder.appendingPathComponent("tei-\(index).jsonl")
            let result = try ConvertBinary.run(["tei", folder.appendingPathComponent("in").path, "-o", folder.appendingPathComponent("out").path,
                                                "--shard", "\(index)/3", "--manifest", manifest.path, "--quiet"])
            #expect(result.status == 0 && result.stderr == "")
            let lines = try Self.manifest(manifest)
            #expect((3...4).contains(lines.count), "shard \(index)/3: \(lines.count) files")
            converted += lines.compactMap { $0["input"] as? String }
        }
        #expect(converted.count == inputs.count)
        #expect(Set(converted) == Set(inputs.map { folder.appendingPathComponent("in/" + $0).path }))
        var validated: [String] = []
        for index in 1...2 {
            let manifest = folder.appendingPathComponent("validate-\(index).jsonl")
            let result = try ConvertBinary.run(["validate", folder.appendingPathComponent("out").path, "--shard", "\(index)/2",
                                                "--manifest", manifest.path, "--quiet"])
            #expect(result.status == 0 && result.stdout == "" && result.stderr == "")
            let lines = try Self.manifest(manifest)
            #expect(lines.allSatisfy { $0["status"] as? String == "valid" && $0["errors"] as? Int == 0 })
            validated += lines.compactMap { $0["input"] as? String }
        }
        #expect(validated.count == inputs.count && Set(validated).count == inputs.count)
        let bad = try ConvertBinary.run(["validate", folder.path, "--shard", "4/3"])
        #expect(bad.status == 2)
        #expect(bad.stderr.hasPrefix("Error: --shard '4/3' is not of the form K/N with 1 <= K <= N\n"))
    }

    @Test("progress: plain lines when stderr is not a terminal")
    func progressLines() throws {
        let folder = try ConvertBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try Self.corpus(in: folder, count: 4)
        let result = try ConvertBinary.run(["tei", folder.appendingPathComponent("in").path, "-o", folder.appendingPathComponent("out").path,
                                            "--progress-interval", "0", "--jobs", "1"])
        let lines = result.stderr.split(separator: "\n")
        #expect(result.status == 0)
        #expect(lines.count == 5)
        #expect(lines.prefix(4).enumerated().allSatisfy { index, line in line.hasPrefix("progress: \(index + 1)/4 files, ") && line.hasSuffix(" left") })
        #expect(!result.stderr.contains("\u{1B}"))
    }

    @Test("Ctrl-C: the files being written are finished, no temporary or partial file is left, exit 130; --incremental resumes")
    func interrupt() throws {
        let folder = try ConvertBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let inputs = try Self.corpus(in: folder, count: 400, repeats: 4)
        let output = folder.appendingPathComponent("out")
        let manifest = folder.appendingPathComponent("m.jsonl")
        let arguments = ["tei", folder.appendingPathComponent("in").path, "-o", output.path, "--jobs", "2", "--incremental"]
        let process = Process()
        process.executableURL = ConvertBinary.url
        process.arguments = arguments + ["--manifest", manifest.path]
        let stderr = Pipe()
        process.standardError = stderr
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(60)
        while Date() < deadline, ((try? String(contentsOf: manifest, encoding: .utf8)) ?? "").split(separator: "\n").count < 3 {
            Thread.sleep(forTimeInterval: 0.01)
        }
        process.interrupt()
        let message = String(decoding: stderr.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 130)
        #expect(message.contains("; stopped: "))
        let written = Self.files(below: output)
        #expect(!written.isEmpty && written.count < inputs.count, "\(written.count) written")
        #expect(written.allSatisfy { !$0.split(separator: "/").last!.hasPrefix(".") }, "a temporary file was left")
        for file in written {
            let xml = try String(contentsOf: output.appendingPathComponent(file), encoding: .utf8)
            #expect(xml.hasSuffix("</TEI>\n"), "\(file) is not complete")
        }
        #expect(try Self.manifest(manifest).count == written.count)
        let resumed = try ConvertBinary.run(arguments)
        #expect(resumed.status == 0)
        #expect(resumed.stderr.contains("\(inputs.count) files: \(inputs.count - written.count) converted, \(written.count) up to date, 0 failed"))
        #expect(Self.files(below: output).count == inputs.count)
    }

    @Test("two inputs that would be written to one output are refused before anything is written")
    func collidingOutputs() throws {
        let folder = try ConvertBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("in"), withIntermediateDirectories: true)
        try Data("1\n00:00:01,000 --> 00:00:02,000\nA: Hi.\n".utf8).write(to: folder.appendingPathComponent("in/talk.srt"))
        try Data("WEBVTT\n\n00:01.000 --> 00:02.000\n<v A>Hi.\n".utf8).write(to: folder.appendingPathComponent("in/talk.vtt"))
        let result = try ConvertBinary.run(["tei", folder.appendingPathComponent("in").path, "-o", folder.appendingPathComponent("out").path])
        #expect(result.status == 2)
        let input = folder.appendingPathComponent("in").path
        #expect(result.stderr == "convert: error: '\(input)/talk.srt' and '\(input)/talk.vtt' would both be written to '\(folder.path)/out/talk.xml': rename one, or convert them into different folders\n")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("out").path))
    }

    @Test("options for many files are refused with one file")
    func batchOptionsWithOneFile() throws {
        for option in [["--incremental"], ["--format", "json"], ["--shard", "1/2"], ["--manifest", "m.jsonl"], ["--include", "*.txt"]] {
            let result = try ConvertBinary.run(["tei", ConvertBinary.seed.path] + option)
            #expect(result.status == 2, "\(option)")
            #expect(result.stderr.hasPrefix("Error: \(option[0])"), "\(result.stderr)")
        }
    }
}
