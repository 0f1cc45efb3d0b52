import DXCertRules
import Foundation
import XLSXWriter

/// `認定結果_<年度>.xlsx`: the managers' workbook for one year, sheets in this order:
/// サマリー, 年度推移, 認定判定, プロジェクト評価, 審査員, 所属別, しきい値感度, 入力ファイル, 入力チェック.
///
/// Without a year (no 年度設定 found) it still tells the clerk why: サマリー, 入力ファイル and
/// 入力チェック only, under `認定結果_年度不明.xlsx`.
///
/// The sheets that grow with the input — 認定判定 (a row per participant), 入力ファイル and
/// 入力チェック — stream their rows to disk (`XLSXWorkbook.addWorksheet(name:constantMemory:)`);
/// the others stay in memory, so that the charts keep their cached values and the サマリー may
/// merge cells over rows it wrote before.
enum ResultWorkbook {
    /// The sheet names of a full result workbook, in tab order.
    static let sheetNames = [
        SummarySheet.name, YearTrendSheet.name, DecisionSheet.name, ProjectSheet.name, JudgeSheet.name, DepartmentSheet.name,
        SensitivitySheet.name, InputFilesSheet.name, ProblemsSheet.name,
    ]

    /// The file name when no year setup was found.
    static let unknownYearName = "認定結果_年度不明.xlsx"

    /// The file name for a run.
    static func fileName(_ result: RunResult) -> String {
        result.reportYear.map(OutputNames.result) ?? unknownYearName
    }

    /// Builds the workbook in memory; the caller closes it (which writes the file).
    static func build(_ result: RunResult, path: String) throws -> XLSXWorkbook {
        let workbook = try XLSXWorkbook(path: path, options: WorkbookOptions(defaultFont: ReportStyles.font))
        do {
            if let context = ReportContext(result) {
                try workbook.setProperties(properties(result, year: context.year, organisation: context.setup.organisation))
                let summary = try workbook.addWorksheet(name: SummarySheet.name)
                try YearTrendSheet.write(context, to: workbook)
                try DecisionSheet.write(context, to: workbook)
                let projects = try ProjectSheet.write(context, to: workbook)
                try JudgeSheet.write(context, to: workbook)
                try DepartmentSheet.write(context, to: workbook)
                try SensitivitySheet.write(context, to: workbook)
                try InputFilesSheet.write(result, page: context.page, to: workbook)
                try ProblemsSheet.write(result, page: context.page, to: workbook)
                try SummarySheet.write(context, sheet: summary, workbook: workbook, projects: projects)
                try summary.activate()
            } else {
                try workbook.setProperties(properties(result, year: nil, organisation: ""))
                let page = ReportContext.page(organisation: "", title: "認定結果（年度不明）")
                let summary = try workbook.addWorksheet(name: SummarySheet.name)
                try InputFilesSheet.write(result, page: page, to: workbook)
                try ProblemsSheet.write(result, page: page, to: workbook)
                try SummarySheet.writeWithoutYear(result, sheet: summary, page: page)
                try summary.activate()
            }
        } catch {
            workbook.discard()
            throw error
        }
        return workbook
    }

    /// Fixed properties derived from the input: the same input gives the same bytes.
    static func properties(_ result: RunResult, year: FiscalYear?, organisation: String) -> WorkbookProperties {
        let label = year?.label ?? "年度不明"
        return ReportContext.properties(
            organisation: organisation, document: "認定結果（\(label)）",
            subject: "\(label)のDX人材認定の結果（年度推移・認定判定・プロジェクト評価・審査員・所属別・入力チェック）",
            keywords: "DX人材認定, \(label)",
            comments: "入力フォルダーのシートから dxcert が作成。手で直しても再実行で作り直されます。", year: year)
    }
}
