import Foundation

/// Staff IDs (職員番号) as the batch compares them.
///
/// A number cell `123` and a text cell `00123` are the same ID when the setup's ID width is 5:
/// digits-only IDs are zero-padded to the width. Full-width digits, spaces and a leading
/// apostrophe (Excel's text marker typed by hand) are normalized away; letters are upper-cased.
public enum StaffIDNormalizer {
    /// The normalized ID of a cell, or nil when the cell is blank.
    public static func normalize(_ value: EnteredValue?, width: Int) -> StaffID? {
        guard let value else { return nil }
        let raw: String
        switch value {
        case .number(let n) where n == n.rounded() && n >= 0 && n < 1e15:
            raw = String(Int64(n))
        default:
            raw = value.text
        }
        return normalize(raw, width: width)
    }

    /// The normalized ID of a text, or nil when it is blank.
    public static func normalize(_ text: String, width: Int) -> StaffID? {
        // The same text as any ID (NFKC, no spaces, upper case, no leading `'`), then padded.
        var s = IDNormalizer.normalize(text)
        guard !s.isEmpty else { return nil }
        if width > 0, s.count < width, s.allSatisfy({ $0.isASCII && $0.isNumber }) {
            s = String(repeating: "0", count: width - s.count) + s
        }
        return StaffID(s)
    }
}
