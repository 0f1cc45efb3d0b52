import Foundation

/// A normalized text used as a dictionary key, hashed and compared by its UTF-8 bytes.
///
/// Swift hashes and compares `String`s by canonical equivalence, which for Japanese text means
/// normalizing on the fly on every lookup. Keys made by `TextNormalizer` are already normalized
/// (NFKC), so equal keys have equal bytes, and the bytes are all a lookup needs.
public struct UTF8Key: Hashable, Sendable {
    public let text: String

    public init(_ text: String) {
        var text = text
        text.makeContiguousUTF8()
        self.text = text
    }

    public func hash(into hasher: inout Hasher) {
        var text = text
        text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }

    /// True when this key's bytes begin with all of `prefix`'s bytes.
    public func hasPrefix(_ prefix: UTF8Key) -> Bool {
        var a = text
        var b = prefix.text
        return a.withUTF8 { x in
            b.withUTF8 { y in y.count <= x.count && (y.count == 0 || memcmp(x.baseAddress!, y.baseAddress!, y.count) == 0) }
        }
    }

    public static func == (a: UTF8Key, b: UTF8Key) -> Bool {
        // One length check and one memcmp, instead of the generic element-by-element
        // `elementsEqual` (≈680 instructions per lookup).
        a.text.utf8.count == b.text.utf8.count && compareBytes(a.text, b.text) == 0
    }

    /// The order of two texts' UTF-8 bytes (memcmp, the shorter first on a common prefix):
    /// negative, zero or positive. For text in normal form it is `String`'s own order.
    package static func compareBytes(_ a: String, _ b: String) -> Int {
        var a = a
        var b = b
        return a.withUTF8 { x in
            b.withUTF8 { y in
                let n = Swift.min(x.count, y.count)
                let c = n == 0 ? 0 : Int(memcmp(x.baseAddress!, y.baseAddress!, n))
                return c != 0 ? c : x.count - y.count
            }
        }
    }
}
