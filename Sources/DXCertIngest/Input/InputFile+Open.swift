import DXCertRules
import Foundation

extension InputFile {
    /// Calls `body` with a URL that opens this very file, also when its name is not UTF-8: then
    /// the file is opened by its bytes and reached through `/proc/self/fd`. Never blocks on a
    /// FIFO (opened non-blocking; the reader refuses what is not a regular file).
    package func withReadableURL<R>(_ body: (URL) throws -> R) throws -> R {
        guard hasUndecodableName else { return try body(url) }
        let fd = InputScanner.withCString(fileSystemPath) { open($0, O_RDONLY | O_NONBLOCK | O_CLOEXEC) }
        guard fd >= 0 else { throw InputFileError.cannotOpen(errno: errno) }
        defer { close(fd) }
        return try body(URL(fileURLWithPath: "/proc/self/fd/\(fd)"))
    }
}
