import DXCertRules
import Foundation
import OOXMLReader

/// A header row found on a form sheet: which column holds which label.
///
/// Made for every row a form's header test looks at (up to 41 rows of each sheet while a
/// workbook is recognised), so it is a short array searched in column order rather than two
/// dictionaries: a row has a handful of cells, and hashing them cost more than comparing.
public struct HeaderMap: Sendable {
    /// One non-empty cell of the row.
    struct Entry: Sendable {
        /// `TextNormalizer.labelKey` of the label.
        let key: UTF8Key
        let column: Int
        /// The label as written (normalized).
        let label: String
    }

    /// The row the header is on.
    public let row: Int
    /// The row's non-empty cells in column order.
    private let entries: [Entry]

    init(row: Row) {
        self.row = row.index
        var entries: [Entry] = []
        entries.reserveCapacity(row.cells.count)
        for cell in row.cells {
            let (text, key) = TextNormalizer.headerLabel(cell.value.text)
            guard !text.isEmpty else { continue }
            entries.append(Entry(key: key, column: cell.reference.column, label: text))
        }
        self.entries = entries
    }

    /// True when the row has no label at all.
    public var isEmpty: Bool { entries.isEmpty }

    /// How many different labels the row has.
    public var distinctLabelCount: Int {
        entries.indices.filter { i in !entries[..<i].contains { $0.key == entries[i].key } }.count
    }

    /// The columns that have a label, in order.
    public var labelledColumns: [Int] { entries.map(\.column) }

    /// The label written in `column` (normalized), if any.
    public func label(at column: Int) -> String? {
        entries.first { $0.column == column }?.label
    }

    /// The column of a label, compared as label keys (the leftmost when written twice); also
    /// accepts a label that starts with it (`職員番号（半角）` for `職員番号`), the leftmost such.
    public func column(_ label: String) -> Int? {
        column(HeaderLabel(label))
    }

    /// `column(_:)` for a label whose key is already made (the forms' own header labels, looked up
    /// on every row a header test tries).
    public func column(_ label: HeaderLabel) -> Int? {
        let key = label.key
        if let exact = entries.first(where: { $0.key == key }) { return exact.column }
        // Keys are normalized (NFKC), so a label that starts with the key starts with its bytes.
        return entries.first { $0.key.hasPrefix(key) }?.column
    }

    /// True when every label is present.
    public func has(_ labels: [String]) -> Bool {
        labels.allSatisfy { column($0) != nil }
    }

    /// True when every label is present.
    public func has(_ labels: [HeaderLabel]) -> Bool {
        labels.allSatisfy { column($0) != nil }
    }
}

/// A header label with its key (`TextNormalizer.labelKey`) made once.
public struct HeaderLabel: Sendable {
    let key: UTF8Key

    public init(_ label: String) {
        key = UTF8Key(TextNormalizer.labelKey(label))
    }
}
