import Foundation
import Testing

/// Paths that are not plain readable files, outputs that cannot be written, schemas that do not load:
/// each run ends in time with exit 2 and one exact `convert: error:` line (or, in a validation batch, one
/// line for that file while the others are still checked), and leaves no file behind.
@Suite("Hostile paths, run as a user runs it")
struct HostilePathTests {
    static let transcript = "Reporter: Why?\n\nGuest: Because.\n"

    @Test("a directory, a FIFO nobody writes to, a dangling or looping symlink, a device: refused at once")
    func inputsThatAreNotFiles() throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        try FileManager.default.createDirectory(atPath: sandbox.path("folder"), withIntermediateDirectories: false)
        #expect(mkfifo(sandbox.path("pipe"), 0o644) == 0)
        try FileManager.default.createSymbolicLink(atPath: sandbox.path("dangling.txt"), withDestinationPath: "missing.txt")
        try FileManager.default.createSymbolicLink(atPath: sandbox.path("loop-a"), withDestinationPath: "loop-b")
        try FileManager.default.createSymbolicLink(atPath: sandbox.path("loop-b"), withDestinationPath: "loop-a")
        let expected = [
            "folder": "it is a directory",
            "pipe": "it is a named pipe (FIFO) and nothing was written to it",
            "dangling.txt": "it is a symbolic link to 'missing.txt', which does not exist",
            "loop-a": "Too many levels of symbolic links",
            "/dev/zero": "it is a device, not a file",
        ]
        for (path, reason) in expected.sorted(by: { $0.key < $1.key }) {
            for command in ["tei", "text", "dates"] {
                let result = try sandbox.run([command, path, "-o", "out.xml"], timeout: 10)
                #expect(!result.timedOut, "\(command) \(path)")
                #expect(result.status == 2, "\(command) \(path)")
                // A folder given to `convert tei` is a batch: here one without transcripts.
                let message = command == "tei" && path == "folder" ? "no transcripts found in folder (matching *.txt, *.srt, *.vtt)" : "cannot read '\(path)': \(reason)"
                #expect(result.stderr == "convert: error: \(message)\n", "\(command) \(path)")
            }
        }
        // In a validation batch the other files are still checked.
        try sandbox.write("good.xml", HostileInputs.tei(paragraph: "x"))
        let batch = try sandbox.run(["validate", "pipe", "dangling.txt", "good.xml", "/dev/zero"], timeout: 10)
        #expect(!batch.timedOut)
        #expect(batch.status == 2)
        #expect(batch.stdoutText == """
            pipe: error: cannot read 'pipe': \(expected["pipe"]!)
            dangling.txt: error: cannot read 'dangling.txt': \(expected["dangling.txt"]!)
            /dev/zero: error: cannot read '/dev/zero': \(expected["/dev/zero"]!)

            """)
        #expect(batch.stderr == "4 files: 1 valid, 0 invalid, 3 not checked\n")
        let emptyFolder = try sandbox.run(["validate", "folder"])
        #expect(emptyFolder.status == 2 && emptyFolder.stderr == "convert: error: no XML files found in folder\n")
        #expect(sandbox.files() == ["dangling.txt", "folder/", "good.xml", "loop-a", "loop-b", "pipe"])
        #expect(sandbox.temporaryFolderIsEmpty)
    }

    @Test("a directory walk does not follow symbolic links round in circles")
    func symlinkLoopInWalk() throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        try FileManager.default.createDirectory(atPath: sandbox.path("corpus/sub"), withIntermediateDirectories: true)
        try sandbox.write("corpus/sub/a.xml", HostileInputs.tei(paragraph: "x"))
        try FileManager.default.createSymbolicLink(atPath: sandbox.path("corpus/sub/up"), withDestinationPath: "..")
        try FileManager.default.createSymbolicLink(atPath: sandbox.path("corpus/self"), withDestinationPath: sandbox.path("corpus"))
        let result = try sandbox.run(["validate", "corpus"], timeout: 10)
        #expect(!result.timedOut)
        #expect(result.status == 0)
        #expect(result.stderr == "1 file: 1 valid, 0 invalid, 0 not checked\n")
    }

    @Test("a FIFO that someone writes to is read like a file (process substitution)")
    func fifoWithWriter() throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        let pipe = sandbox.path("pipe")
        #expect(mkfifo(pipe, 0o644) == 0)
        let bytes = Data(Self.transcript.utf8)
        Thread.detachNewThread {
            let descriptor = open(pipe, O_WRONLY)
            guard descriptor >= 0 else { return }
            _ = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
            close(descriptor)
        }
        let result = try sandbox.run(["tei", "pipe"], timeout: 10)
        #expect(result.status == 0)
        #expect(result.stdoutText.contains("<note type=\"speaker\">Guest: </note>"))
    }

    @Test("an unreadable file: exit 2, 'Permission denied'; the batch goes on (as root, run as nobody through setpriv)")
    func unreadable() throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        try sandbox.write("locked.txt", Self.transcript)
        try sandbox.write("locked.xml", HostileInputs.tei(paragraph: "x"))
        try sandbox.write("good.xml", HostileInputs.tei(paragraph: "x"))
        for name in ["locked.txt", "locked.xml"] { chmod(sandbox.path(name), 0) }
        // Root reads a file whatever its mode: run the binary as an unprivileged user where possible.
        guard let launcher = try Self.unprivilegedLauncher(sandbox) else {
            withKnownIssue("running as root without setpriv: chmod 000 cannot make a file unreadable") { Issue.record("skipped") }
            return
        }
        let tei = try sandbox.run(["tei", "locked.txt"], launcher: launcher)
        #expect(tei.status == 2)
        #expect(tei.stderr == "convert: error: cannot read 'locked.txt': Permission denied\n")
        let batch = try sandbox.run(["validate", "locked.xml", "good.xml"], launcher: launcher)
        #expect(batch.status == 2)
        #expect(batch.stdoutText == "locked.xml: error: cannot read 'locked.xml': Permission denied\n")
        #expect(batch.stderr == "2 files: 1 valid, 0 invalid, 1 not checked\n")
    }

    @Test("outputs that cannot be written: exit 2, one line, nothing left behind, an existing file untouched")
    func unwritableOutputs() throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        let input = try sandbox.write("talk.txt", Self.transcript)
        try sandbox.write("keep.xml", "old")
        try FileManager.default.createDirectory(atPath: sandbox.path("folder"), withIntermediateDirectories: false)
        #expect(mkfifo(sandbox.path("pipe"), 0o644) == 0)
        let cases = [
            ("missing/out.xml", "No such file or directory"),
            ("talk.txt/out.xml", "Not a directory"),
            ("folder", "it is a directory"),
            ("pipe", "it is a named pipe (FIFO) that nobody reads"),
        ]
        for (output, reason) in cases {
            let result = try sandbox.run(["tei", input, "-o", output], timeout: 10)
            #expect(!result.timedOut)
            #expect(result.status == 2)
            #expect(result.stderr == "convert: error: cannot write '\(output)': \(reason)\n")
        }
        // A full disk, as far as this process can tell: a file size limit makes the write fail halfway.
        let limited = try sandbox.run(["tei", input, "-o", "keep.xml"],
                                      launcher: ["/bin/sh", "-c", #"trap '' XFSZ; ulimit -f 1; exec "$@""#, "sh"])
        #expect(limited.status == 2)
        #expect(limited.stderr == "convert: error: cannot write 'keep.xml': File too large\n")
        #expect(try String(contentsOfFile: sandbox.path("keep.xml"), encoding: .utf8) == "old")
        #expect(sandbox.files() == ["folder/", "keep.xml", "pipe", "talk.txt"])
        #expect(sandbox.temporaryFolderIsEmpty)

        // A folder this user may not write to.
        if let launcher = try Self.unprivilegedLauncher(sandbox) {
            try FileManager.default.createDirectory(atPath: sandbox.path("sealed"), withIntermediateDirectories: false,
                                                    attributes: [.posixPermissions: 0o555])
            let sealed = try sandbox.run(["tei", input, "-o", "sealed/out.xml"], launcher: launcher)
            #expect(sealed.status == 2)
            #expect(sealed.stderr == "convert: error: cannot write 'sealed/out.xml': Permission denied\n")
            #expect(try FileManager.default.contentsOfDirectory(atPath: sandbox.path("sealed")) == [])
        }
    }

    @Test("an output that is a named pipe or a symlink is written through, not replaced")
    func specialOutputs() throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        let input = try sandbox.write("talk.txt", Self.transcript)
        let pipe = sandbox.path("pipe")
        #expect(mkfifo(pipe, 0o644) == 0)
        let received = ReceivedBytes()
        let reader = Thread {
            let descriptor = open(pipe, O_RDONLY)
            guard descriptor >= 0 else { return }
            received.set(FileHandle(fileDescriptor: descriptor, closeOnDealloc: true).readDataToEndOfFile())
        }
        reader.start()
        let throughPipe = try sandbox.run(["tei", input, "-o", "pipe"], timeout: 10)
        #expect(throughPipe.status == 0)
        #expect(received.wait().starts(with: Data("<?xml".utf8)))
        var status = stat()
        #expect(stat(pipe, &status) == 0 && (status.st_mode & S_IFMT) == S_IFIFO)

        try sandbox.write("target.xml", "old")
        try FileManager.default.createSymbolicLink(atPath: sandbox.path("link.xml"), withDestinationPath: "target.xml")
        let throughLink = try sandbox.run(["tei", input, "-o", "link.xml"])
        #expect(throughLink.status == 0)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: sandbox.path("link.xml")) == "target.xml")
        #expect(try String(contentsOfFile: sandbox.path("target.xml"), encoding: .utf8).hasPrefix("<?xml"))
        #expect(sandbox.files() == ["link.xml", "pipe", "talk.txt", "target.xml"])
    }

    @Test("schemas that do not load: exit 2, the reason, nothing checked as valid")
    func brokenSchemas() throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        let document = try sandbox.write("note.xml", "<note><to>Ann</to><body>Hi</body></note>\n")
        try sandbox.write("broken.rng", "<element name=\"note\" xmlns=\"http://relaxng.org/ns/structure/1.0\">\n  <element name=\"to\"><text/>\n</element>\n")
        try sandbox.write("undefined.rng", #"<grammar xmlns="http://relaxng.org/ns/structure/1.0"><start><ref name="nope"/></start></grammar>"# + "\n")
        try sandbox.write("broken.xsd", #"<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema"><xs:element name="note" type="nope"/>"# + "\n")
        try sandbox.write("broken.dtd", "<!ELEMENT note (to, body)\n")
        try sandbox.write("empty.rng", "")
        try sandbox.write("bomb.rng", HostileInputs.billionLaughs())
        try FileManager.default.createDirectory(atPath: sandbox.path("folder.rng"), withIntermediateDirectories: false)
        #expect(mkfifo(sandbox.path("pipe.rng"), 0o644) == 0)
        let cases = [
            ("broken.rng", "broken.rng:4:1: error: the file ends in the middle of the document (is it truncated?)"),
            ("undefined.rng", "undefined.rng:1: error: Reference nope has no matching definition (at /grammar/start/ref)"),
            ("broken.xsd", "broken.xsd:2:1: error: Premature end of data in tag schema line 1"),
            ("broken.dtd", "broken.dtd:2:1: error: expected '>'"),
            ("empty.rng", "empty.rng: error: the schema is empty"),
            ("bomb.rng", "bomb.rng:3:64: error: an entity refers to itself or expands to too much text; refused (a guard against entity expansion bombs)"),
            ("folder.rng", "folder.rng: error: cannot read the schema: it is a directory"),
            ("pipe.rng", "pipe.rng: error: cannot read the schema: it is not a regular file"),
            ("missing.rng", "missing.rng: error: cannot read the schema"),
        ]
        for (schema, message) in cases {
            let result = try sandbox.run(["validate", "--schema", schema, document], timeout: 10)
            #expect(!result.timedOut, "\(schema)")
            #expect(result.status == 2, "\(schema)")
            #expect(result.stdoutText == "", "\(schema)")
            #expect(result.stderr == message + "\n1 file: 0 valid, 0 invalid, 1 not checked\n", "\(schema)")
        }
    }

    @Test("the local listener does see a request (the no-fetch tests are not vacuous)")
    func listenerSeesRequests() throws {
        let listener = try LocalListener()
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = listener.port.bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        #expect(connected == 0)
        let request = Array("GET /probe HTTP/1.0\r\n\r\n".utf8)
        _ = request.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
        var reply = [UInt8](repeating: 0, count: 256)
        _ = read(descriptor, &reply, reply.count)
        close(descriptor)
        #expect(listener.stop() == ["GET /probe HTTP/1.0"])
    }

    /// `setpriv` arguments that run a command as `nobody`, when this process is root and that works;
    /// an empty launcher when not root (chmod then works as is); nil when neither is possible.
    static func unprivilegedLauncher(_ sandbox: Sandbox) throws -> [String]? {
        guard geteuid() == 0 else { return [] }
        let setpriv = "/usr/bin/setpriv"
        guard FileManager.default.isExecutableFile(atPath: setpriv) else { return nil }
        let launcher = [setpriv, "--reuid=65534", "--regid=65534", "--clear-groups", "--"]
        // The binary and its folders must be reachable for that user.
        let probe = try sandbox.run(["--version"], launcher: launcher)
        return probe.status == 0 ? launcher : nil
    }

    /// Bytes handed over from a reader thread.
    final class ReceivedBytes: @unchecked Sendable {
        private let lock = NSLock()
        private var data = Data()
        private let done = DispatchSemaphore(value: 0)

        func set(_ value: Data) {
            lock.withLock { data = value }
            done.signal()
        }

        func wait() -> Data {
            _ = done.wait(timeout: .now() + 10)
            return lock.withLock { data }
        }
    }
}
