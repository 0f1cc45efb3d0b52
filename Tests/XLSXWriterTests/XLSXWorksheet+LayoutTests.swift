import Foundation
import OOXMLReader
import Testing

@testable import XLSXWriter

@Suite("XLSXWorksheet layout: merges, sizes, panes, visibility")
struct XLSXWorksheetLayoutTests {
    @Test("overlaps are found among thousands of merges, short and tall, the earliest one named")
    func manyMerges() throws {
        let scratch = try Scratch()
        defer { scratch.cleanUp() }
        let path = scratch.path("merges.xlsx")
        let wb = try XLSXWorkbook(path: path)
        let sheet = try wb.addWorksheet(name: "S")
        for row in stride(from: 0, to: 6_000, by: 2) {
            try sheet.mergeRange(RangeAddress(firstRow: row, firstColumn: 0, lastRow: (row + 1), lastColumn: 1))
        }
        try sheet.mergeRange(RangeAddress(firstRow: 0, firstColumn: 5, lastRow: 999, lastColumn: 5))  // taller than the row index
        #expect(
            throws: WriterError.overlappingMerge(
                range: "B4001:C4001", existing: "A4001:B4002", at: .init(path: path, sheet: "S", cell: "B4001:C4001"))
        ) {
            try sheet.mergeRange(RangeAddress(firstRow: 4_000, firstColumn: 1, lastRow: 4_000, lastColumn: 2))
        }
        #expect(throws: WriterError.overlappingMerge(range: "E500:G500", existing: "F1:F1000", at: .init(path: path, sheet: "S", cell: "E500:G500")))
        {
            try sheet.mergeRange(RangeAddress(firstRow: 499, firstColumn: 4, lastRow: 499, lastColumn: 6))
        }
        #expect(throws: WriterError.overlappingMerge(range: "A1:H2000", existing: "A1:B2", at: .init(path: path, sheet: "S", cell: "A1:H2000"))) {
            try sheet.mergeRange(RangeAddress(firstRow: 0, firstColumn: 0, lastRow: 1_999, lastColumn: 7))
        }
        try sheet.mergeRange(RangeAddress(firstRow: 0, firstColumn: 2, lastRow: 1, lastColumn: 3))
        wb.discard()
    }

    @Test("overlapping or single-cell merges are refused; numbers in merges keep the style")
    func merges() throws {
        let scratch = try Scratch()
        defer { scratch.cleanUp() }
        let path = scratch.path("merge.xlsx")
        let wb = try XLSXWorkbook(path: path)
        let sheet = try wb.addWorksheet(name: "結合")
        try sheet.mergeRange(try RangeAddress("A1:C1"), value: .text("見出し"), style: CellStyle(bold: true, horizontalAlignment: .center))
        try sheet.mergeRange(try RangeAddress("A3:B4"), value: .number(12.5), style: CellStyle(numberFormat: "0.0"))
        try sheet.mergeRange(try RangeAddress("D1:D2"))
        #expect(throws: WriterError.overlappingMerge(range: "B1:B2", existing: "A1:C1", at: .init(path: path, sheet: "結合", cell: "B1:B2"))) {
            try sheet.mergeRange(try RangeAddress("B1:B2"), value: .text("x"))
        }
        #expect(
            throws: WriterError.invalidArgument(field: .mergeRange, problem: .singleCellMerge("E5"), at: .init(path: path, sheet: "結合", cell: "E5"))
        ) {
            try sheet.mergeRange(try RangeAddress("E5"))
        }
        try wb.close()
        let json = try Python.json(
            """
            import sys, json, openpyxl
            ws = openpyxl.load_workbook(sys.argv[1])["結合"]
            print(json.dumps({"merged": sorted(str(r) for r in ws.merged_cells.ranges), "a3": ws["A3"].value,
                              "fmt": ws["A3"].number_format}, ensure_ascii=False))
            """, [path])
        // The other cells of a merge carry the style too (Excel draws borders from them).
        let sheetXML = try #require(try Python.part("xl/worksheets/sheet1.xml", in: path))
        #expect(sheetXML.contains("<c r=\"A1\" s=\"1\" t=\"s\"><v>0</v></c><c r=\"B1\" s=\"1\"/><c r=\"C1\" s=\"1\"/>"))
        #expect(json["merged"] as? [String] == ["A1:C1", "A3:B4", "D1:D2"])
        #expect(json["a3"] as? Double == 12.5)
        #expect(json["fmt"] as? String == "0.0")
    }

    @Test("column widths, hidden columns, row heights and their limits")
    func sizes() throws {
        let scratch = try Scratch()
        defer { scratch.cleanUp() }
        let path = scratch.path("sizes.xlsx")
        let wb = try XLSXWorkbook(path: path)
        let sheet = try wb.addWorksheet(name: "S")
        try sheet.setColumns(first: 0, last: 2, width: 15, style: CellStyle(numberFormat: "@"))
        try sheet.setColumn(4, hidden: true)
        try sheet.setRow(2, height: 40, hidden: false)
        try sheet.setRow(3, hidden: true)
        try sheet.setDefaultRowHeight(18)
        #expect(throws: WriterError.self) { try sheet.setColumn(0, width: 256) }
        #expect(throws: WriterError.self) { try sheet.setColumn(0, width: -1) }
        #expect(throws: WriterError.self) { try sheet.setRow(0, height: 410) }
        #expect(throws: WriterError.cellOutOfRange(at: .init(path: path, sheet: "S", cell: "A1:XFE1"))) {
            try sheet.setColumns(first: 0, last: 16_384)
        }
        try wb.close()
        let sheetXML = try #require(try Python.part("xl/worksheets/sheet1.xml", in: path))
        #expect(sheetXML.contains("<col min=\"1\" max=\"3\" width=\"15.7109375\" style=\"1\" customWidth=\"1\"/>"))
        #expect(sheetXML.contains("<col min=\"5\" max=\"5\" width=\"0\" hidden=\"1\" customWidth=\"1\"/>"))
        #expect(sheetXML.contains("<row r=\"3\" spans=\"1:1\" ht=\"40\" customHeight=\"1\"/>"))
        #expect(sheetXML.contains("<row r=\"4\" spans=\"1:1\" ht=\"18\" hidden=\"1\" customHeight=\"1\"/>"))
        #expect(sheetXML.contains("<sheetFormatPr defaultRowHeight=\"18\" customHeight=\"1\"/>"))
    }

    @Test("freeze panes, zoom and gridlines with their limits")
    func view() throws {
        let scratch = try Scratch()
        defer { scratch.cleanUp() }
        let path = scratch.path("view.xlsx")
        let wb = try XLSXWorkbook(path: path)
        let sheet = try wb.addWorksheet(name: "S")
        try sheet.freezePanes(row: 2, column: 1)
        try sheet.hideGridlines()
        #expect(throws: WriterError.self) { try sheet.freezePanes(row: 0, column: 0) }
        #expect(throws: WriterError.self) { try sheet.setZoom(9) }
        #expect(throws: WriterError.self) { try sheet.setZoom(401) }
        try wb.close()
        let json = try Python.json(
            """
            import sys, json, openpyxl
            ws = openpyxl.load_workbook(sys.argv[1])["S"]
            print(json.dumps({"freeze": ws.freeze_panes, "grid": ws.sheet_view.showGridLines}))
            """, [path])
        #expect(json["freeze"] as? String == "B3")
        #expect(json["grid"] as? Bool == false)
    }

    @Test("hiding every sheet is refused at close; a hidden active sheet hands over to a visible one")
    func visibility() throws {
        let scratch = try Scratch()
        defer { scratch.cleanUp() }
        let allHidden = scratch.path("hidden.xlsx")
        let wb = try XLSXWorkbook(path: allHidden)
        try wb.addWorksheet(name: "A").hide()
        try wb.addWorksheet(name: "B").hide()
        #expect(throws: WriterError.invalidArgument(field: .sheetVisibility, problem: .allSheetsHidden, at: .init(path: allHidden))) {
            try wb.close()
        }
        #expect(!FileManager.default.fileExists(atPath: allHidden))

        let handover = scratch.path("handover.xlsx")
        let other = try XLSXWorkbook(path: handover)
        try other.addWorksheet(name: "作業用").hide()
        _ = try other.addWorksheet(name: "結果")
        try other.close()
        let json = try Python.json(
            """
            import sys, json, openpyxl
            wb = openpyxl.load_workbook(sys.argv[1])
            print(json.dumps({"active": wb.active.title, "states": [ws.sheet_state for ws in wb.worksheets]}, ensure_ascii=False))
            """, [handover])
        #expect(json["active"] as? String == "結果")
        #expect(json["states"] as? [String] == ["hidden", "visible"])
    }
}
