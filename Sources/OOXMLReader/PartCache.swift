import Foundation

/// Parsed small parts that many workbooks share byte for byte.
///
/// Every form made from one template carries the same package relationships, workbook part,
/// workbook relationships and styles: in a year's 2,000 returned sheets these four parts were
/// over half of the XML parsed. Each distinct part is parsed once per run; a later copy is
/// recognised by its entry (name, method, CRC-32, sizes) and every one of its compressed bytes,
/// and takes the parsed value without inflating or parsing. A hit is exact: the same bytes
/// would inflate and parse to the same value, and its inflated size still counts against the
/// workbook's caps (`ZipArchive.countCached`). Only parts that parsed without error are kept,
/// and values hold part content only (never a file name), so messages are the same either way.
final class PartCache: @unchecked Sendable {
    /// What a cached value was parsed as (the same bytes read by two readers are two entries).
    enum Kind: UInt8 {
        case relationships, workbook, styles
    }

    static let shared = PartCache()

    init() {}

    /// Parts larger than this (compressed) are always parsed: templates' small parts are a few
    /// hundred bytes, and a big part is read rarely enough.
    static let maxCompressedBytes = 64 << 10
    /// At most this many distinct parts are kept (a run with many templates parses the rest).
    static let maxEntries = 512

    private struct Key: Hashable {
        let kind: Kind
        /// What the reader was given besides the bytes (a relationships part's source part).
        let context: String
        let name: String
        let method: UInt16
        let crc32: UInt32
        let compressedSize: Int64
        let uncompressedSize: Int64
    }

    private struct Stored {
        let compressed: [UInt8]
        let value: any Sendable
        let inflated: Int64
    }

    /// Guarded by `lock`.
    private var stored: [Key: [Stored]] = [:]
    /// Guarded by `lock`.
    private var count = 0
    /// Guarded by `lock`: parts taken from the cache (for tests and profiling).
    private var hitCount = 0
    private let lock = NSLock()

    /// Parts taken from the cache so far in this process.
    var hits: Int { lock.withLock { hitCount } }

    /// The value `parse` gives for `entry`, parsed once per distinct part. `context` is anything
    /// besides the bytes that the value depends on.
    func value<T: Sendable>(
        _ kind: Kind, _ entry: ZipArchive.Entry, context: String = "", in archive: ZipArchive, parse: () throws -> T
    ) throws -> T {
        guard let bytes = archive.compressedBytes(entry, limit: Self.maxCompressedBytes) else { return try parse() }
        let key = Key(
            kind: kind, context: context, name: entry.name, method: entry.method, crc32: entry.crc32,
            compressedSize: entry.compressedSize, uncompressedSize: entry.uncompressedSize)
        let hit = lock.withLock { stored[key]?.first { $0.compressed == bytes } }
        if let hit, let value = hit.value as? T, archive.countCached(entry, inflated: hit.inflated) {
            lock.withLock { hitCount += 1 }
            return value
        }
        let value = try parse()
        let inflated = archive.inflatedBytes(entry)
        lock.withLock {
            guard count < Self.maxEntries, stored[key]?.contains(where: { $0.compressed == bytes }) != true else { return }
            stored[key, default: []].append(Stored(compressed: bytes, value: value, inflated: inflated))
            count += 1
        }
        return value
    }
}
