import Foundation
import Testing

@testable import XLSXWriter

@Suite("XLSXWorksheet data validation: Excel's limits enforced, never truncated")
struct XLSXWorksheetDataValidationTests {
    private func sheet(_ scratch: Scratch) throws -> (XLSXWorkbook, XLSXWorksheet, String) {
        let path = scratch.path("dv.xlsx")
        let wb = try XLSXWorkbook(path: path)
        return (wb, try wb.addWorksheet(name: "入力"), path)
    }

    @Test("inline lists: 255 characters for Excel, 255 UTF-8 bytes for libxlsxwriter's buffer")
    func listLength() throws {
        let scratch = try Scratch()
        defer { scratch.cleanUp() }
        let (wb, sheet, path) = try sheet(scratch)
        // ASCII: 128 items "a" + 127 commas = 255 characters = 255 bytes: inline.
        try sheet.addDataValidation(DataValidation(.list(Array(repeating: "a", count: 128))), to: try RangeAddress("A1"))
        #expect(
            throws: WriterError.textTooLong(
                field: .validationList, length: 256, limit: 255, unit: .characters, at: .init(path: path, sheet: "入力", cell: "A2"))
        ) {
            try sheet.addDataValidation(DataValidation(.list(Array(repeating: "a", count: 127) + ["bb"])), to: try RangeAddress("A2"))
        }
        // Japanese: 20 items of 4 kanji = 240 bytes + 19 commas = 259 bytes, only 99 characters.
        // libxlsxwriter 1.1.4 would overflow its heap buffer and abort the process here.
        let municipalities = Array(repeating: "市区町村", count: 20)
        #expect(
            throws: WriterError.textTooLong(
                field: .validationList, length: 259, limit: 255, unit: .utf8Bytes, at: .init(path: path, sheet: "入力", cell: "A3"))
        ) {
            try sheet.addDataValidation(DataValidation(.list(municipalities)), to: try RangeAddress("A3"))
        }
        // 21 items: 19 of 4 kanji and 2 of 1 kanji = 234 bytes + 20 commas = 254 bytes: inline.
        try sheet.addDataValidation(DataValidation(.list(Array(repeating: "市区町村", count: 19) + ["都", "道"])), to: try RangeAddress("A4"))
        #expect(throws: WriterError.self) { try sheet.addDataValidation(DataValidation(.list(["1,000円", "2,000円"])), to: try RangeAddress("A5")) }
        #expect(throws: WriterError.self) { try sheet.addDataValidation(DataValidation(.list([])), to: try RangeAddress("A5")) }
        try wb.close()
        let sheetXML = try #require(try Python.part("xl/worksheets/sheet1.xml", in: path))
        #expect(sheetXML.contains("<formula1>\"" + Array(repeating: "a", count: 128).joined(separator: ",") + "\"</formula1>"))
        #expect(sheetXML.contains("<formula1>\"" + (Array(repeating: "市区町村", count: 19) + ["都", "道"]).joined(separator: ",") + "\"</formula1>"))
        #expect(sheetXML.contains("<dataValidations count=\"2\">"))
    }

    @Test("lists with commas spill to cells and are referenced as a range")
    func spill() throws {
        let scratch = try Scratch()
        defer { scratch.cleanUp() }
        let (wb, sheet, path) = try sheet(scratch)
        let helper = try wb.addWorksheet(name: "選択肢 一覧")
        try helper.hide()
        try sheet.addDataValidation(
            DataValidation(.list(["1,000円", "2,000円", "\"特別\""])), to: try RangeAddress("B2:B9"),
            spillingListTo: ListSpill(sheet: helper, start: CellAddress(row: 4, column: 2)))
        try wb.close()
        let sheetXML = try #require(try Python.part("xl/worksheets/sheet1.xml", in: path))
        #expect(sheetXML.contains("<formula1>'選択肢 一覧'!$C$5:$C$7</formula1>"))
        let cells = try ReadBack.cells(path, sheet: "選択肢 一覧")
        #expect(cells == ["C5": .string("1,000円"), "C6": .string("2,000円"), "C7": .string("\"特別\"")])
    }

    @Test("titles are limited to 32 and messages to 255 characters, counted per kana")
    func messageLimits() throws {
        let scratch = try Scratch()
        defer { scratch.cleanUp() }
        let (wb, sheet, path) = try sheet(scratch)
        let at = WriterError.Location(path: path, sheet: "入力", cell: "C1:C9")
        let range = try RangeAddress("C1:C9")
        try sheet.addDataValidation(
            DataValidation(
                .any, inputTitle: String(repeating: "題", count: 32),
                inputMessage: String(repeating: "文", count: 255),
                errorTitle: String(repeating: "誤", count: 32),
                errorMessage: String(repeating: "訂", count: 255)), to: range)
        #expect(throws: WriterError.textTooLong(field: .inputTitle, length: 33, limit: 32, unit: .characters, at: at)) {
            try sheet.addDataValidation(DataValidation(.any, inputTitle: String(repeating: "題", count: 33)), to: range)
        }
        #expect(throws: WriterError.textTooLong(field: .errorTitle, length: 33, limit: 32, unit: .characters, at: at)) {
            try sheet.addDataValidation(DataValidation(.any, errorTitle: String(repeating: "誤", count: 33)), to: range)
        }
        #expect(throws: WriterError.textTooLong(field: .inputMessage, length: 256, limit: 255, unit: .characters, at: at)) {
            try sheet.addDataValidation(DataValidation(.any, inputMessage: String(repeating: "文", count: 256)), to: range)
        }
        #expect(throws: WriterError.textTooLong(field: .errorMessage, length: 256, limit: 255, unit: .characters, at: at)) {
            try sheet.addDataValidation(DataValidation(.any, errorMessage: String(repeating: "訂", count: 256)), to: range)
        }
        try wb.close()
        let json = try Python.json(
            """
            import sys, json, openpyxl
            dv = openpyxl.load_workbook(sys.argv[1])["入力"].data_validations.dataValidation
            print(json.dumps([[d.promptTitle, d.prompt, d.errorTitle, d.error] for d in dv], ensure_ascii=False))
            """.replacingOccurrences(
                of: "print(json.dumps([", with: "print(json.dumps({'v': ["
            ).replacingOccurrences(of: "for d in dv], ensure_ascii", with: "for d in dv]}, ensure_ascii"), [path])
        let row = try #require((json["v"] as? [[String]])?.first)
        #expect(
            row == [
                String(repeating: "題", count: 32), String(repeating: "文", count: 255),
                String(repeating: "誤", count: 32), String(repeating: "訂", count: 255),
            ])
    }

    @Test("bounds, unknown sheets and the 255-per-sheet limit")
    func rulesAndCount() throws {
        let scratch = try Scratch()
        defer { scratch.cleanUp() }
        let (wb, sheet, path) = try sheet(scratch)
        #expect(throws: WriterError.self) { try sheet.addDataValidation(DataValidation(.wholeNumber(.between(10, 1))), to: try RangeAddress("A1")) }
        #expect(throws: WriterError.self) { try sheet.addDataValidation(DataValidation(.decimal(.lessThan(.nan))), to: try RangeAddress("A1")) }
        #expect(throws: WriterError.self) { try sheet.addDataValidation(DataValidation(.textLength(.greaterThan(-1))), to: try RangeAddress("A1")) }
        #expect(throws: WriterError.self) { try sheet.addDataValidation(DataValidation(.custom(formula: "=")), to: try RangeAddress("A1")) }
        #expect(throws: WriterError.unknownSheet(name: "ない", at: .init(path: path, sheet: "入力", cell: "A1"))) {
            try sheet.addDataValidation(
                DataValidation(.listSource(SheetRange(sheet: "ない", range: try RangeAddress("A1:A3")))), to: try RangeAddress("A1"))
        }
        try sheet.addDataValidation(DataValidation(.listFormula("=$Z$1:$Z$5", dropdown: false)), to: try RangeAddress("A1"))
        for row in 1..<255 {
            try sheet.addDataValidation(DataValidation(.wholeNumber(.greaterThanOrEqual(row))), to: RangeAddress(CellAddress(row: row, column: 0)))
        }
        #expect(throws: WriterError.self) {
            try sheet.addDataValidation(DataValidation(.wholeNumber(.greaterThan(0))), to: RangeAddress(CellAddress(row: 300, column: 0)))
        }
        try wb.close()
        let sheetXML = try #require(try Python.part("xl/worksheets/sheet1.xml", in: path))
        #expect(sheetXML.contains("<dataValidations count=\"255\">"))
        #expect(sheetXML.contains("showDropDown=\"1\""), "dropdown: false hides the arrow (Excel's inverted attribute)")
        #expect(sheetXML.contains("<formula1>$Z$1:$Z$5</formula1>"))
    }
}
