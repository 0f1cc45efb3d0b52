import DXCertRules
import Foundation
import OOXMLReader

/// A header row found on a form sheet: which column holds which label.
public struct HeaderMap: Sendable {
    /// The row the header is on.
    public let row: Int
    /// Label key (`TextNormalizer.labelKey`) → column, first occurrence wins.
    public let columns: [UTF8Key: Int]
    /// Column → the label as written.
    public let labels: [Int: String]

    init(row: Row) {
        self.row = row.index
        var columns: [UTF8Key: Int] = [:]
        var labels: [Int: String] = [:]
        for cell in row.cells {
            let text = TextNormalizer.normalize(cell.value.text)
            guard !text.isEmpty else { continue }
            labels[cell.reference.column] = text
            let key = UTF8Key(TextNormalizer.labelKey(text))
            if columns[key] == nil { columns[key] = cell.reference.column }
        }
        self.columns = columns
        self.labels = labels
    }

    /// The column of a label, compared as label keys; also accepts a label that starts with it
    /// (`職員番号（半角）` for `職員番号`).
    public func column(_ label: String) -> Int? {
        let key = UTF8Key(TextNormalizer.labelKey(label))
        if let c = columns[key] { return c }
        // Keys are normalized (NFKC), so a label that starts with the key starts with its bytes:
        // compared as bytes, without building a filtered dictionary for every row tried.
        var best: Int?
        for (candidate, column) in columns where best.map({ column < $0 }) ?? true && candidate.hasPrefix(key) {
            best = column
        }
        return best
    }

    /// True when every label is present.
    public func has(_ labels: [String]) -> Bool {
        labels.allSatisfy { column($0) != nil }
    }
}
