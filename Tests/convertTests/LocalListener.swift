import Foundation

/// A TCP listener on 127.0.0.1 at a port the system picks, counting the connections that reach it: a
/// hostile document points its external entities, DTDs, XIncludes and schemas at it, and a test
/// requires that no request arrives. It answers any request with a small XML body, so that a fetch,
/// if one happened, would be seen and would not hang. Only the loopback address is used.
final class LocalListener: @unchecked Sendable {
    let port: UInt16
    private let socketDescriptor: Int32
    private let lock = NSLock()
    private var accepted: [String] = []
    private var stopping = false
    private let stopped = DispatchSemaphore(value: 0)

    init() throws {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else { throw ListenerError(message: "socket: \(String(cString: strerror(errno)))") }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0, listen(descriptor, 16) == 0 else {
            close(descriptor)
            throw ListenerError(message: "bind/listen: \(String(cString: strerror(errno)))")
        }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(descriptor, $0, &length) }
        }
        socketDescriptor = descriptor
        port = UInt16(bigEndian: address.sin_port)
        let thread = Thread { [self] in serve() }
        thread.start()
    }

    /// A URL on this listener.
    func url(_ path: String) -> String {
        "http://127.0.0.1:\(port)/\(path)"
    }

    /// Stops listening, after a short grace period for a request still on its way, and returns the first
    /// line of every request that arrived.
    func stop() -> [String] {
        Thread.sleep(forTimeInterval: 0.1)
        lock.withLock { stopping = true }
        stopped.wait()
        close(socketDescriptor)
        return lock.withLock { accepted }
    }

    private func serve() {
        defer { stopped.signal() }
        while !lock.withLock({ stopping }) {
            var poller = pollfd(fd: socketDescriptor, events: Int16(POLLIN), revents: 0)
            guard poll(&poller, 1, 50) > 0 else { continue }
            let connection = accept(socketDescriptor, nil, nil)
            guard connection >= 0 else { continue }
            var request = [UInt8](repeating: 0, count: 4096)
            var reader = pollfd(fd: connection, events: Int16(POLLIN), revents: 0)
            let count = poll(&reader, 1, 1000) > 0 ? read(connection, &request, request.count) : 0
            let firstLine = String(decoding: request.prefix(max(0, count)), as: UTF8.self).split(separator: "\r\n").first.map(String.init) ?? "(no request line)"
            lock.withLock { accepted.append(firstLine) }
            let body = "<fetched>x</fetched>"
            let response = Array("HTTP/1.0 200 OK\r\nContent-Type: application/xml\r\nContent-Length: \(body.utf8.count)\r\n\r\n\(body)".utf8)
            _ = response.withUnsafeBytes { write(connection, $0.baseAddress, $0.count) }
            close(connection)
        }
    }

    struct ListenerError: Error {
        var message: String
    }
}
