import Foundation
import OOXMLReader
import Testing

@testable import XLSXWriter

@Suite("XLSXWorksheet: writing cells")
struct XLSXWorksheetTests {
    @Test("every kind of value reads back as written")
    func valuesRoundTrip() throws {
        let scratch = try Scratch()
        defer { scratch.cleanUp() }
        let path = scratch.path("values.xlsx")
        let wb = try XLSXWorkbook(path: path)
        let sheet = try wb.addWorksheet(name: "値")
        try sheet.write("日本語の文字列\n2行目", at: try CellAddress("A1"))
        try sheet.write(3.25, at: try CellAddress("B1"))
        try sheet.write(42, at: try CellAddress("C1"))
        try sheet.write(false, at: try CellAddress("D1"))
        try sheet.write(SheetDateTime(year: 2025, month: 4, day: 1), at: try CellAddress("E1"))
        try sheet.write(SheetDateTime(year: 2025, month: 4, day: 1, hour: 9, minute: 30), at: try CellAddress("F1"))
        try sheet.writeFormula("=B1*2", at: try CellAddress("A2"), result: .number(6.5))
        try sheet.writeFormula("A1&\"様\"", at: try CellAddress("B2"), result: .text("日本語様"))
        try sheet.writeFormula("=1+1", at: try CellAddress("C2"))
        try sheet.writeBlank(at: try CellAddress("D2"), style: CellStyle(fillColor: RGBColor(0xFFFF00)))
        try sheet.writeBlank(at: try CellAddress("E2"), style: .plain)
        try sheet.writeRow([.text("行"), .number(1), .boolean(true), .blank, .formula("=B3+1", result: .number(2))], at: try CellAddress("A3"))
        try sheet.writeURL("internal:'値'!A1", at: try CellAddress("A4"), text: "先頭へ")
        try wb.close()

        let cells = try ReadBack.cells(path, sheet: "値")
        #expect(
            cells == [
                "A1": .string("日本語の文字列\n2行目"), "B1": .number(3.25), "C1": .number(42), "D1": .boolean(false),
                "E1": .date(ExcelDateTime(year: 2025, month: 4, day: 1, hour: 0, minute: 0, second: 0)),
                "F1": .date(ExcelDateTime(year: 2025, month: 4, day: 1, hour: 9, minute: 30, second: 0)),
                "A2": .number(6.5), "B2": .string("日本語様"), "C2": .number(0),
                "A3": .string("行"), "B3": .number(1), "C3": .boolean(true), "E3": .number(2),
                "A4": .string("先頭へ"),
            ])
        let json = try Python.json(
            """
            import sys, json, openpyxl
            ws = openpyxl.load_workbook(sys.argv[1])["値"]
            print(json.dumps({"formulas": [ws["A2"].value, ws["B2"].value, ws["C2"].value],
                              "formats": [ws["E1"].number_format, ws["F1"].number_format],
                              "fillD2": ws["D2"].fill.fgColor.rgb, "hasE2": ws["E2"].has_style,
                              "link": ws["A4"].hyperlink.location}, ensure_ascii=False))
            """, [path])
        #expect(json["formulas"] as? [String] == ["=B1*2", "=A1&\"様\"", "=1+1"])
        #expect(json["formats"] as? [String] == ["yyyy/m/d", "yyyy/m/d h:mm:ss"])
        #expect(json["fillD2"] as? String == "FFFFFF00")
        #expect(json["hasE2"] as? Bool == false)
        #expect(json["link"] as? String == "'値'!A1")
    }

    @Test("cells outside 1,048,576 × 16,384 throw cellOutOfRange naming sheet and cell")
    func outOfRange() throws {
        let scratch = try Scratch()
        defer { scratch.cleanUp() }
        let path = scratch.path("range.xlsx")
        let wb = try XLSXWorkbook(path: path)
        let sheet = try wb.addWorksheet(name: "範囲")
        try sheet.write("last", at: CellAddress(row: 1_048_575, column: 16_383))
        #expect(throws: WriterError.cellOutOfRange(at: .init(path: path, sheet: "範囲", cell: "A1048577"))) {
            try sheet.write("x", at: CellAddress(row: 1_048_576, column: 0))
        }
        #expect(throws: WriterError.cellOutOfRange(at: .init(path: path, sheet: "範囲", cell: "XFE1"))) {
            try sheet.write(1, at: CellAddress(row: 0, column: 16_384))
        }
        #expect(throws: WriterError.cellOutOfRange(at: .init(path: path, sheet: "範囲", cell: "R0C1"))) {
            try sheet.write(true, at: CellAddress(row: -1, column: 0))
        }
        #expect(throws: WriterError.cellOutOfRange(at: .init(path: path, sheet: "範囲", cell: "A1:XFE1"))) {
            try sheet.autofilter(RangeAddress(firstRow: 0, firstColumn: 0, lastRow: 0, lastColumn: 16_384))
        }
        let error = WriterError.cellOutOfRange(at: .init(path: path, sheet: "範囲", cell: "A1048577"))
        #expect(error.description == "cell out of range: A1048577 [\(path) 範囲]")
        try wb.close()
        #expect(try ReadBack.cells(path, sheet: "範囲") == ["XFD1048576": .string("last")])
    }

    @Test("text longer than 32,767 characters is refused, not cut")
    func textLimit() throws {
        let scratch = try Scratch()
        defer { scratch.cleanUp() }
        let path = scratch.path("long.xlsx")
        let wb = try XLSXWorkbook(path: path)
        let sheet = try wb.addWorksheet(name: "S")
        try sheet.write(String(repeating: "あ", count: 32_767), at: CellAddress(row: 0, column: 0))
        #expect(
            throws: WriterError.textTooLong(
                field: .cellText, length: 32_768, limit: 32_767, unit: .characters,
                at: .init(path: path, sheet: "S", cell: "A2"))
        ) {
            try sheet.write(String(repeating: "あ", count: 32_768), at: CellAddress(row: 1, column: 0))
        }
        try wb.close()
        #expect(try ReadBack.cells(path, sheet: "S")["A1"] == .string(String(repeating: "あ", count: 32_767)))
    }

    @Test("values Excel cannot store are refused with the cell")
    func invalidValues() throws {
        let scratch = try Scratch()
        defer { scratch.cleanUp() }
        let path = scratch.path("bad.xlsx")
        let wb = try XLSXWorkbook(path: path)
        let sheet = try wb.addWorksheet(name: "S")
        let a1 = CellAddress(row: 0, column: 0)
        #expect(throws: WriterError.self) { try sheet.write(Double.nan, at: a1) }
        #expect(throws: WriterError.self) { try sheet.write(Double.infinity, at: a1) }
        #expect(throws: WriterError.self) { try sheet.writeFormula("=", at: a1) }
        #expect(throws: WriterError.self) { try sheet.writeFormula("=A2", at: a1, result: .number(.nan)) }
        #expect(
            throws: WriterError.textTooLong(
                field: .formula, length: 8_193, limit: 8_192, unit: .characters, at: .init(path: path, sheet: "S", cell: "A1"))
        ) {
            try sheet.writeFormula("=" + String(repeating: "1", count: 8_192), at: a1)
        }
        #expect(
            throws: WriterError.invalidArgument(
                field: .date, problem: .noSuchDay(year: 2025, month: 2, day: 29), at: .init(path: path, sheet: "S", cell: "A1"))
        ) {
            try sheet.write(SheetDateTime(year: 2025, month: 2, day: 29), at: a1)
        }
        #expect(throws: WriterError.self) { try sheet.write(SheetDateTime(year: 1899, month: 12, day: 31), at: a1) }
        #expect(throws: WriterError.self) { try sheet.write("a\u{0}b", at: a1) }
        #expect(
            throws: WriterError.textTooLong(field: .url, length: 2_080, limit: 2_079, unit: .utf8Bytes, at: .init(path: path, sheet: "S", cell: "A1"))
        ) {
            try sheet.writeURL("https://example.jp/" + String(repeating: "a", count: 2_061), at: a1)
        }
        #expect(throws: WriterError.self) { try sheet.write("x", at: a1, style: CellStyle(fontSize: 500)) }
        #expect(throws: WriterError.self) { try sheet.write("x", at: a1, style: CellStyle(rotation: .degrees(120))) }
        #expect(
            throws: WriterError.textTooLong(
                field: .numberFormat, length: 128, limit: 127, unit: .utf8Bytes, at: .init(path: path, sheet: "S", cell: "A1"))
        ) {
            try sheet.write(1, at: a1, style: CellStyle(numberFormat: "\"" + String(repeating: "円", count: 42) + "\""))
        }
        wb.discard()
    }

    @Test("styles: fonts, fills, borders, alignment, rotation, protection flags read back by openpyxl")
    func stylesRoundTrip() throws {
        let scratch = try Scratch()
        defer { scratch.cleanUp() }
        let path = scratch.path("styles.xlsx")
        let wb = try XLSXWorkbook(path: path)
        let sheet = try wb.addWorksheet(name: "S")
        let style = CellStyle(
            fontName: "游明朝", fontSize: 14, bold: true, italic: true, underline: .double, strikeout: true,
            fontColor: .black, fillColor: RGBColor(red: 255, green: 242, blue: 204),
            borders: CellStyle.Borders(top: .init(.thick, color: .red), bottom: .init(.double), left: .init(.dotted), right: .init(.hair)),
            horizontalAlignment: .right, verticalAlignment: .center, wrapText: true, indent: 2,
            rotation: .degrees(45), numberFormat: "#,##0\"円\"", locked: false, formulaHidden: true)
        try sheet.write(1234, at: CellAddress(row: 0, column: 0), style: style)
        try sheet.write("縦", at: CellAddress(row: 1, column: 0), style: CellStyle(shrinkToFit: true, rotation: .stacked))
        try wb.close()
        let json = try Python.json(
            """
            import sys, json, openpyxl
            ws = openpyxl.load_workbook(sys.argv[1])["S"]
            a, b = ws["A1"], ws["A2"]
            print(json.dumps({"font": [a.font.name, a.font.sz, a.font.b, a.font.i, a.font.u, a.font.strike, a.font.color.rgb],
                              "fill": a.fill.fgColor.rgb,
                              "borders": [a.border.top.style, a.border.top.color.rgb, a.border.bottom.style, a.border.left.style, a.border.right.style],
                              "align": [a.alignment.horizontal, a.alignment.vertical, a.alignment.wrap_text, a.alignment.indent, a.alignment.text_rotation],
                              "numfmt": a.number_format, "protection": [a.protection.locked, a.protection.hidden],
                              "stacked": [b.alignment.text_rotation, b.alignment.shrink_to_fit]}, ensure_ascii=False))
            """, [path])
        let font = try #require(json["font"] as? [Any])
        #expect(font[0] as? String == "游明朝")
        #expect(font[1] as? Double == 14)
        #expect(font[2] as? Bool == true)
        #expect(font[3] as? Bool == true)
        #expect(font[4] as? String == "double")
        #expect(font[5] as? Bool == true)
        #expect(font[6] as? String == "FF000000", "black must survive libxlsxwriter's 0 = unset")
        #expect(json["fill"] as? String == "FFFFF2CC")
        let borders = try #require(json["borders"] as? [Any])
        #expect(borders[0] as? String == "thick")
        #expect(borders[1] as? String == "FFFF0000")
        #expect(borders[2] as? String == "double")
        #expect(borders[3] as? String == "dotted")
        #expect(borders[4] as? String == "hair")
        let align = try #require(json["align"] as? [Any])
        #expect(align[0] as? String == "right")
        #expect(align[1] as? String == "center")
        #expect(align[2] as? Bool == true)
        #expect(align[3] as? Double == 2)
        #expect(align[4] as? Int == 45)
        #expect(json["numfmt"] as? String == "#,##0\"円\"")
        #expect(json["protection"] as? [Bool] == [false, true])
        let stacked = try #require(json["stacked"] as? [Any])
        #expect(stacked[0] as? Int == 255)
        #expect(stacked[1] as? Bool == true)
    }
}
