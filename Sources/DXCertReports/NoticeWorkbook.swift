import DXCertRules
import Foundation
import XLSXWriter

/// `個人通知_<年度>.xlsx`: one printed A4 portrait page per participant of the year, for the
/// clerk to print once and hand out.
///
/// One sheet; each participant is a block of rows and a manual page break starts the next one,
/// in department order, then staff ID. The sheets stream their rows (`WorkbookOptions.constantMemory`):
/// a city's notices are hundreds of thousands of rows, written top to bottom by `NoticeBlock`. A block holds: the person and their projects; each
/// project's 報告会評価 with its breakdown by judge category and criterion (`ProjectBreakdown`)
/// and the bars as checked (`Check.sentence`); for a leader, the メンバー評価; the judges'
/// comments by category, never a judge's name; the decision and its reasons; 次の区分まで
/// (`NextTier`); the certification history. Every figure comes from the `RunResult`: nothing
/// here decides or scores.
enum NoticeWorkbook {
    static let sheetName = "個人通知"
    /// libxlsxwriter keeps at most 1023 page breaks per sheet: 1024 people per sheet.
    static let peoplePerSheet = 1024
    /// A: headings and categories, B: names and texts, C: mean, D: maximum or result.
    static let widths: [Double] = [24, 66, 11, 11]

    /// The participants in print order: department, then staff ID.
    static func order(_ decisions: [Decision]) -> [Decision] {
        decisions.sorted { ($0.department, $0.staffID) < ($1.department, $1.staffID) }
    }

    /// Builds the workbook in memory; the caller closes it.
    static func build(_ result: RunResult, path: String) throws -> XLSXWorkbook {
        let workbook = try XLSXWorkbook(path: path, options: WorkbookOptions(defaultFont: ReportStyles.font, constantMemory: true))
        do {
            guard let context = ReportContext(result) else {
                // ReportWriter writes notices only for a run with a year; say so if called without.
                let sheet = try workbook.addWorksheet(name: sheetName)
                try sheet.write("年度設定が見つからないため、個人通知はありません", at: CellAddress(row: 0, column: 0))
                return workbook
            }
            let organisation = context.setup.organisation
            try workbook.setProperties(
                ReportContext.properties(
                    organisation: organisation, document: "個人通知（\(context.year.label)）",
                    subject: "\(context.year.label)のDX人材認定の個人通知（参加者ごとに1ページ）",
                    keywords: "DX人材認定, 個人通知, \(context.year.label)",
                    comments: "入力フォルダーのシートから dxcert が作成。審査員の名前は載せていません。", year: context.year))
            let page = ReportContext.page(organisation: organisation, title: "個人通知（\(context.year.label)）")
            let people = order(context.decisions)
            // Looked up once per person: a city-wide ledger must not be scanned for each.
            let grants = Dictionary(result.certification.ledger.map { ($0.staffID, $0.grants) }, uniquingKeysWith: { a, _ in a })
            let chunks = stride(from: 0, to: max(people.count, 1), by: peoplePerSheet).map {
                Array(people[$0..<min($0 + peoplePerSheet, people.count)])
            }
            for (i, chunk) in chunks.enumerated() {
                let name = chunks.count == 1 ? sheetName : "\(sheetName)\(i + 1)"
                let sheet = try workbook.addWorksheet(name: name)
                try write(chunk, context: context, grants: grants, page: page, to: sheet)
            }
        } catch {
            workbook.discard()
            throw error
        }
        return workbook
    }

    private static func write(
        _ people: [Decision], context: ReportContext, grants: [StaffID: [Tier: FiscalYear]], page: PageText, to sheet: XLSXWorksheet
    ) throws {
        for (c, w) in widths.enumerated() { try sheet.setColumn(c, width: w) }
        var block = NoticeBlock(sheet: sheet, context: context, grants: grants)
        var breaks: [Int] = []
        if people.isEmpty {
            try block.line("この年度の参加者はいません", style: ReportStyles.subtitle)
        }
        for (i, d) in people.enumerated() {
            if i > 0 { breaks.append(block.row) }
            try block.write(d)
        }
        try sheet.setHorizontalPageBreaks(breaks)
        try sheet.setPaper(.a4)
        try sheet.setPortrait()
        try sheet.fitToPages(width: 1, height: 0)
        try sheet.setMargins(left: 0.5, right: 0.5, top: 0.65, bottom: 0.55)
        try sheet.setHeader(page.header, margin: 0.3)
        try sheet.setFooter(page.footer, margin: 0.3)
        try sheet.centerHorizontally()
    }
}
