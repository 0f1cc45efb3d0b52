import DXCertRules
import Foundation
import XLSXWriter

/// 入力ファイル: every file found under the input folder — path, kind, how it was recognised,
/// year, whose sheet it is, status (取込済 / 警告あり / 除外) and the reason — so that
/// nothing is silently dropped (docs/rules.md §6.1).
///
/// No modification time is shown: `FileRecord.modified` is the file system's time, which
/// changes when the folder is copied, and the output must depend on the input's content only.
enum InputFilesSheet {
    static let name = "入力ファイル"

    enum Header {
        static let number = "No"
        static let path = "ファイル（入力フォルダーから）"
        static let kind = "種類"
        static let recognisedBy = "判別方法"
        static let year = "年度"
        static let person = "対象者"
        static let status = "状態"
        static let reason = "理由・警告"
    }

    static func write(_ result: RunResult, page: PageText, to workbook: XLSXWorkbook) throws {
        // One row per file: streamed, written top to bottom.
        let sheet = try workbook.addWorksheet(name: name, constantMemory: true)
        let writer = SheetWriter(sheet: sheet, page: page)
        let table = self.table(result.files)
        let widths = SheetWriter.widths(for: table)
        let headerRow = try writer.writeTitle(
            "入力ファイル", subtitle: summary(result.files),
            notes: [
                "入力フォルダーで見つかったすべてのファイルです。種類はファイル名ではなく中身で判別します。除外のファイルは集計に使っていません（理由を確認してください。Excelの作業中ファイル（~$）と隠しファイルは読まずに除外します）。入力ファイルは変更・移動・削除しません。"
            ],
            widths: widths)
        let placement = try writer.writeTable(table, headerRow: headerRow)
        if let status = placement.data(column: table.column(Header.status)!) {
            try sheet.addConditionalFormat(
                ConditionalFormat(.cellValue(.equal(.text(FileStatus.excluded.rawValue))), style: ReportStyles.bad), to: status)
            try sheet.addConditionalFormat(
                ConditionalFormat(.cellValue(.equal(.text(FileStatus.importedWithWarnings.rawValue))), style: ReportStyles.neutral),
                to: status)
            try sheet.addConditionalFormat(
                ConditionalFormat(.cellValue(.equal(.text(FileStatus.imported.rawValue))), style: ReportStyles.good), to: status)
        }
        try writer.setUpPrinting()
    }

    /// `72件：取込済 70・警告あり 1・除外 1`.
    static func summary(_ files: [FileRecord]) -> String {
        "\(files.count)件：" + statusCounts(files)
    }

    /// `取込済 70・警告あり 1・除外 1`.
    static func statusCounts(_ files: [FileRecord]) -> String {
        [FileStatus.imported, .importedWithWarnings, .excluded].map { s in
            "\(s.rawValue) \(files.filter { $0.status == s }.count)"
        }.joined(separator: "・")
    }

    static func table(_ files: [FileRecord]) -> ReportTable {
        let columns = [
            ReportColumn.count(Header.number),
            ReportColumn(Header.path, min: 20, max: 52),
            ReportColumn(Header.kind, min: 10, max: 14),
            ReportColumn(Header.recognisedBy, min: 10, max: 14, note: "識別シート・文書プロパティ：配布したシートに埋め込んだ識別情報。見出し：表の見出しの文字。"),
            ReportColumn(Header.year, min: 10, max: 12),
            ReportColumn(Header.person, min: 16, max: 50),
            ReportColumn(Header.status, .centered, min: 8, max: 10),
            ReportColumn(Header.reason, min: 20, max: 60),
        ]
        let rows: [[ReportValue]] = files.enumerated().map { i, f in
            [
                .count(i + 1),
                .text(f.path),
                .text(f.kind == .unknown ? "—" : f.kind.rawValue),
                .nonEmpty(f.recognisedBy),
                .nonEmpty(f.year?.label ?? ""),
                .nonEmpty(f.person),
                .text(f.status.rawValue),
                .nonEmpty(f.reason),
            ]
        }
        return ReportTable(columns: columns, rows: rows, emptyMessage: "入力フォルダーにファイルがありません", frozenColumns: 2)
    }
}
