import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The bytes of one workbook: an open regular file, or a buffer in memory.
///
/// Opening never blocks: the file is opened with `O_NONBLOCK` and refused unless `fstat` says it
/// is a regular file, so a named pipe (FIFO), a device or a socket under the input folder gives
/// an `unreadableFile` error at once instead of hanging the batch. Reads are positioned
/// (`pread`), so they share no file offset.
final class ByteSource {
    private enum Storage {
        case file(Int32)
        case memory([UInt8])
    }

    private let storage: Storage
    let displayName: String
    /// Total size in bytes.
    let size: Int64

    /// Opens `url` for reading; throws `unreadableFile` (the errno, its text in `detail`).
    init(url: URL, displayName: String) throws {
        self.displayName = displayName
        let fd = open(url.path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard fd >= 0 else { throw Self.systemError(errno, file: displayName, opening: true) }
        var st = stat()
        guard fstat(fd, &st) == 0 else {
            let code = errno
            close(fd)
            throw Self.systemError(code, file: displayName, opening: true)
        }
        let type = st.st_mode & S_IFMT
        guard type == S_IFREG else {
            close(fd)
            if type == S_IFDIR { throw ReaderError.unreadableFile(file: displayName, code: EISDIR, operation: .opening) }
            throw ReaderError.unreadableFile(
                file: displayName, code: nil, operation: .opening,
                detail: "st_mode 0o\(String(st.st_mode, radix: 8))")
        }
        // Regular files never block; drop the flag anyway so reads behave as usual everywhere.
        let flags = fcntl(fd, F_GETFL)
        if flags >= 0 { _ = fcntl(fd, F_SETFL, flags & ~O_NONBLOCK) }
        if st.st_size >= 0, st.st_size <= Self.wholeFileLimit {
            // A small file (every returned form) is read at once and closed: one read instead of
            // two positioned reads per part. A file that shrank since fstat is as long as what was read.
            defer { close(fd) }
            let wanted = Int(st.st_size)
            var bytes = [UInt8](unsafeUninitializedCapacity: wanted) { _, n in n = wanted }
            var done = 0
            while done < wanted {
                let n = bytes.withUnsafeMutableBytes { pread(fd, $0.baseAddress! + done, wanted - done, off_t(done)) }
                if n < 0 {
                    if errno == EINTR { continue }
                    throw Self.systemError(errno, file: displayName, opening: false)
                }
                if n == 0 { break }
                done += n
            }
            bytes.removeLast(wanted - done)
            storage = .memory(bytes)
            size = Int64(done)
            return
        }
        storage = .file(fd)
        size = Int64(st.st_size)
    }

    /// Files up to this size are read into memory whole when opened (1 MiB: a returned form is a
    /// few KiB to a few hundred; larger workbooks are read part by part).
    static let wholeFileLimit: off_t = 1 << 20

    /// Wraps bytes already in memory (fuzzing, tests, callers that hold the file).
    init(bytes: [UInt8], displayName: String) {
        self.displayName = displayName
        storage = .memory(bytes)
        size = Int64(bytes.count)
    }

    deinit {
        if case .file(let fd) = storage { close(fd) }
    }

    /// Reads up to `count` bytes at `offset` into `pointer`; returns how many were read
    /// (fewer only at the end of the data). `offset` must be `0...size`.
    func read(into pointer: UnsafeMutableRawPointer, at offset: Int64, count: Int) throws -> Int {
        guard count > 0, offset >= 0, offset < size else { return 0 }
        switch storage {
        case .memory(let bytes):
            // offset < size = bytes.count, so it fits Int; the end is clamped to the buffer.
            let start = Int(offset)
            let n = min(count, bytes.count - start)
            bytes.withUnsafeBytes { buffer in
                if let base = buffer.baseAddress { pointer.copyMemory(from: base + start, byteCount: n) }
            }
            return n
        case .file(let fd):
            var done = 0
            while done < count {
                let n = pread(fd, pointer + done, count - done, off_t(offset) + off_t(done))
                if n < 0 {
                    if errno == EINTR { continue }
                    throw Self.systemError(errno, file: displayName, opening: false)
                }
                if n == 0 { break }
                done += n
            }
            return done
        }
    }

    /// Reads up to `count` bytes at `offset` into the start of `buffer` (never past its end);
    /// returns how many were read.
    func read(into buffer: inout [UInt8], at offset: Int64, count: Int) throws -> Int {
        let wanted = min(count, buffer.count)
        return try buffer.withUnsafeMutableBytes { raw -> Int in
            guard let base = raw.baseAddress else { return 0 }
            return try read(into: base, at: offset, count: wanted)
        }
    }

    /// Reads exactly `count` bytes at `offset`, or throws `brokenArchive` (the file is shorter).
    func read(at offset: Int64, count: Int) throws -> [UInt8] {
        guard count >= 0 else { throw ReaderError.brokenArchive(file: displayName, damage: .fileTruncated) }
        // Not zero-filled first: every byte is written by the read, or the read throws.
        let buffer = try [UInt8](unsafeUninitializedCapacity: count) { raw, initialized in
            let got = try raw.baseAddress.map { try read(into: UnsafeMutableRawPointer($0), at: offset, count: count) } ?? 0
            guard got == count else { throw ReaderError.brokenArchive(file: displayName, damage: .fileTruncated) }
            initialized = count
        }
        return buffer
    }

    /// An `unreadableFile` error for an errno, with the system's text in `detail`.
    static func systemError(_ code: Int32, file: String, opening: Bool) -> ReaderError {
        .unreadableFile(file: file, code: code, operation: opening ? .opening : .reading, detail: SystemErrorText.technical(code))
    }
}
