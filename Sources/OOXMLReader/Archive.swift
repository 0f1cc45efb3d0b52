import CLibDeflate
import CZlib
import Foundation

/// Safety caps applied while a workbook is unzipped.
///
/// Sizes are counted as bytes come out of the inflater, never taken from ZIP headers,
/// so a ZIP bomb is stopped after at most the cap, whatever its headers claim.
public struct ArchiveLimits: Sendable, Equatable {
    /// Most entries a workbook may hold.
    public var maxEntries: Int
    /// Most inflated bytes of one part.
    public var maxPartBytes: Int64
    /// Most inflated bytes read from one workbook in all.
    public var maxTotalBytes: Int64

    /// Creates caps.
    public init(maxEntries: Int = 10_000, maxPartBytes: Int64 = 512 << 20, maxTotalBytes: Int64 = 1 << 30) {
        self.maxEntries = maxEntries
        self.maxPartBytes = maxPartBytes
        self.maxTotalBytes = maxTotalBytes
    }

    /// The defaults: 10,000 entries, 512 MiB a part, 1 GiB a workbook.
    public static let standard = ArchiveLimits()
}

/// A read-only ZIP container, read straight from its central directory over zlib.
///
/// Why not ZIPFoundation: its inflate loop (0.9.20) never ends when a deflate stream is cut
/// short (an empty read at end of file leaves the loop spinning) and it reads past an entry's
/// compressed size. A judge's broken file must give a message, never a hang, so this type
/// bounds every read by the entry's compressed size and treats a stream that ends early
/// as a broken file. Entry names are only ever dictionary keys, never file-system paths.
final class ZipArchive {
    /// One entry of the central directory.
    struct Entry {
        let name: String
        let method: UInt16
        let flags: UInt16
        let crc32: UInt32
        let compressedSize: Int64
        let uncompressedSize: Int64
        let localHeaderOffset: Int64
    }

    let displayName: String
    let limits: ArchiveLimits
    private let source: ByteSource
    private let fileSize: Int64
    /// Entries by normalized name (lower case, `/` separators, no leading `/`).
    private(set) var entries: [String: Entry] = [:]
    /// Entry names in central-directory order, as written.
    private(set) var names: [String] = []
    /// Most inflated bytes of each entry read so far (reading an entry again does not count twice).
    private var inflatedByEntry: [String: Int64] = [:]
    private var inflatedTotal: Int64 = 0

    /// Reads the central directory of `source` and checks names and counts.
    /// Where this archive's shared small parts are looked up (`PartCache.shared` in a run; tests
    /// give their own, so what other tests read cannot fill it).
    let partCache: PartCache

    init(source: ByteSource, limits: ArchiveLimits, partCache: PartCache = .shared) throws {
        self.partCache = partCache
        self.displayName = source.displayName
        self.limits = limits
        self.source = source
        self.fileSize = source.size
        try readCentralDirectory()
    }

    /// Normalizes an entry name or a part path for lookup.
    static func key(_ name: String) -> String {
        // Part names are ASCII in practice: done on the bytes (Unicode lower-casing and
        // Character-based prefix tests cost more than the rest of opening a small workbook).
        let u = name.utf8
        if u.first != UInt8(ascii: "/"),
            u.allSatisfy({ $0 < 0x80 && $0 != UInt8(ascii: "\\") && !($0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z")) })
        {
            return name  // already a key (`xl/worksheets/sheet1.xml`)
        }
        if u.allSatisfy({ $0 < 0x80 }) {
            var bytes: [UInt8] = []
            bytes.reserveCapacity(name.utf8.count)
            for b in name.utf8 {
                let c = b == UInt8(ascii: "\\") ? UInt8(ascii: "/") : b
                if c == UInt8(ascii: "/"), bytes.isEmpty { continue }  // leading separators
                bytes.append(c >= UInt8(ascii: "A") && c <= UInt8(ascii: "Z") ? c | 0x20 : c)
            }
            return String(decoding: bytes, as: UTF8.self)
        }
        var n = name.utf8.contains(UInt8(ascii: "\\")) ? name.replacingOccurrences(of: "\\", with: "/") : name
        while n.hasPrefix("/") { n.removeFirst() }
        return n.lowercased()
    }

    /// The entry for a part path, looked up case-insensitively.
    func entry(_ path: String) -> Entry? {
        entries[Self.key(path)]
    }

    // MARK: - Central directory

    // Every offset, size and count here comes from the file: each is range-checked before use,
    // and sums are compared as `a <= limit - b` (both sides known non-negative), never `a + b`,
    // so values near 2^63 (ZIP64 fields) give `brokenArchive`, never an overflow trap.
    private func readCentralDirectory() throws {
        let tailSize = min(fileSize, 22 + 65_535 + 20)
        guard fileSize >= 22 else { throw broken(.tooShortForEndRecord) }
        let tail = try source.read(at: fileSize - tailSize, count: Int(tailSize))
        var eocd = -1
        var i = tail.count - 22
        while i >= 0 {
            if tail[i] == 0x50, tail[i + 1] == 0x4B, tail[i + 2] == 0x05, tail[i + 3] == 0x06 {
                let commentLength = Int(le16(tail, i + 20))
                if i + 22 + commentLength <= tail.count { eocd = i; break }
            }
            i -= 1
        }
        guard eocd >= 0 else { throw broken(.endRecordNotFound) }
        var entryCount = Int64(le16(tail, eocd + 10))
        var cdSize = Int64(le32(tail, eocd + 12))
        var cdOffset = Int64(le32(tail, eocd + 16))
        if entryCount == 0xFFFF || cdSize == 0xFFFF_FFFF || cdOffset == 0xFFFF_FFFF {
            // ZIP64: the locator sits right before the classic record.
            let locator = eocd - 20
            guard locator >= 0, le32(tail, locator) == 0x0706_4B50 else { throw broken(.zip64LocatorNotFound) }
            let recordOffset = Int64(bitPattern: le64(tail, locator + 8))
            guard recordOffset >= 0, recordOffset <= fileSize - 56 else { throw broken(.zip64EndRecordOutOfBounds) }
            let record = try source.read(at: recordOffset, count: 56)
            guard le32(record, 0) == 0x0606_4B50 else { throw broken(.zip64EndRecordInvalid) }
            entryCount = Int64(bitPattern: le64(record, 32))
            cdSize = Int64(bitPattern: le64(record, 40))
            cdOffset = Int64(bitPattern: le64(record, 48))
        }
        guard entryCount >= 0, entryCount <= Int64(limits.maxEntries) else {
            throw ReaderError.limitExceeded(
                file: displayName, part: "(ZIP)",
                limit: .entryCount(count: entryCount, limit: limits.maxEntries))
        }
        guard cdOffset >= 0, cdSize >= 0, cdOffset <= fileSize, cdSize <= fileSize - cdOffset, cdSize <= 64 << 20 else {
            throw broken(.centralDirectoryOutOfBounds)
        }
        let cd = try source.read(at: cdOffset, count: Int(cdSize))
        // entryCount <= maxEntries (checked above), and each entry needs 46 bytes of the directory.
        let expected = Int(min(entryCount, Int64(cd.count / 46)))
        entries.reserveCapacity(expected)
        names.reserveCapacity(expected)
        var p = 0
        for _ in 0..<entryCount {
            guard p + 46 <= cd.count, le32(cd, p) == 0x0201_4B50 else { throw broken(.centralDirectoryDamaged) }
            let flags = le16(cd, p + 8)
            let method = le16(cd, p + 10)
            let crc = le32(cd, p + 16)
            var compressed = Int64(le32(cd, p + 20))
            var uncompressed = Int64(le32(cd, p + 24))
            let nameLength = Int(le16(cd, p + 28))
            let extraLength = Int(le16(cd, p + 30))
            let commentLength = Int(le16(cd, p + 32))
            var offset = Int64(le32(cd, p + 42))
            let end = p + 46 + nameLength + extraLength + commentLength
            guard end <= cd.count else { throw broken(.centralDirectoryDamaged) }
            let nameBytes = cd[(p + 46)..<(p + 46 + nameLength)]
            let name = nameBytes.withUnsafeBufferPointer { String(decoding: $0, as: UTF8.self) }
            // ZIP64 extended information: only the fields whose classic value is saturated are present.
            var x = p + 46 + nameLength
            let extraEnd = x + extraLength
            while x + 4 <= extraEnd {
                let id = le16(cd, x)
                let fieldEnd = x + 4 + Int(le16(cd, x + 2))
                // A field claiming more bytes than the extra area holds is cut off: stop there (a
                // saturated size or offset left unresolved then fails as a broken entry when read).
                guard fieldEnd <= extraEnd else { break }
                var f = x + 4
                if id == 0x0001 {
                    if uncompressed == 0xFFFF_FFFF, f + 8 <= fieldEnd { uncompressed = Int64(bitPattern: le64(cd, f)); f += 8 }
                    if compressed == 0xFFFF_FFFF, f + 8 <= fieldEnd { compressed = Int64(bitPattern: le64(cd, f)); f += 8 }
                    if offset == 0xFFFF_FFFF, f + 8 <= fieldEnd { offset = Int64(bitPattern: le64(cd, f)) }
                }
                x = fieldEnd
            }
            p = end
            if nameBytes.last == UInt8(ascii: "/") { continue }  // directory entry
            let key = Self.key(name)
            if entries[key] != nil {
                throw ReaderError.duplicateEntry(file: displayName, part: name)
            }
            entries[key] = Entry(
                name: name, method: method, flags: flags, crc32: crc,
                compressedSize: compressed, uncompressedSize: uncompressed,
                localHeaderOffset: offset)
            names.append(name)
        }
    }

    // MARK: - Streaming an entry

    /// Inflates `entry`, handing the bytes to `consumer` chunk by chunk.
    ///
    /// Stops with `limitExceeded` as soon as the part or the archive passes its cap, and with
    /// `brokenArchive` when the stream ends early, runs past its compressed size, or fails its CRC.
    func stream(_ entry: Entry, consumer: (UnsafeRawBufferPointer) throws -> Void) throws {
        let dataOffset = try dataOffset(of: entry)
        var produced: Int64 = 0
        var crc: UInt32 = 0
        defer { record(entry, inflated: produced) }
        let count: (UnsafeRawBufferPointer) throws -> Void = { chunk in
            produced += Int64(chunk.count)
            if let cap = self.capPassed(entry, inflated: produced) {
                throw ReaderError.limitExceeded(file: self.displayName, part: entry.name, limit: cap)
            }
            if let base = chunk.baseAddress, chunk.count > 0 {
                crc = libdeflate_crc32(crc, base, chunk.count)
            }
            try consumer(chunk)
        }
        switch entry.method {
        case 0: try copyStored(entry, from: dataOffset, to: count)
        case 8:
            if let whole = try inflateWhole(entry, from: dataOffset) {
                try whole.withUnsafeBytes(count)
            } else {
                try inflate(entry, from: dataOffset, to: count)
            }
        default:
            throw ReaderError.unsupportedEntry(file: displayName, part: entry.name, feature: .compressionMethod(entry.method))
        }
        if crc != entry.crc32 {
            throw broken(.checksumMismatch(part: entry.name))
        }
    }

    /// The compressed bytes of a deflated or stored entry of at most `limit` bytes, or nil when it
    /// is larger, encrypted or its local header is unusable (reading it then gives the error).
    func compressedBytes(_ entry: Entry, limit: Int) -> [UInt8]? {
        guard entry.method == 0 || entry.method == 8, entry.compressedSize <= Int64(limit),
            let dataOffset = try? dataOffset(of: entry),
            let bytes = try? source.read(at: dataOffset, count: Int(entry.compressedSize))
        else { return nil }
        return bytes
    }

    /// What `parse` gives for `entry`, taken from this archive's `PartCache` when an earlier
    /// workbook had the same part byte for byte; `context` is anything besides the bytes the
    /// value depends on.
    func parsedOnce<T: Sendable>(
        _ kind: PartCache.Kind, _ entry: Entry, context: String = "", parse: () throws -> T
    ) throws -> T {
        try partCache.value(kind, entry, context: context, in: self, parse: parse)
    }

    /// The inflated bytes counted for `entry` so far (its largest read).
    func inflatedBytes(_ entry: Entry) -> Int64 {
        inflatedByEntry[entry.name] ?? 0
    }

    /// Counts `inflated` bytes for an entry taken from `PartCache` as `stream` would have counted
    /// them; false (nothing counted) when that would pass a cap, so the caller reads the entry
    /// and gets the cap's error.
    func countCached(_ entry: Entry, inflated: Int64) -> Bool {
        guard capPassed(entry, inflated: inflated) == nil else { return false }
        record(entry, inflated: inflated)
        return true
    }

    /// Where `entry`'s data starts, past its local header, checked to lie inside the file; the
    /// errors an encrypted entry or a damaged header gives.
    private func dataOffset(of entry: Entry) throws -> Int64 {
        if entry.flags & 0x0001 != 0 {
            throw ReaderError.unsupportedEntry(file: displayName, part: entry.name, feature: .encryption)
        }
        guard entry.localHeaderOffset >= 0, entry.localHeaderOffset <= fileSize - 30 else {
            throw broken(.entryOutOfBounds(part: entry.name))
        }
        let header = try source.read(at: entry.localHeaderOffset, count: 30)
        guard le32(header, 0) == 0x0403_4B50 else { throw broken(.localHeaderDamaged(part: entry.name)) }
        let dataOffset = entry.localHeaderOffset + 30 + Int64(le16(header, 26)) + Int64(le16(header, 28))
        // dataOffset <= fileSize + 30 + 2 * 65_535: no overflow; the size is compared, not added.
        guard entry.compressedSize >= 0, entry.compressedSize <= fileSize - dataOffset else {
            throw broken(.entryTruncated(part: entry.name))
        }
        return dataOffset
    }

    /// The cap `inflated` bytes of `entry` would pass, the archive's other entries counted as
    /// read so far; nil within both caps.
    private func capPassed(_ entry: Entry, inflated: Int64) -> ReaderError.SafetyLimit? {
        let others = inflatedTotal - (inflatedByEntry[entry.name] ?? 0)
        if inflated > limits.maxPartBytes { return .partBytes(limit: limits.maxPartBytes) }
        if others + inflated > limits.maxTotalBytes { return .totalBytes(limit: limits.maxTotalBytes) }
        return nil
    }

    /// Counts `inflated` bytes read of `entry`: an entry read again counts once, at its largest.
    private func record(_ entry: Entry, inflated: Int64) {
        let before = inflatedByEntry[entry.name] ?? 0
        let most = max(before, inflated)
        inflatedByEntry[entry.name] = most
        inflatedTotal += most - before
    }

    /// True when the entry inflates cleanly and its CRC-32 matches (used to explain broken XML).
    func checksumMatches(_ entry: Entry) -> Bool {
        do {
            try stream(entry) { _ in }
            return true
        } catch {
            return false
        }
    }

    private static let chunkSize = 64 * 1024

    /// A buffer of `count` bytes (1...chunkSize) left uninitialised: each is written by a read
    /// or the inflater before any byte of it is looked at.
    private static func scratch(_ count: Int64) -> [UInt8] {
        let n = Int(count)
        return [UInt8](unsafeUninitializedCapacity: n) { _, initialized in initialized = n }
    }

    private func copyStored(_ entry: Entry, from offset: Int64, to consumer: (UnsafeRawBufferPointer) throws -> Void) throws {
        var position = offset
        var remaining = entry.compressedSize
        var buffer = Self.scratch(min(Int64(Self.chunkSize), max(remaining, 1)))
        while remaining > 0 {
            let n = Int(min(Int64(buffer.count), remaining))
            let got = try source.read(into: &buffer, at: position, count: n)
            guard got == n else { throw broken(.entryTruncated(part: entry.name)) }
            try buffer.withUnsafeBytes { try consumer(UnsafeRawBufferPointer(rebasing: $0[0..<n])) }
            position += Int64(n)
            remaining -= Int64(n)
        }
    }

    private func inflate(_ entry: Entry, from offset: Int64, to consumer: (UnsafeRawBufferPointer) throws -> Void) throws {
        var stream = z_stream()
        guard inflateInit2_(&stream, -MAX_WBITS, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            throw broken(.inflaterSetupFailed)
        }
        defer { inflateEnd(&stream) }
        // Buffers sized to the entry (most parts are a few KiB), never initialised: zero-filling two
        // 64 KiB buffers per part was 15% of the instructions of reading 2,000 small workbooks.
        // The sizes come from the (untrusted) central directory but only size the buffers: every
        // loop below is bounded by what is actually read and inflated.
        var input = Self.scratch(min(Int64(Self.chunkSize), max(entry.compressedSize, 1)))
        let outputSize = Int(min(Int64(Self.chunkSize), max(entry.uncompressedSize, 1024)))
        var output = Self.scratch(Int64(outputSize))
        var position = offset
        var remaining = entry.compressedSize
        var finished = false
        while !finished {
            guard remaining > 0 else { throw broken(.compressedDataTruncated(part: entry.name)) }
            let n = Int(min(Int64(input.count), remaining))
            let got = try source.read(into: &input, at: position, count: n)
            guard got == n else { throw broken(.entryTruncated(part: entry.name)) }
            position += Int64(n)
            remaining -= Int64(n)
            try input.withUnsafeMutableBytes { inBuf in
                stream.next_in = inBuf.baseAddress!.assumingMemoryBound(to: Bytef.self)
                stream.avail_in = uInt(n)
                repeat {
                    let inputBefore = stream.avail_in
                    let (status, produced): (Int32, Int) = output.withUnsafeMutableBytes { outBuf in
                        stream.next_out = outBuf.baseAddress!.assumingMemoryBound(to: Bytef.self)
                        stream.avail_out = uInt(outputSize)
                        let status = CZlib.inflate(&stream, Z_NO_FLUSH)
                        return (status, outputSize - Int(stream.avail_out))
                    }
                    if produced > 0 {
                        try output.withUnsafeBytes { try consumer(UnsafeRawBufferPointer(rebasing: $0[0..<produced])) }
                    }
                    switch status {
                    case Z_STREAM_END:
                        finished = true
                    case Z_OK:
                        // Guard against a stream that neither consumes nor produces (never loop forever).
                        if produced == 0 && stream.avail_in == inputBefore {
                            throw broken(.compressedDataDamaged(part: entry.name))
                        }
                    case Z_BUF_ERROR:
                        // No progress possible with this input: needs more (checked by the outer loop).
                        if stream.avail_in > 0 && produced == 0 {
                            throw broken(.compressedDataDamaged(part: entry.name))
                        }
                    default:
                        throw broken(.compressedDataDamaged(part: entry.name))
                    }
                } while !finished && (stream.avail_in > 0 || stream.avail_out == 0)
            }
        }
    }

    /// Parts up to this size (as the central directory states it) are inflated in one call by
    /// libdeflate; larger ones stream through zlib, so memory stays bounded whatever the file.
    static let wholeInflateLimit: Int64 = 1 << 20

    /// libdeflate's decompressor for this archive's parts, taken from `Decompressors` on first use.
    private var decompressor: OpaquePointer?

    deinit {
        if let decompressor { Decompressors.shared.give(decompressor) }
    }

    /// The whole inflated part, when its stated size is small and libdeflate inflates it to
    /// exactly that size; nil otherwise, and the caller streams it through zlib instead, which
    /// gives damaged or lying entries their usual errors. (libdeflate reads a small part about
    /// twice as fast as zlib and has no per-stream set-up: it measured xx% of reading.)
    private func inflateWhole(_ entry: Entry, from offset: Int64) throws -> [UInt8]? {
        let size = entry.uncompressedSize
        guard size > 0, size <= Self.wholeInflateLimit, size <= limits.maxPartBytes,
            entry.compressedSize > 0, entry.compressedSize <= Self.wholeInflateLimit
        else { return nil }
        if decompressor == nil { decompressor = Decompressors.shared.take() }
        guard let decompressor else { return nil }
        var input = Self.scratch(entry.compressedSize)
        let n = Int(entry.compressedSize)
        let got = try source.read(into: &input, at: offset, count: n)
        guard got == n else { throw broken(.entryTruncated(part: entry.name)) }
        var output = Self.scratch(size)
        var written = 0
        let result = input.withUnsafeBytes { inBuf in
            output.withUnsafeMutableBytes { outBuf in
                libdeflate_deflate_decompress(
                    decompressor, inBuf.baseAddress, n, outBuf.baseAddress, outBuf.count, &written)
            }
        }
        guard result == LIBDEFLATE_SUCCESS, written == output.count else { return nil }
        return output
    }

    private func broken(_ damage: ReaderError.ArchiveDamage) -> ReaderError {
        .brokenArchive(file: displayName, damage: damage)
    }
}

/// libdeflate decompressors kept between workbooks: making one clears ~32 KiB of tables, which
/// per workbook was more work than inflating its parts. A decompressor holds no state between
/// calls, so any one serves any archive; one is used by one archive (one thread) at a time.
final class Decompressors: @unchecked Sendable {
    static let shared = Decompressors()
    /// Guarded by `lock`.
    private var free: [OpaquePointer] = []
    private let lock = NSLock()

    /// A decompressor, nil only when none can be allocated (the caller then streams with zlib).
    func take() -> OpaquePointer? {
        lock.withLock { free.popLast() } ?? libdeflate_alloc_decompressor()
    }

    /// Returns a decompressor for the next archive (the list never holds more than were in use
    /// at once: one per workbook open at the same time).
    func give(_ decompressor: OpaquePointer) {
        lock.withLock { free.append(decompressor) }
    }
}

@inline(__always) private func le16(_ b: [UInt8], _ i: Int) -> UInt16 {
    UInt16(b[i]) | UInt16(b[i + 1]) << 8
}

@inline(__always) private func le32(_ b: [UInt8], _ i: Int) -> UInt32 {
    UInt32(b[i]) | UInt32(b[i + 1]) << 8 | UInt32(b[i + 2]) << 16 | UInt32(b[i + 3]) << 24
}

@inline(__always) private func le64(_ b: [UInt8], _ i: Int) -> UInt64 {
    UInt64(le32(b, i)) | UInt64(le32(b, i + 4)) << 32
}
