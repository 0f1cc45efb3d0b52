import DXCertIngest
import DXCertRules
import Foundation
import XLSXWriter

/// Dropdown lists for a workbook: written inline when Excel and libxlsxwriter allow it, else
/// once into a hidden, protected sheet `_選択肢` and referenced from there.
///
/// Inline lists are limited to 255 characters and 255 UTF-8 bytes (about 85 kanji) and may not
/// contain `,` or `"`; a clerk's own scale descriptions (`5：期待を大きく上回る…`) easily pass that.
final class ChoiceLists {
    static let sheetName = "_選択肢"

    private let workbook: XLSXWorkbook
    private let password: String?
    private var sheet: XLSXWorksheet?
    private var written: [[String]: SheetRange] = [:]

    init(workbook: XLSXWorkbook, password: String?) {
        self.workbook = workbook
        self.password = password
    }

    /// The validation rule offering `items` as a dropdown.
    func rule(_ items: [String]) throws -> DataValidation.Rule {
        if Self.fitsInline(items) { return .list(items) }
        if let range = written[items] { return .listSource(range) }
        let sheet = try self.sheet ?? makeSheet()
        let column = written.count
        for (row, item) in items.enumerated() {
            try sheet.write(item, at: CellAddress(row: row, column: column))
        }
        let range = sheet.range(RangeAddress(firstRow: 0, firstColumn: column, lastRow: items.count - 1, lastColumn: column))
        written[items] = range
        return .listSource(range)
    }

    static func fitsInline(_ items: [String]) -> Bool {
        guard !items.isEmpty, !items.contains(where: { $0.contains(",") || $0.contains("\"") || $0.isEmpty }) else { return false }
        let characters = items.reduce(0) { $0 + $1.utf16.count } + items.count - 1
        let bytes = items.reduce(0) { $0 + $1.utf8.count } + items.count - 1
        return characters <= 255 && bytes <= 255
    }

    private func makeSheet() throws -> XLSXWorksheet {
        let sheet = try workbook.addWorksheet(name: Self.sheetName)
        try sheet.protect(password: password)
        try sheet.hide()
        self.sheet = sheet
        return sheet
    }
}
