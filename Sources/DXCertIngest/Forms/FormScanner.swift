import DXCertRules
import Foundation
import OOXMLReader

/// Reads a form sheet in one streaming pass: the rows above the table (the preamble, kept for
/// label/value lookups), then each table row handed over as it is parsed.
///
/// Memory holds the preamble (at most `preambleLimit` rows) and nothing else of the sheet.
package enum FormScanner {
    /// Result of a scan: the preamble rows and the header, if one was found.
    package struct Scan {
        package var preamble: [Row] = []
        package var header: HeaderMap?
        /// The label keys of the preamble's cells, made on the first label lookup and reused by
        /// the others (a form looks up half a dozen labels in the same few rows).
        fileprivate let keys = PreambleKeys()

        /// Takes a row met before the header: the header when `isHeader` recognises its map, else
        /// a preamble row. False when the preamble is already full: no header in the first rows,
        /// not this kind of form. The one rule both a streamed scan and a preview follow.
        fileprivate mutating func take(_ row: Row, _ candidate: HeaderMap, isHeader: (HeaderMap) -> Bool, preambleLimit: Int) -> Bool {
            if !candidate.isEmpty, isHeader(candidate) {
                header = candidate
                return true
            }
            guard preamble.count < preambleLimit else { return false }
            preamble.append(row)
            return true
        }
    }

    /// `Scan.keys`: one key per preamble cell, by row (made again if the rows changed in number).
    fileprivate final class PreambleKeys {
        private var keys: [[UTF8Key]]?

        /// Keys compared as bytes: they are normalized, and `String ==` would normalize Japanese
        /// again on every comparison.
        func of(_ rows: [Row]) -> [[UTF8Key]] {
            if let keys, keys.count == rows.count { return keys }
            let made = rows.map { row in row.cells.map { UTF8Key(TextNormalizer.labelKey($0.value.text)) } }
            keys = made
            return made
        }
    }

    /// A form's sheet and the scan that found its header there.
    package struct Found {
        package let sheet: SheetInfo
        package let scan: Scan

        package init(_ sheet: SheetInfo, _ scan: Scan) {
            self.sheet = sheet
            self.scan = scan
        }
    }

    /// Signals that a scan has seen enough (thrown from the row callback, caught here).
    private struct Enough: Error {}

    /// Streams `sheet`. `isHeader` recognises the table's header row among the first
    /// `preambleLimit` rows; rows after it go to `onRow`, which returns false to stop early.
    ///
    /// `after`: a scan of the same sheet that already found the header (by the same rule, e.g.
    /// while the workbook was recognised): its preamble and header are taken as they are and
    /// the rows it read are passed over, instead of being mapped again.
    @discardableResult
    package static func scan(
        _ workbook: Workbook, _ sheet: SheetInfo, after known: Scan? = nil, preambleLimit: Int = 40,
        isHeader: (HeaderMap) -> Bool,
        onRow: (Row, HeaderMap) throws -> Bool = { _, _ in true }
    ) throws -> Scan {
        var scan = Scan()
        var alreadyRead = 0
        if let known, known.header != nil {
            scan = known
            alreadyRead = known.preamble.count + 1
        }
        do {
            try workbook.forEachRow(in: sheet) { row in
                if alreadyRead > 0 {
                    alreadyRead -= 1
                    return
                }
                if let header = scan.header {
                    if try !onRow(row, header) { throw Enough() }
                    return
                }
                if !scan.take(row, HeaderMap(row: row), isHeader: isHeader, preambleLimit: preambleLimit) { throw Enough() }
            }
        } catch is Enough {
            // stopped on purpose
        }
        return scan
    }

    /// The first worksheet whose table header `isHeader` recognises: the sheet named `preferred`
    /// first, then every other worksheet in order (the identity sheet excluded).
    /// With `previews`, the rows and header maps already made for another form's test are used
    /// (the same rows `scan` would look at, so the same result).
    static func findSheet(
        _ workbook: Workbook, preferred: String, isHeader: (HeaderMap) -> Bool, previews: SheetPreviews? = nil,
        preambleLimit: Int = 40
    ) throws -> (SheetInfo, Scan)? {
        let named = workbook.sheet(named: preferred).map { [$0] } ?? []
        for sheet in named + workbook.worksheets where sheet.kind == .worksheet && sheet.name != FormLayout.Identity.sheetName {
            guard let previews else {
                let scan = try FormScanner.scan(workbook, sheet, preambleLimit: preambleLimit, isHeader: isHeader, onRow: { _, _ in false })
                if scan.header != nil { return (sheet, scan) }
                continue
            }
            var scan = Scan()
            for (row, candidate) in try previews.rows(sheet, limit: preambleLimit) {
                guard scan.take(row, candidate, isHeader: isHeader, preambleLimit: preambleLimit), scan.header == nil else { break }
            }
            if scan.header != nil { return (sheet, scan) }
        }
        return nil
    }

    /// The value written to the right of a label in the preamble (`年度 | 令和6年度`), with its cell.
    static func value(after label: String, in scan: Scan) -> Cell? {
        value(after: HeaderLabel(label), in: scan)
    }

    /// `value(after:in:)` for a label whose key is already made (a form's own labels).
    static func value(after label: HeaderLabel, in scan: Scan) -> Cell? {
        value(after: label.key, in: scan.preamble, keys: scan.keys.of(scan.preamble))
    }

    /// `value(after:in:)` on rows whose cells' label keys are `keys`.
    private static func value(after key: UTF8Key, in rows: [Row], keys: [[UTF8Key]]) -> Cell? {
        for (row, rowKeys) in zip(rows, keys) {
            for (i, cell) in row.cells.enumerated() where rowKeys[i] == key {
                // The value sits in the next filled cell to the right, within a few columns (merged labels).
                guard let next = row.cells.dropFirst(i + 1).first,
                    next.reference.column - cell.reference.column <= 4
                else { return nil }
                return next
            }
        }
        return nil
    }

    /// Cells of `row` in `columns` holding a formula whose result was never saved (a file written
    /// by a program that does not calculate, e.g. openpyxl). They are not in `row.cells`: read
    /// as blank, so each is reported (`uncachedNote`).
    static func uncached(_ row: Row, columns: Set<Int>) -> [CellReference] {
        row.uncachedFormulas.filter { columns.contains($0.column) }
    }

    /// The value cell right of `label` in the preamble when it holds a formula without a saved
    /// result (the label's value is then read as missing).
    static func uncachedValue(after label: String, in scan: Scan) -> CellReference? {
        let rows = scan.preamble
        guard rows.contains(where: { !$0.uncachedFormulas.isEmpty }) else { return nil }
        let keys = scan.keys.of(rows)
        let key = UTF8Key(TextNormalizer.labelKey(label))
        for (row, rowKeys) in zip(rows, keys) where !row.uncachedFormulas.isEmpty {
            for (i, cell) in row.cells.enumerated() where rowKeys[i] == key {
                let limit =
                    row.cells.dropFirst(i + 1).first.map { min($0.reference.column, cell.reference.column + 4) }
                    ?? cell.reference.column + 4
                return row.uncachedFormulas.filter { $0.column > cell.reference.column && $0.column <= limit }.min()
            }
        }
        return nil
    }

    /// The problem of a cell holding a formula without a saved result (Japanese).
    static func uncachedNote(_ location: SourceLocation) -> SheetNote {
        SheetNote(
            .warning, location, "数式の計算結果が保存されていません。Excelで開いて保存し直してください",
            action: "このセルは空欄として読みました")
    }

    /// The cell of `row` in `column`, if not empty.
    package static func cell(_ row: Row, _ column: Int?) -> Cell? {
        guard let column else { return nil }
        return row.cells.first { $0.reference.column == column }
    }
}
