import Foundation
import OOXMLReader

/// Text as the batch compares it (SPEC §4).
public enum TextNormalizer {
    /// NFKC (full-width digits and letters → ASCII, half-width kana → full-width), trimmed,
    /// every run of whitespace (U+3000 included) collapsed to one space.
    public static func normalize(_ s: String) -> String {
        let nfkc = s.precomposedStringWithCompatibilityMapping
        var out = ""
        out.reserveCapacity(nfkc.utf8.count)
        var pendingSpace = false
        for ch in nfkc {
            if ch.isWhitespace || ch == "\u{3000}" || ch == "\u{200B}" || ch == "\u{FEFF}" {
                pendingSpace = !out.isEmpty
            } else {
                if pendingSpace { out.append(" ") }
                pendingSpace = false
                out.append(ch)
            }
        }
        return out
    }

    /// A key for comparing people's names: normalized with every space removed
    /// (`山田　太郎` = `山田 太郎` = `山田太郎`).
    public static func nameKey(_ s: String) -> String {
        normalize(s).filter { !$0.isWhitespace }
    }

    /// A key for matching labels (headers, setting names): normalized, no spaces, `:` as `：`.
    public static func labelKey(_ s: String) -> String {
        nameKey(s).replacingOccurrences(of: ":", with: "：")
    }

    /// The normalized text of a cell value (numbers without `.0`).
    public static func text(_ value: CellValue?) -> String {
        guard let value else { return "" }
        return normalize(value.text)
    }
}
