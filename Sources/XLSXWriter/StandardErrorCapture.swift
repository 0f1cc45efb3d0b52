import Foundation

/// Runs a libxlsxwriter call with the process's standard error diverted into a pipe.
///
/// libxlsxwriter reports some failures (a full disk, a file it cannot create) by printing
/// `[ERROR] …` lines to stderr besides returning a code. Those English lines must not reach a
/// clerk's terminal; they belong in the error's technical detail.
///
/// File descriptor 2 belongs to the whole process, so captures are serialized by one recursive
/// lock: two captures on different threads would otherwise restore each other's descriptors out
/// of order and leave stderr pointing at a closed pipe (the next write then kills the process
/// with SIGPIPE). A capture nested on the same thread is fine (it restores in order).
enum StandardErrorCapture {
    private static let lock = NSRecursiveLock()

    /// What `body` returned and what it printed to stderr (at most the pipe's buffer).
    static func run<R>(_ body: () -> R) -> (result: R, printed: String) {
        lock.lock()
        defer { lock.unlock() }
        var fds: [Int32] = [-1, -1]
        guard pipe(&fds) == 0 else { return (body(), "") }
        let (readEnd, writeEnd) = (fds[0], fds[1])
        defer { close(readEnd) }
        // A full pipe must never block the library: extra output is dropped.
        _ = fcntl(writeEnd, F_SETFL, fcntl(writeEnd, F_GETFL) | O_NONBLOCK)
        _ = fcntl(readEnd, F_SETFL, fcntl(readEnd, F_GETFL) | O_NONBLOCK)
        fflush(nil)  // every C stream, stderr included (stderr itself is not concurrency-safe to name)
        let saved = dup(STDERR_FILENO)
        guard saved >= 0, dup2(writeEnd, STDERR_FILENO) >= 0 else {
            close(writeEnd)
            if saved >= 0 { close(saved) }
            return (body(), "")
        }
        close(writeEnd)
        let result = body()
        fflush(nil)  // every C stream, stderr included (stderr itself is not concurrency-safe to name)
        dup2(saved, STDERR_FILENO)
        close(saved)
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let n = buffer.withUnsafeMutableBytes { read(readEnd, $0.baseAddress, $0.count) }
            guard n > 0 else { break }
            bytes.append(contentsOf: buffer.prefix(n))
        }
        let text = String(decoding: bytes, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        return (result, text)
    }
}
