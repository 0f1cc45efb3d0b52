import DXCertRules
import Foundation
import XLSXWriter

/// `認定証_<年度>.xlsx`: one certificate per new certification of the report year
/// (`RunResult.certificates`, numbered by the core), one A4 portrait page each.
///
/// One sheet, `認定証`; each certificate is the same block of rows (`Block`) inside a thick
/// frame, a manual page break above every block but the first. The rows and columns are sized
/// to fill one A4 page at 100 %: Excel ignores manual page breaks on a sheet fitted to pages,
/// so the print scale stays fixed instead. A year without new certifications still gets the
/// file, with one page saying so, so that the clerk sees it was not forgotten. A sheet takes
/// at most `ExcelLimits.pageBreaks` breaks: past 1,000 certificates the pages go on in
/// `認定証 (2)` and so on. The sheets stream their rows (`WorkbookOptions.constantMemory`), each
/// row written whole — height, frame and text — before the next.
enum CertificateWorkbook {
    static let sheetName = "認定証"
    static let title = "認定証"
    static let noneText = "今年度の新たな認定はありません"
    /// Certificates per sheet (below the 1,023 page breaks a sheet may have).
    static let perSheet = 1000

    /// `認定証_令和7年度.xlsx`.
    static func fileName(_ year: FiscalYear) -> String { OutputNames.certificates(year) }

    /// The rows of one certificate, from the top of its block, with their heights in points
    /// (about 700 in all: an A4 page less its margins).
    enum Block {
        static let top = 0
        static let number = 1
        static let title = 3
        static let name = 5
        static let tier = 7
        static let role = 8
        static let statement = 10
        static let date = 12
        static let issuer = 14
        static let bottom = 16
        static let heights: [Double] = [30, 24, 40, 70, 50, 44, 40, 50, 44, 40, 64, 60, 26, 20, 32, 50, 30]
        static var rowCount: Int { heights.count }
    }

    /// Column widths: a narrow margin inside each side of the frame, the text between; 64 in
    /// all stays inside an A4 page's width with 0.6-inch margins (72 spilled the right edge of
    /// the frame onto a page of its own).
    static let widths: [Double] = [4, 56, 4]

    /// Builds the workbook in memory; the caller closes it.
    static func build(_ result: RunResult, path: String) throws -> XLSXWorkbook {
        let workbook = try XLSXWorkbook(path: path, options: WorkbookOptions(defaultFont: ReportStyles.font, constantMemory: true))
        do {
            let year = result.reportYear
            let organisation = result.reportInput?.setup.organisation ?? ""
            let yearLabel = year?.label ?? ""
            try workbook.setProperties(
                ReportContext.properties(
                    organisation: organisation, document: "認定証（\(yearLabel)）",
                    subject: "\(yearLabel)に新たに認定した職員の認定証（\(result.certificates.count)枚）",
                    keywords: "DX人材認定, 認定証",
                    comments: "認定結果と同じ実行で dxcert が作成。1人1ページ（A4縦）です。", year: year))
            let page = ReportContext.page(organisation: organisation, title: "認定証（\(yearLabel)）")
            let chunks = stride(from: 0, to: max(1, result.certificates.count), by: perSheet).map {
                Array(result.certificates[min($0, result.certificates.count)..<min($0 + perSheet, result.certificates.count)])
            }
            for (index, chunk) in chunks.enumerated() {
                let sheet = try workbook.addWorksheet(name: index == 0 ? sheetName : "\(sheetName) (\(index + 1))")
                try write(chunk, organisation: organisation, page: page, to: sheet)
            }
        } catch {
            workbook.discard()
            throw error
        }
        return workbook
    }

    /// The first row of the `index`th certificate's block.
    static func firstRow(of index: Int) -> Int { index * Block.rowCount }

    private static func write(_ certificates: [Certificate], organisation: String, page: PageText, to sheet: XLSXWorksheet) throws {
        for (column, width) in widths.enumerated() { try sheet.setColumn(column, width: width) }
        let blocks = max(1, certificates.count)
        for index in 0..<blocks {
            let texts =
                index < certificates.count
                ? self.texts(certificates[index], organisation: organisation) : [Block.title: (noneText, Styles.statement)]
            try writeBlock(at: firstRow(of: index), texts: texts, sheet)
        }
        try sheet.setHorizontalPageBreaks((1..<blocks).map(firstRow(of:)))
        try sheet.hideGridlines()
        try sheet.setPaper(.a4)
        try sheet.setPortrait()
        try sheet.setPrintScale(100)
        try sheet.setMargins(left: 0.6, right: 0.6, top: 0.75, bottom: 0.6)
        try sheet.setHeader(page.header, margin: 0.3)
        try sheet.setFooter(page.footer, margin: 0.3)
        try sheet.centerHorizontally()
        try sheet.centerVertically()
        try sheet.setPrintArea(RangeAddress(firstRow: 0, firstColumn: 0, lastRow: firstRow(of: blocks) - 1, lastColumn: widths.count - 1))
    }

    /// One block, row by row: the height, the thick frame, and the text of the middle column
    /// (`texts`, by offset in the block; the frame's top and bottom rows hold none).
    private static func writeBlock(at first: Int, texts: [Int: (String, CellStyle)], _ sheet: XLSXWorksheet) throws {
        for (offset, height) in Block.heights.enumerated() {
            let row = first + offset
            try sheet.setRow(row, height: height)
            for column in 0..<widths.count {
                if column == 1, let (text, style) = texts[offset] {
                    try sheet.write(text, at: CellAddress(row: row, column: column), style: style)
                    continue
                }
                var borders = CellStyle.Borders()
                if offset == Block.top { borders.top = Styles.frameLine }
                if offset == Block.bottom { borders.bottom = Styles.frameLine }
                if column == 0 { borders.left = Styles.frameLine }
                if column == widths.count - 1 { borders.right = Styles.frameLine }
                if borders != .none { try sheet.writeBlank(at: CellAddress(row: row, column: column), style: CellStyle(borders: borders)) }
            }
        }
    }

    /// A certificate's texts in the middle column, by row offset in its block (empty ones left out).
    private static func texts(_ certificate: Certificate, organisation: String) -> [Int: (String, CellStyle)] {
        let rows: [(Int, String, CellStyle)] = [
            (Block.number, certificate.number, Styles.number),
            (Block.title, title, Styles.title),
            (Block.name, "\(certificate.name)　様", Styles.name),
            (Block.tier, certificate.tier.label, Styles.tier),
            (Block.role, certificate.tier.role, Styles.role),
            (Block.statement, statement(certificate.tier, organisation: organisation), Styles.statement),
            (Block.date, certificate.date.japanese, Styles.date),
            (Block.issuer, certificate.issuer, Styles.issuer),
        ]
        var out: [Int: (String, CellStyle)] = [:]
        for (offset, text, style) in rows where !text.isEmpty { out[offset] = (text, style) }
        return out
    }

    /// `あなたを真岡市DX人材認定制度に基づき` / `DXアドバイザーに認定します。` on two lines.
    static func statement(_ tier: Tier, organisation: String) -> String {
        "あなたを\(organisation)DX人材認定制度に基づき\n\(tier.label)に認定します。"
    }

    enum Styles {
        static let frameLine = CellStyle.BorderLine(.thick, color: ReportStyles.titleColor)
        static let number = CellStyle(fontSize: 11, horizontalAlignment: .right, verticalAlignment: .center)
        static let title = CellStyle(
            fontSize: 36, bold: true, fontColor: ReportStyles.titleColor, horizontalAlignment: .center, verticalAlignment: .center)
        static let name = CellStyle(fontSize: 22, horizontalAlignment: .center, verticalAlignment: .center, shrinkToFit: true)
        static let tier = CellStyle(
            fontSize: 26, bold: true, fontColor: ReportStyles.titleColor, horizontalAlignment: .center, verticalAlignment: .center)
        static let role = CellStyle(
            fontSize: 12, fontColor: ReportStyles.noteColor, horizontalAlignment: .center, verticalAlignment: .center, wrapText: true)
        static let statement = CellStyle(fontSize: 14, horizontalAlignment: .center, verticalAlignment: .center, wrapText: true)
        static let date = CellStyle(fontSize: 13, horizontalAlignment: .center, verticalAlignment: .center)
        static let issuer = CellStyle(fontSize: 16, horizontalAlignment: .center, verticalAlignment: .center, shrinkToFit: true)
    }
}
