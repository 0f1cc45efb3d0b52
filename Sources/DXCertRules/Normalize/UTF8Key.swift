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

    public static func == (a: UTF8Key, b: UTF8Key) -> Bool {
        a.text.utf8.elementsEqual(b.text.utf8)
    }
}
