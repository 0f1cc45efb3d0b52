import Foundation
import Testing

@testable import XLSXWriter

@Suite("XLSXWorksheet print setup: headers, footers, paper, scaling")
struct XLSXWorksheetPrintSetupTests {
    @Test("headers up to 255 characters of Japanese are kept whole; 256 are refused")
    func headerLimit() throws {
        let scratch = try Scratch()
        defer { scratch.cleanUp() }
        let path = scratch.path("header.xlsx")
        let wb = try XLSXWorkbook(path: path)
        let sheet = try wb.addWorksheet(name: "印刷")
        let exact = "&C" + String(repeating: "認", count: 253)
        try sheet.setHeader(exact)
        #expect(throws: WriterError.textTooLong(field: .footer, length: 256, limit: 255, unit: .characters, at: .init(path: path, sheet: "印刷"))) {
            try sheet.setFooter("&L" + String(repeating: "定", count: 254))
        }
        #expect(throws: WriterError.self) { try sheet.setFooter("&G") }
        try sheet.setFooter(
            HeaderFooter(center: [.font(name: "ＭＳ Ｐゴシック", style: "標準"), .fontSize(9), .text("ページ "), .pageNumber, .text(" / "), .pageCount]),
            margin: 0.2)
        try wb.close()
        let sheetXML = try #require(try Python.part("xl/worksheets/sheet1.xml", in: path))
        #expect(sheetXML.contains("<oddHeader>&amp;C\(String(repeating: "認", count: 253))</oddHeader>"))
        #expect(sheetXML.contains("<oddFooter>&amp;C&amp;\"ＭＳ Ｐゴシック,標準\"&amp;9ページ &amp;P / &amp;N</oddFooter>"))
        #expect(sheetXML.contains("footer=\"0.2\""))
    }

    @Test("HeaderFooter escapes & and places sections")
    func headerCodes() {
        let code = HeaderFooter(left: [.text("R&D")], center: [.sheetName, .text(" "), .date], right: [.fileName, .time]).code
        #expect(code == "&LR&&D&C&A &D&R&F&T")
        #expect(HeaderFooter().code == "")
    }

    @Test("paper, scale, repeat columns and their limits")
    func paperAndScale() throws {
        let scratch = try Scratch()
        defer { scratch.cleanUp() }
        let path = scratch.path("paper.xlsx")
        let wb = try XLSXWorkbook(path: path)
        let sheet = try wb.addWorksheet(name: "S")
        try sheet.setPaper(.b4)
        try sheet.setPortrait()
        try sheet.setPrintScale(85)
        try sheet.repeatColumns(first: 0, last: 1)
        try sheet.centerVertically()
        #expect(throws: WriterError.self) { try sheet.setPrintScale(5) }
        #expect(throws: WriterError.self) { try sheet.setPaper(.code(300)) }
        #expect(throws: WriterError.self) { try sheet.fitToPages(width: -1, height: 0) }
        #expect(throws: WriterError.self) { try sheet.setMargins(left: -0.1) }
        try wb.close()
        let json = try Python.json(
            """
            import sys, json, openpyxl
            ws = openpyxl.load_workbook(sys.argv[1])["S"]
            print(json.dumps({"paper": ws.page_setup.paperSize, "scale": ws.page_setup.scale, "cols": ws.print_title_cols,
                              "vcenter": ws.print_options.verticalCentered}))
            """, [path])
        #expect(json["paper"] as? Int == 12)
        #expect(json["scale"] as? Int == 85)
        #expect(json["cols"] as? String == "$A:$B")
        #expect(json["vcenter"] as? Bool == true)
    }

    @Test("horizontal page breaks: sorted, repeats dropped, kept with fit to one page wide; row 0, past the end and 1024 breaks refused")
    func horizontalPageBreaks() throws {
        let scratch = try Scratch()
        defer { scratch.cleanUp() }
        let path = scratch.path("breaks.xlsx")
        let wb = try XLSXWorkbook(path: path)
        let sheet = try wb.addWorksheet(name: "S")
        #expect(throws: WriterError.invalidArgument(field: .pageBreaks, problem: .pageBreakRowOutOfRange(0), at: .init(path: path, sheet: "S"))) {
            try sheet.setHorizontalPageBreaks([0, 10])
        }
        #expect(
            throws: WriterError.invalidArgument(field: .pageBreaks, problem: .pageBreakRowOutOfRange(1_048_576), at: .init(path: path, sheet: "S"))
        ) {
            try sheet.setHorizontalPageBreaks([1_048_576])
        }
        #expect(
            throws: WriterError.invalidArgument(
                field: .pageBreaks, problem: .tooManyPageBreaks(count: 1024, limit: 1023), at: .init(path: path, sheet: "S"))
        ) {
            try sheet.setHorizontalPageBreaks(Array(1...1024))
        }
        try sheet.fitToPages(width: 1, height: 0)
        try sheet.setHorizontalPageBreaks([80, 40, 40])
        try wb.close()
        let sheetXML = try #require(try Python.part("xl/worksheets/sheet1.xml", in: path))
        #expect(
            sheetXML.contains(
                "<rowBreaks count=\"2\" manualBreakCount=\"2\"><brk id=\"40\" max=\"16383\" man=\"1\"/><brk id=\"80\" max=\"16383\" man=\"1\"/></rowBreaks>"
            ))
    }
}
