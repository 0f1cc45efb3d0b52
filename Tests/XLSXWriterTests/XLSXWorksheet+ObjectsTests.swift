import Foundation
import Testing

@testable import XLSXWriter

@Suite("XLSXWorksheet notes")
struct XLSXWorksheetObjectsTests {
    @Test("notes keep Japanese text, author, visibility and the workbook font")
    func notes() throws {
        let scratch = try Scratch()
        defer { scratch.cleanUp() }
        let path = scratch.path("notes.xlsx")
        let wb = try XLSXWorkbook(path: path, options: WorkbookOptions(defaultFont: .msPGothic))
        let sheet = try wb.addWorksheet(name: "メモ")
        try sheet.writeNote(
            "提出期限は4月末です。\n遅れる場合は連絡してください。", at: try CellAddress("B2"),
            options: NoteOptions(author: "総務課", visible: true, width: 200, height: 100))
        #expect(throws: WriterError.self) { try sheet.writeNote("x", at: try CellAddress("C2"), options: NoteOptions(width: 0)) }
        #expect(throws: WriterError.self) { try sheet.writeNote(String(repeating: "字", count: 32_768), at: try CellAddress("C2")) }
        try wb.close()
        let json = try Python.json(
            """
            import sys, json, openpyxl
            c = openpyxl.load_workbook(sys.argv[1])["メモ"]["B2"].comment
            print(json.dumps({"text": c.text, "author": c.author}, ensure_ascii=False))
            """, [path])
        #expect(json["text"] as? String == "提出期限は4月末です。\n遅れる場合は連絡してください。")
        #expect(json["author"] as? String == "総務課")
        let vml = try #require(try Python.part("xl/drawings/vmlDrawing1.vml", in: path))
        #expect(vml.contains("visibility:visible"))
        let comments = try #require(try Python.part("xl/comments1.xml", in: path))
        #expect(comments.contains("<sz val=\"9\"/><color indexed=\"81\"/><rFont val=\"ＭＳ Ｐゴシック\"/>"))
    }
}
