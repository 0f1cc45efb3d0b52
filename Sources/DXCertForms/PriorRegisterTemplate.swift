import DXCertIngest
import DXCertRules
import Foundation
import XLSXWriter

/// Writes the 既認定者名簿: certifications granted before the tool existed (e.g. the seed's
/// first 21 DXアドバイザー of 令和5年度), read by `PriorRegisterParser`. Blank for `templates/`,
/// or filled with rows (sample input, tests).
public enum PriorRegisterTemplate {
    typealias Layout = FormLayout.PriorRegister

    static let validatedRows = 5000
    static let headerRow = 3

    /// Writes the blank template.
    static func write(to url: URL) throws {
        try write([], organisation: "", to: url, created: FormWorkbook.templateCreated)
    }

    /// Writes a register filled with `rows` (one per person and tier), as a clerk would have
    /// typed them into the template; `PriorRegisterParser` reads them back (locations aside).
    ///
    /// - Parameters:
    ///   - organisation: the workbook's company property (e.g. `みどり市`); may be empty.
    ///   - created: the workbook's creation and modification time.
    /// - Throws: `TemplateError`.
    public static func write(_ rows: [PriorCertification], organisation: String = "", to url: URL, created: Date) throws {
        try TemplateError.writing(url.path) {
            let workbook = try FormWorkbook.create(url)
            do {
                try FormWorkbook.setProperties(
                    workbook, title: "DX人材認定 既認定者名簿", organisation: organisation,
                    created: created)
                try writeSheet(try workbook.addWorksheet(name: Layout.sheetName), rows: rows)
                try IdentityWriter.write(IdentityRecord(kind: .priorRegister), to: workbook, password: nil)
                try workbook.close()
            } catch {
                workbook.discard()
                throw error
            }
        }
    }

    private static func writeSheet(_ sheet: XLSXWorksheet, rows entries: [PriorCertification]) throws {
        let headers = [Layout.staffIDHeader, Layout.nameHeader, Layout.departmentHeader, Layout.tierHeader, Layout.yearHeader, Layout.noteHeader]
        let isText = [true, false, false, false, true, false]
        let form = try FormSheet(
            sheet, widths: [14, 20, 24, 18, 14, 36],
            styles: isText.map { $0 ? FormStyles.inputText : FormStyles.input })
        try form.title(0, "既認定者名簿（このツールを使う前に認定した人）")
        try form.block(
            1,
            """
            このツールを使う前に認定したDX人材を、1人1区分につき1行入力します（アドバイザーとエキスパートの両方を認定済みなら2行）。\
            集計のときに input フォルダーへ入れると、認定台帳に引き継ぎ、次の区分の判定（前年度までの認定）に使います。認定は取り消されません。
            """)
        try form.block(2, "例）00123 ｜ 真岡 太郎 ｜ 市民課 ｜ DXアドバイザー ｜ 令和5年度 ｜ 第1期BPRプロジェクト", style: FormStyles.note)
        for (column, text) in headers.enumerated() {
            try sheet.write(text, at: CellAddress(row: headerRow, column: column), style: FormStyles.header)
        }
        try sheet.setRow(headerRow, height: 20)
        for (offset, entry) in entries.enumerated() {
            let row = headerRow + 1 + offset
            let values = [entry.staffID, entry.name, entry.department, entry.tier.label, entry.year.label, entry.note]
            for (column, value) in values.enumerated() {
                let style = isText[column] ? FormStyles.inputText : FormStyles.input
                try sheet.write(value.isEmpty ? .blank : .text(value), at: CellAddress(row: row, column: column), style: style)
            }
            try sheet.setRow(row, height: FormText.rowHeight(lines: FormText.lines(entry.note, columnWidth: 35)))
        }
        func rows(_ column: Int) -> RangeAddress {
            RangeAddress(firstRow: headerRow + 1, firstColumn: column, lastRow: headerRow + validatedRows, lastColumn: column)
        }
        try sheet.addDataValidation(FormValidation.hint(title: Layout.staffIDHeader, message: "職員番号は文字として入力されます（先頭の0も残ります）。"), to: rows(0))
        try sheet.addDataValidation(
            FormValidation.dropdown(
                .list(Tier.allCases.map(\.label)), title: Layout.tierHeader,
                message: "認定した区分を選んでください。",
                error: "DXアドバイザー・DXエキスパート・DXスペシャリストから選んでください。"),
            to: rows(3))
        try sheet.addDataValidation(FormValidation.hint(title: Layout.yearHeader, message: "例：令和5年度（R5、2023 でも構いません）"), to: rows(4))
        try sheet.freezePanes(row: headerRow + 1, column: 0)
        try sheet.setSelection(RangeAddress(CellAddress(row: headerRow + 1, column: 0)))
        try form.pageSetup(landscape: false, headerLeft: "DX人材認定 既認定者名簿", headerRight: "", repeatRows: headerRow...headerRow)
        try sheet.protect(password: nil, options: FormStyles.setupProtection)
    }
}
