import Foundation
import OOXMLReader
import Testing

@testable import XLSXWriter

@Suite("Constant-memory sheets: rows top to bottom, refused out of order, same cells read back")
struct ConstantMemoryTests {
    /// The same content, written in row order: text (Japanese, line breaks, control
    /// characters), numbers, booleans, a date, a formula, styled blanks, a merge in one row, row
    /// heights and a note.
    private static func fill(_ sheet: XLSXWorksheet) throws {
        let bold = CellStyle(bold: true, borders: .all(.init(.thin)))
        try sheet.setColumn(0, width: 20)
        try sheet.write("職員番号", at: CellAddress(row: 0, column: 0), style: bold)
        try sheet.write("氏名", at: CellAddress(row: 0, column: 1), style: bold)
        try sheet.writeNote("見出しのメモ", at: CellAddress(row: 0, column: 1))
        try sheet.setRow(0, height: 30)
        for r in 1...50 {
            // Cells of a row in any order, its height after them.
            try sheet.write(Double(r) * 1.5, at: CellAddress(row: r, column: 2))
            try sheet.write(String(format: "%05d", r), at: CellAddress(row: r, column: 0))
            try sheet.write("山田 太郎\n\(r)行目 & <タグ> \u{1}", at: CellAddress(row: r, column: 1))
            try sheet.write(r % 2 == 0, at: CellAddress(row: r, column: 3))
            if r % 10 == 0 { try sheet.setRow(r, height: 40) }
        }
        try sheet.writeBlank(at: CellAddress(row: 51, column: 0), style: bold)
        try sheet.write(SheetDateTime(year: 2025, month: 4, day: 1), at: CellAddress(row: 52, column: 0))
        try sheet.writeFormula("=SUM(C2:C51)", at: CellAddress(row: 53, column: 2), result: .number(1912.5))
        try sheet.mergeRange(RangeAddress(firstRow: 54, firstColumn: 0, lastRow: 54, lastColumn: 3), value: .text("結合した行"))
        try sheet.write("後", at: CellAddress(row: 54, column: 4))
    }

    @Test("a constant-memory workbook reads back with exactly the cells of a normal one")
    func sameCells() throws {
        let scratch = try Scratch()
        defer { scratch.cleanUp() }
        var cells: [[String: CellValue]] = []
        for streamed in [false, true] {
            let path = scratch.path("\(streamed).xlsx")
            let wb = try XLSXWorkbook(path: path, options: WorkbookOptions(defaultFont: .yuGothic, constantMemory: streamed))
            let sheet = try wb.addWorksheet(name: "名簿")
            #expect(sheet.isConstantMemory == streamed)
            try Self.fill(sheet)
            try wb.close()
            cells.append(try ReadBack.cells(path, sheet: "名簿"))
        }
        #expect(cells[0].count == 206)
        #expect(cells[0] == cells[1])
        // Inline strings, not a shared-string table.
        let streamedXML = try #require(try Python.part("xl/worksheets/sheet1.xml", in: scratch.path("true.xlsx")))
        #expect(streamedXML.contains("t=\"inlineStr\""))
        #expect(try Python.part("xl/sharedStrings.xml", in: scratch.path("true.xlsx")) == nil)
        #expect(try Python.part("xl/comments1.xml", in: scratch.path("true.xlsx"))?.contains("見出しのメモ") == true)
    }

    @Test("a write above the current row is refused with rowAlreadyWritten, for every kind of write")
    func outOfOrderRefused() throws {
        let scratch = try Scratch()
        defer { scratch.cleanUp() }
        let path = scratch.path("order.xlsx")
        let wb = try XLSXWorkbook(path: path, options: WorkbookOptions(constantMemory: true))
        let sheet = try wb.addWorksheet(name: "S")
        try sheet.write("a", at: CellAddress(row: 4, column: 1))
        #expect(sheet.currentRow == 4)
        // The current row still takes cells in any column, a height and a note.
        try sheet.write(1, at: CellAddress(row: 4, column: 0))
        try sheet.setRow(4, height: 20)
        try sheet.writeNote("メモ", at: CellAddress(row: 4, column: 0))
        let at = WriterError.Location(path: path, sheet: "S", cell: "A3")
        let refused = WriterError.rowAlreadyWritten(row: 2, currentRow: 4, at: at)
        let cell = CellAddress(row: 2, column: 0)
        #expect(throws: refused) { try sheet.write("x", at: cell) }
        #expect(throws: refused) { try sheet.write(1.5, at: cell) }
        #expect(throws: refused) { try sheet.write(true, at: cell) }
        #expect(throws: refused) { try sheet.write(SheetDateTime(year: 2025, month: 4, day: 1), at: cell) }
        #expect(throws: refused) { try sheet.writeBlank(at: cell, style: CellStyle(bold: true)) }
        #expect(throws: refused) { try sheet.writeFormula("=1+1", at: cell) }
        #expect(throws: refused) { try sheet.writeURL("https://example.com", at: cell) }
        #expect(throws: refused) { try sheet.writeNote("メモ", at: cell) }
        #expect(throws: WriterError.rowAlreadyWritten(row: 2, currentRow: 4, at: .init(path: path, sheet: "S", cell: "3:3"))) {
            try sheet.setRow(2, height: 30)
        }
        // A merge starting above the current row would lose its text inside libxlsxwriter.
        #expect(throws: WriterError.rowAlreadyWritten(row: 2, currentRow: 4, at: .init(path: path, sheet: "S", cell: "A3:C5"))) {
            try sheet.mergeRange(RangeAddress(firstRow: 2, firstColumn: 0, lastRow: 4, lastColumn: 2), value: .text("見出し"))
        }
        #expect(throws: WriterError.rowAlreadyWritten(row: 3, currentRow: 4, at: .init(path: path, sheet: "S", cell: "A1:C4"))) {
            try sheet.autofilter(RangeAddress(firstRow: 0, firstColumn: 0, lastRow: 3, lastColumn: 2))
        }
        // The description is English and names both rows.
        #expect(refused.description.hasPrefix("row 3 written after row 5 in constant-memory mode"))
        try wb.close()
        #expect(try ReadBack.cells(path, sheet: "S") == ["A5": .number(1), "B5": .string("a")])
    }

    @Test("a styled merge over several rows moves the sheet to its last row: the columns beside it are refused")
    func multiRowMergeAdvances() throws {
        let scratch = try Scratch()
        defer { scratch.cleanUp() }
        let path = scratch.path("merge.xlsx")
        let wb = try XLSXWorkbook(path: path, options: WorkbookOptions(constantMemory: true))
        let sheet = try wb.addWorksheet(name: "S")
        // Its blank cells carry the style, so libxlsxwriter writes them into every row at once
        // (an unstyled merge writes no blanks and stays on its first row).
        try sheet.mergeRange(
            RangeAddress(firstRow: 0, firstColumn: 0, lastRow: 2, lastColumn: 0), value: .text("区分"), style: CellStyle(bold: true))
        #expect(sheet.currentRow == 2)
        #expect(throws: WriterError.rowAlreadyWritten(row: 0, currentRow: 2, at: .init(path: path, sheet: "S", cell: "B1"))) {
            try sheet.write("項目", at: CellAddress(row: 0, column: 1))
        }
        try sheet.write("最後の行", at: CellAddress(row: 2, column: 1))
        try wb.close()
        #expect(try ReadBack.cells(path, sheet: "S") == ["A1": .string("区分"), "B3": .string("最後の行")])
    }

    @Test("overlapping merges are still refused on a streamed sheet, also after many rows of merges")
    func overlapsRefused() throws {
        let scratch = try Scratch()
        defer { scratch.cleanUp() }
        let path = scratch.path("overlap.xlsx")
        let wb = try XLSXWorkbook(path: path, options: WorkbookOptions(constantMemory: true))
        let sheet = try wb.addWorksheet(name: "S")
        let style = CellStyle(borders: .all(.init(.thin)))
        for row in 0..<1000 {
            try sheet.mergeRange(RangeAddress(firstRow: row, firstColumn: 1, lastRow: row, lastColumn: 3), value: .text("\(row)"), style: style)
        }
        #expect(
            throws: WriterError.overlappingMerge(
                range: "C1000:E1000", existing: "B1000:D1000", at: .init(path: path, sheet: "S", cell: "C1000:E1000"))
        ) {
            try sheet.mergeRange(RangeAddress(firstRow: 999, firstColumn: 2, lastRow: 999, lastColumn: 4))
        }
        try sheet.mergeRange(RangeAddress(firstRow: 1000, firstColumn: 0, lastRow: 1002, lastColumn: 0), value: .text("縦"), style: style)
        #expect(
            throws: WriterError.overlappingMerge(
                range: "A1003:B1003", existing: "A1001:A1003", at: .init(path: path, sheet: "S", cell: "A1003:B1003"))
        ) {
            try sheet.mergeRange(RangeAddress(firstRow: 1002, firstColumn: 0, lastRow: 1002, lastColumn: 1))
        }
        try sheet.mergeRange(RangeAddress(firstRow: 1002, firstColumn: 1, lastRow: 1002, lastColumn: 2), value: .text("横"), style: style)
        try wb.close()
        let cells = try ReadBack.cells(path, sheet: "S")
        #expect(cells.count == 1002 && cells["B1000"] == .string("999") && cells["A1001"] == .string("縦") && cells["B1003"] == .string("横"))
    }

    @Test("sheets choose their own kind: a streamed sheet in a normal workbook and the other way round")
    func perSheet() throws {
        let scratch = try Scratch()
        defer { scratch.cleanUp() }
        for workbookStreams in [false, true] {
            let path = scratch.path("mixed-\(workbookStreams).xlsx")
            let wb = try XLSXWorkbook(path: path, options: WorkbookOptions(constantMemory: workbookStreams))
            let inherited = try wb.addWorksheet(name: "既定")
            let streamed = try wb.addWorksheet(name: "流す", constantMemory: true)
            let kept = try wb.addWorksheet(name: "保持", constantMemory: false)
            #expect(inherited.isConstantMemory == workbookStreams)
            #expect(streamed.isConstantMemory && streamed.currentRow == 0)
            #expect(!kept.isConstantMemory && kept.currentRow == nil)
            for sheet in [inherited, streamed, kept] { try Self.fill(sheet) }
            // Only the kept sheet may go back up.
            try kept.write("戻る", at: CellAddress(row: 0, column: 5))
            #expect(throws: WriterError.self) { try streamed.write("戻る", at: CellAddress(row: 0, column: 5)) }
            // A chart over the kept sheet, as the reports draw them.
            let chart = try wb.addChart(.column)
            try chart.addSeries(ChartSeries(values: kept.range(RangeAddress(firstRow: 1, firstColumn: 2, lastRow: 50, lastColumn: 2))))
            try kept.insertChart(chart, at: CellAddress(row: 2, column: 6))
            try wb.close()
            let reference = try ReadBack.cells(path, sheet: "流す")
            #expect(reference.count == 206)
            #expect(try ReadBack.cells(path, sheet: "既定") == reference)
            var expectedKept = reference
            expectedKept["F1"] = .string("戻る")
            #expect(try ReadBack.cells(path, sheet: "保持") == expectedKept)
            // The kept sheet's strings go to the shared table, and the chart caches its values.
            #expect(try Python.part("xl/sharedStrings.xml", in: path)?.contains("戻る") == true)
            #expect(try Python.part("xl/charts/chart1.xml", in: path)?.contains("<c:numCache>") == true)
        }
    }

    @Test("two runs of the same calls give the same bytes in constant-memory mode")
    func reproducible() throws {
        let scratch = try Scratch()
        defer { scratch.cleanUp() }
        var bytes: [Data] = []
        for run in 0..<2 {
            let path = scratch.path("run\(run).xlsx")
            let wb = try XLSXWorkbook(path: path, options: WorkbookOptions(constantMemory: true))
            try Self.fill(try wb.addWorksheet(name: "名簿"))
            try wb.close()
            bytes.append(try Data(contentsOf: URL(fileURLWithPath: path)))
        }
        #expect(bytes[0] == bytes[1])
    }
}
