import Foundation

/// Project and judge IDs as compared: NFKC, no spaces, upper case (`ｐ０１` = `P01`).
public enum IDNormalizer {
    public static func normalize(_ text: String) -> String {
        if isAlreadyNormal(text) { return text }
        var s = TextNormalizer.normalize(text).filter { !$0.isWhitespace }.uppercased()
        if s.hasPrefix("'") { s.removeFirst() }
        return s
    }

    /// True when `text` is what every ID normalization returns for it: printable ASCII without
    /// spaces or lower-case letters, not starting with `'` (`P01`, `J003`, `100002`). Checked on
    /// the bytes; such IDs skip NFKC, the Character-by-character whitespace filter and case
    /// mapping (an ID is read from every row of every sheet).
    package static func isAlreadyNormal(_ text: String) -> Bool {
        guard let first = text.utf8.first, first != UInt8(ascii: "'") else { return false }
        return text.utf8.allSatisfy { $0 >= 0x21 && $0 <= 0x7E && !($0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z")) }
    }

    /// The ID in a cell; number cells give their integer text (`12` for 12.0).
    public static func normalize(_ value: EnteredValue?) -> String {
        guard let value else { return "" }
        if case .number(let n) = value, n == n.rounded(), abs(n) < 1e15 { return String(Int64(n)) }
        return normalize(value.text)
    }

    /// A project ID as written: `ｐ０１` → `P01`.
    public static func project(_ text: String) -> ProjectID { ProjectID(normalize(text)) }
    /// A judge ID as written.
    public static func judge(_ text: String) -> JudgeID { JudgeID(normalize(text)) }
    /// A criterion ID as written.
    public static func criterion(_ text: String) -> CriterionID { CriterionID(normalize(text)) }
    /// The project ID in a cell.
    public static func project(_ value: EnteredValue?) -> ProjectID { ProjectID(normalize(value)) }
    /// The judge ID in a cell.
    public static func judge(_ value: EnteredValue?) -> JudgeID { JudgeID(normalize(value)) }
    /// The criterion ID in a cell.
    public static func criterion(_ value: EnteredValue?) -> CriterionID { CriterionID(normalize(value)) }
}
