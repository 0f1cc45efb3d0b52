import Foundation
import Testing

@testable import OOXMLReader

/// `Workbook.rowCacheLimit`: rows kept from one pass are replayed in later ones, and a pass that
/// stopped early, resumed from the kept rows, gives exactly what reading the file again gives.
@Suite("Row cache: replayed rows are the rows of the file")
struct RowCacheTests {
    struct Stop: Error {}

    static let files = [
        "good/xlsxwriter_mixed.xlsx", "good/openpyxl_mixed.xlsx", "good/libreoffice_mixed.xlsx",
        "good/hand_positions.xlsx", "good/hand_sheets.xlsx", "good/hand_empty_sheets.xlsx",
    ]

    static func rows(_ workbook: Workbook, _ sheet: SheetInfo) throws -> ([Row], [CellRange]) {
        var rows: [Row] = []
        let summary = try workbook.forEachRow(in: sheet) { rows.append($0) }
        return (rows, summary.mergedRanges)
    }

    @Test("stopped after some rows, then read whole, twice: the same rows and merged ranges as without a cache", arguments: files)
    func sameRows(file: String) throws {
        let plain = try Workbook(url: Fixtures.url(file))
        for limit in [1, 2, 3, 64] {
            let cached = try Workbook(url: Fixtures.url(file))
            cached.rowCacheLimit = limit
            for sheet in plain.worksheets {
                let expected = try Self.rows(plain, sheet)
                for stopAfter in [1, 2] {
                    var seen = 0
                    do {
                        try cached.forEachRow(in: sheet) { _ in
                            seen += 1
                            if seen == stopAfter { throw Stop() }
                        }
                    } catch is Stop {}
                }
                let first = try Self.rows(cached, sheet)
                let second = try Self.rows(cached, sheet)
                #expect(first.0 == expected.0 && second.0 == expected.0, "\(file) \(sheet.name) limit \(limit)")
                #expect(first.1 == expected.1 && second.1 == expected.1, "\(file) \(sheet.name) limit \(limit)")
            }
        }
    }
}
