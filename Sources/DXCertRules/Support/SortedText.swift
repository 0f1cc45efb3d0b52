import Foundation

/// Sorted, duplicate-free lists of texts (file names, sources), as `Array(Set(texts)).sorted()`
/// gives them, without its cost for Japanese text.
///
/// Swift compares and hashes non-ASCII strings by canonical equivalence, normalizing them on
/// the fly every time; a person's decision lists the same few dozen file names, so sorting them
/// for every person (and again for every bar of the しきい値感度 table) was 5% of a check.
/// Text made only of scalars that normalization never changes (`TextNormalizer.ordersByBytes`)
/// is already in normal form, so its UTF-8 bytes order and compare it exactly as `String` does;
/// anything else takes `Set` and `sorted()`.
public enum SortedText {
    /// The distinct texts of `texts` in ascending `String` order.
    public static func unique(_ texts: [String]) -> [String] {
        guard texts.count > 1 else { return texts }
        guard texts.allSatisfy(TextNormalizer.ordersByBytes) else { return Array(Set(texts)).sorted() }
        let sorted = texts.sorted { a, b in UTF8Key.compareBytes(a, b) < 0 }
        var out: [String] = [sorted[0]]
        out.reserveCapacity(sorted.count)
        for s in sorted.dropFirst() where UTF8Key.compareBytes(out[out.count - 1], s) != 0 { out.append(s) }
        return out
    }
}
