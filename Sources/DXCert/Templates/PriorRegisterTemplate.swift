import Foundation
import XLSXWriter

/// Writes the blank 既認定者名簿: certifications granted before the tool existed (e.g. the
/// seed's first 21 DXアドバイザー of 令和5年度), read by `PriorRegisterParser`.
enum PriorRegisterTemplate {
    typealias L = FormLayout.PriorRegister

    static let validatedRows = 5000
    static let headerRow = 3

    static func write(to url: URL) throws {
        try TemplateError.writing(url.path) {
            let workbook = try FormWorkbook.create(url)
            do {
                try FormWorkbook.setProperties(workbook, title: "DX人材認定 既認定者名簿", organisation: "",
                                               created: FormWorkbook.templateCreated)
                try writeSheet(try workbook.addWorksheet(name: L.sheetName))
                try IdentityWriter.write(IdentityRecord(kind: .priorRegister), to: workbook, password: nil)
                try workbook.close()
            } catch {
                workbook.discard()
                throw error
            }
        }
    }

    private static func writeSheet(_ sheet: XLSXWorksheet) throws {
        let headers = [L.staffIDHeader, L.nameHeader, L.departmentHeader, L.tierHeader, L.yearHeader, L.noteHeader]
        let isText = [true, false, false, false, true, false]
        let form = try FormSheet(sheet, widths: [14, 20, 24, 18, 14, 36],
                                 styles: isText.map { $0 ? FormStyles.inputText : FormStyles.input })
        try form.title(0, "既認定者名簿（このツールを使う前に認定した人）")
        try form.block(1, """
        このツールを使う前に認定したDX人材を、1人1区分につき1行入力します（アドバイザーとエキスパートの両方を認定済みなら2行）。\
        集計のときに input フォルダーへ入れると、認定台帳に引き継ぎ、次の区分の判定（前年度までの認定）に使います。認定は取り消されません。
        """)
        try form.block(2, "例）00123 ｜ 真岡 太郎 ｜ 市民課 ｜ DXアドバイザー ｜ 令和5年度 ｜ 第1期BPRプロジェクト", style: FormStyles.note)
        for (column, text) in headers.enumerated() {
            try sheet.write(text, at: CellAddress(row: headerRow, column: column), style: FormStyles.header)
        }
        try sheet.setRow(headerRow, height: 20)
        func rows(_ column: Int) -> RangeAddress {
            RangeAddress(firstRow: headerRow + 1, firstColumn: column, lastRow: headerRow + validatedRows, lastColumn: column)
        }
        try sheet.addDataValidation(FormValidation.hint(title: L.staffIDHeader, message: "職員番号は文字として入力されます（先頭の0も残ります）。"), to: rows(0))
        try sheet.addDataValidation(FormValidation.dropdown(.list(Tier.allCases.map(\.label)), title: L.tierHeader,
                                                            message: "認定した区分を選んでください。",
                                                            error: "DXアドバイザー・DXエキスパート・DXスペシャリストから選んでください。"),
                                    to: rows(3))
        try sheet.addDataValidation(FormValidation.hint(title: L.yearHeader, message: "例：令和5年度（R5、2023 でも構いません）"), to: rows(4))
        try sheet.freezePanes(row: headerRow + 1, column: 0)
        try sheet.setSelection(RangeAddress(CellAddress(row: headerRow + 1, column: 0)))
        try form.pageSetup(landscape: false, headerLeft: "DX人材認定 既認定者名簿", headerRight: "", repeatRows: headerRow...headerRow)
        try sheet.protect(password: nil, options: FormStyles.setupProtection)
    }
}
