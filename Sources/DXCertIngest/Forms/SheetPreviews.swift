import DXCertRules
import Foundation
import OOXMLReader

/// The first rows of each worksheet with their header maps, made once while a workbook is
/// recognised by its labels: each form's header test (名簿, リーダー評価, 報告会評価) then looks at
/// the same rows and maps instead of reading and mapping them again.
package final class SheetPreviews {
    private struct Stop: Error {}

    private let workbook: Workbook
    /// By sheet index: the limit asked for and the first rows read (at most `limit + 1`) with
    /// their header maps.
    private var previews: [Int: (limit: Int, rows: [(row: Row, header: HeaderMap)])] = [:]

    package init(_ workbook: Workbook) {
        self.workbook = workbook
    }

    /// The rows `FormScanner.scan` would look at on `sheet` (the first `limit + 1`).
    func rows(_ sheet: SheetInfo, limit: Int) throws -> [(row: Row, header: HeaderMap)] {
        if let known = previews[sheet.index], known.limit == limit { return known.rows }
        var rows: [(row: Row, header: HeaderMap)] = []
        do {
            try workbook.forEachRow(in: sheet) { row in
                rows.append((row, HeaderMap(row: row)))
                if rows.count > limit { throw Stop() }
            }
        } catch is Stop {
            // enough rows for a header test
        }
        previews[sheet.index] = (limit, rows)
        return rows
    }
}
