import DXCertRules
import Foundation
import XLSXWriter

/// 入力チェック: every problem found in the input — severity, file, sheet, cell, what is wrong,
/// what the batch did and the technical detail (a library's own text, for whoever investigates)
/// — in the order `Diagnostics` sorts them (file, sheet, cell).
enum ProblemsSheet {
    static let name = "入力チェック"

    enum Header {
        static let number = "No"
        static let severity = "重大度"
        static let file = "ファイル"
        static let sheet = "シート"
        static let cell = "セル"
        static let message = "内容"
        static let action = "対処（集計での扱い）"
        static let year = "年度"
        static let detail = "詳細"
    }

    static func write(_ result: RunResult, page: PageText, to workbook: XLSXWorkbook) throws {
        // One row per problem: streamed, written top to bottom.
        let sheet = try workbook.addWorksheet(name: name, constantMemory: true)
        let writer = SheetWriter(sheet: sheet, page: page)
        let table = self.table(result.problems)
        let widths = SheetWriter.widths(for: table)
        let headerRow = try writer.writeTitle(
            "入力チェック", subtitle: summary(result.problems),
            notes: ["エラー：使えなかった入力（ファイル・行・値を除外）。警告：補正・推定・一部除外をして集計した入力。情報：記録のみ。ファイル・シート・セルの位置を直して再実行すると、結果は作り直されます。"],
            widths: widths)
        let placement = try writer.writeTable(table, headerRow: headerRow)
        if let severity = placement.data(column: table.column(Header.severity)!) {
            try sheet.addConditionalFormat(ConditionalFormat(.cellValue(.equal(.text(Severity.error.label))), style: ReportStyles.bad), to: severity)
            try sheet.addConditionalFormat(
                ConditionalFormat(.cellValue(.equal(.text(Severity.warning.label))), style: ReportStyles.neutral), to: severity)
            try sheet.addConditionalFormat(ConditionalFormat(.cellValue(.equal(.text(Severity.info.label))), style: ReportStyles.muted), to: severity)
        }
        try writer.setUpPrinting()
    }

    /// `エラー 2件・警告 5件・情報 1件`.
    static func summary(_ problems: [Problem]) -> String {
        guard !problems.isEmpty else { return "問題はありません" }
        return Severity.allCases.reversed().map { s in "\(s.label) \(problems.filter { $0.severity == s }.count)件" }.joined(separator: "・")
    }

    static func table(_ problems: [Problem]) -> ReportTable {
        let columns = [
            ReportColumn.count(Header.number),
            ReportColumn(Header.severity, .centered, min: 8, max: 10),
            ReportColumn(Header.file, min: 16, max: 40),
            ReportColumn(Header.sheet, min: 8, max: 20),
            ReportColumn(Header.cell, .centered, min: 6, max: 8),
            ReportColumn(Header.message, min: 30, max: 60),
            ReportColumn(Header.action, min: 20, max: 40),
            ReportColumn(Header.year, min: 10, max: 12),
            ReportColumn(Header.detail, min: 8, max: 40),
        ]
        let rows: [[ReportValue]] = problems.enumerated().map { i, p in
            [
                .count(i + 1),
                .text(p.severity.label),
                .nonEmpty(p.location.file),
                .nonEmpty(p.location.sheet ?? ""),
                .nonEmpty(p.location.cell?.a1 ?? ""),
                .nonEmpty(p.message),
                .nonEmpty(p.action),
                .nonEmpty(p.year?.label ?? ""),
                .nonEmpty(p.detail ?? ""),
            ]
        }
        return ReportTable(columns: columns, rows: rows, emptyMessage: "入力の問題はありません", frozenColumns: 2)
    }
}
