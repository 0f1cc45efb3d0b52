import Foundation

/// Project and judge IDs as compared: NFKC, no spaces, upper case (`ｐ０１` = `P01`).
public enum IDNormalizer {
    public static func normalize(_ text: String) -> String {
        var s = TextNormalizer.normalize(text).filter { !$0.isWhitespace }.uppercased()
        if s.hasPrefix("'") { s.removeFirst() }
        return s
    }

    /// The ID in a cell; number cells give their integer text (`12` for 12.0).
    public static func normalize(_ value: EnteredValue?) -> String {
        guard let value else { return "" }
        if case .number(let n) = value, n == n.rounded(), abs(n) < 1e15 { return String(Int64(n)) }
        return normalize(value.text)
    }
}
