import Foundation
import Testing

@testable import XLSXWriter

@Suite("XLSXWorksheet protection")
struct XLSXWorksheetProtectionTests {
    @Test("Japanese or over-long passwords are refused; no password protects without one")
    func passwords() throws {
        let scratch = try Scratch()
        defer { scratch.cleanUp() }
        let path = scratch.path("protect.xlsx")
        let wb = try XLSXWorkbook(path: path)
        let sheet = try wb.addWorksheet(name: "保護")
        #expect(throws: WriterError.self) { try sheet.protect(password: "ひみつ") }
        #expect(throws: WriterError.self) { try sheet.protect(password: "ｐａｓｓ") }
        #expect(throws: WriterError.textTooLong(field: .password, length: 256, limit: 255, unit: .characters, at: .init(path: path, sheet: "保護"))) {
            try sheet.protect(password: String(repeating: "a", count: 256))
        }
        try sheet.protect(
            options: SheetProtection(
                selectUnlockedCells: true, formatCells: true, insertRows: true, deleteRows: true,
                sort: true, useAutofilter: true))
        try wb.close()
        let json = try Python.json(
            """
            import sys, json, openpyxl
            p = openpyxl.load_workbook(sys.argv[1])["保護"].protection
            print(json.dumps({"sheet": p.sheet, "password": p.password, "formatCells": p.formatCells, "insertRows": p.insertRows,
                              "deleteRows": p.deleteRows, "sort": p.sort, "autoFilter": p.autoFilter, "insertColumns": p.insertColumns,
                              "selectLocked": p.selectLockedCells}))
            """, [path])
        #expect(json["sheet"] as? Bool == true)
        #expect(json["password"] is NSNull)
        // openpyxl reports "protected" flags: false means the action is allowed.
        #expect(json["formatCells"] as? Bool == false)
        #expect(json["insertRows"] as? Bool == false)
        #expect(json["deleteRows"] as? Bool == false)
        #expect(json["sort"] as? Bool == false)
        #expect(json["autoFilter"] as? Bool == false)
        #expect(json["insertColumns"] as? Bool == true)
        #expect(json["selectLocked"] as? Bool == false)
    }
}
