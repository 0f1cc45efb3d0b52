import Foundation
import OOXMLReader

/// Text as the batch compares it (SPEC §4).
public enum TextNormalizer {
    /// NFKC (full-width digits and letters → ASCII, half-width kana → full-width), trimmed,
    /// every run of whitespace (U+3000 included) collapsed to one space.
    public static func normalize(_ s: String) -> String {
        if s.utf8.allSatisfy({ $0 < 0x80 }) { return collapseASCII(s) }
        return cache.value(for: s) { collapse(String($0).precomposedStringWithCompatibilityMapping) }
    }

    /// A key for comparing people's names: normalized with every space removed
    /// (`山田　太郎` = `山田 太郎` = `山田太郎`).
    public static func nameKey(_ s: String) -> String {
        let n = normalize(s)
        return n.utf8.contains(0x20) ? String(String.UnicodeScalarView(n.unicodeScalars.filter { $0 != " " })) : n
    }

    /// A key for matching labels (headers, setting names): normalized, no spaces, `:` as `：`.
    public static func labelKey(_ s: String) -> String {
        let k = nameKey(s)
        return k.utf8.contains(UInt8(ascii: ":")) ? String(String.UnicodeScalarView(k.unicodeScalars.map { $0 == ":" ? "：" : $0 })) : k
    }

    /// Scalars treated as spaces: Unicode white space plus zero-width space and BOM.
    private static func isSpace(_ v: UInt32) -> Bool {
        switch v {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200B, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0xFEFF: return true
        default: return false
        }
    }

    private static func collapse(_ s: String) -> String {
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in s.unicodeScalars {
            if isSpace(scalar.value) {
                pendingSpace = !out.isEmpty
            } else {
                if pendingSpace { out.append(" ") }
                pendingSpace = false
                out.append(scalar)
            }
        }
        return String(out)
    }

    private static func collapseASCII(_ s: String) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(s.utf8.count)
        var pendingSpace = false
        var changed = false
        for b in s.utf8 {
            if b == 0x20 || (b >= 0x09 && b <= 0x0D) {
                if !pendingSpace && !bytes.isEmpty { pendingSpace = true } else { changed = true }
                if b != 0x20 { changed = true }
            } else {
                if pendingSpace { bytes.append(0x20) }
                pendingSpace = false
                bytes.append(b)
            }
        }
        if pendingSpace { changed = true }
        return changed ? String(decoding: bytes, as: UTF8.self) : s
    }

    /// Normalized forms of non-ASCII texts already seen: labels and names repeat across thousands of sheets.
    private static let cache = NormalizationCache()

    /// The normalized text of a cell value (numbers without `.0`).
    public static func text(_ value: CellValue?) -> String {
        guard let value else { return "" }
        return normalize(value.text)
    }
}

/// A bounded, thread-safe memo for `TextNormalizer.normalize`.
final class NormalizationCache: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [String: String] = [:]

    func value(for key: String, _ make: (String) -> String) -> String {
        lock.lock()
        if let v = values[key] { lock.unlock(); return v }
        lock.unlock()
        let v = make(key)
        lock.lock()
        if values.count > 200_000 { values.removeAll(keepingCapacity: true) }
        values[key] = v
        lock.unlock()
        return v
    }
}
