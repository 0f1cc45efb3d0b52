import Foundation

/// FNV-1a 64-bit digest of text fields, each followed by a separator: deterministic across
/// processes and machines (Swift's `Hasher` is seeded per process). Used for the fingerprint of
/// a returned sheet's normalized content (identical re-sends compare equal whatever the file
/// bytes) and for the run identifier of the reports.
package struct ContentDigest {
    private var hash: UInt64 = 0xcbf2_9ce4_8422_2325

    package init() {}

    /// Adds several fields in order.
    package mutating func add(_ fields: String...) {
        for field in fields { add(field) }
    }

    package mutating func add(_ s: String) {
        for b in s.utf8 {
            hash ^= UInt64(b)
            hash = hash &* 0x100_0000_01b3
        }
        hash ^= 0x1F
        hash = hash &* 0x100_0000_01b3
    }

    /// 16 lower-case hex digits (`String(format: "%016llx")` without Foundation's formatter).
    package var hex: String {
        let digits = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
