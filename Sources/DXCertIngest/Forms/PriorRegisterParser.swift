import DXCertRules
import Foundation
import OOXMLReader

/// Reads a 既認定者名簿 (or a previous ledger's 認定履歴 sheet): staff ID, name, tier, year.
public enum PriorRegisterParser {
    typealias Layout = FormLayout.PriorRegister

    static func isHeader(_ h: HeaderMap) -> Bool {
        h.has(headerLabels)
    }

    /// The header labels the test looks for, keys made once.
    private static let headerLabels = [Layout.staffIDHeader, Layout.tierHeader, Layout.yearHeader].map(HeaderLabel.init)

    static func findSheet(_ workbook: Workbook, previews: SheetPreviews? = nil) throws -> SheetInfo? {
        try FormScanner.findSheet(workbook, preferred: Layout.sheetName, isHeader: isHeader, previews: previews)?.0
    }

    public static func parse(_ workbook: Workbook, file: String, diagnostics: Diagnostics) throws -> [PriorCertification]? {
        guard let sheet = try findSheet(workbook) else { return nil }
        let loc = SourceLocation(file: file, sheet: sheet.name)
        var out: [PriorCertification] = []
        try FormScanner.scan(workbook, sheet, isHeader: isHeader) { row, h in
            for ref in FormScanner.uncached(row, columns: Set(h.labelledColumns)) {
                diagnostics.report(FormScanner.uncachedNote(loc.at(ref)))
            }
            let idCell = FormScanner.cell(row, h.column(Layout.staffIDHeader))
            let tierCell = FormScanner.cell(row, h.column(Layout.tierHeader))
            let yearCell = FormScanner.cell(row, h.column(Layout.yearHeader))
            let name = TextNormalizer.text(FormScanner.cell(row, h.column(Layout.nameHeader))?.value)
            if idCell == nil && tierCell == nil && yearCell == nil && name.isEmpty { return true }
            let at = loc.at(CellPosition(row: row.index, column: h.column(Layout.staffIDHeader)!))
            guard let id = StaffIDNormalizer.normalize(idCell?.value, width: 0) else {
                diagnostics.report(.error, at, "職員番号が空欄です（氏名「\(name)」）", action: "この行を取り込みません")
                return true
            }
            let tierAt = loc.at(CellPosition(row: row.index, column: h.column(Layout.tierHeader)!))
            guard let tier = tierCell.flatMap({ TierParser.parse($0.value.text) }) else {
                diagnostics.report(
                    .error, tierAt, "認定区分「\(tierCell?.value.text ?? "空欄")」が分かりません（アドバイザー・エキスパート・スペシャリスト）",
                    action: "この行を取り込みません")
                return true
            }
            let yearAt = loc.at(CellPosition(row: row.index, column: h.column(Layout.yearHeader)!))
            guard let year = YearParser.parse(yearCell?.value) else {
                diagnostics.report(
                    .error, yearAt, "認定" + YearParser.problem(yearCell?.value),
                    action: "この行を取り込みません")
                return true
            }
            out.append(
                PriorCertification(
                    staffID: id.value, name: name,
                    department: TextNormalizer.text(FormScanner.cell(row, h.column(Layout.departmentHeader))?.value),
                    tier: tier, year: year,
                    note: TextNormalizer.text(FormScanner.cell(row, h.column(Layout.noteHeader))?.value),
                    location: at))
            return true
        }
        return out
    }
}
