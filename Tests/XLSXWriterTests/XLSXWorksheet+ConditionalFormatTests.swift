import Foundation
import Testing

@testable import XLSXWriter

@Suite("XLSXWorksheet conditional formats")
struct XLSXWorksheetConditionalFormatTests {
    private func rules(_ path: String) throws -> [String] {
        let json = try Python.json(
            """
            import sys, json, openpyxl
            ws = openpyxl.load_workbook(sys.argv[1])["条件"]
            out = []
            for rng in ws.conditional_formatting:
                for r in rng.rules:
                    out.append("%s|%s|%s|%s" % (rng.sqref, r.type, r.operator or "-", ";".join(r.formula or [])))
            print(json.dumps({"rules": sorted(out)}, ensure_ascii=False))
            """, [path])
        return json["rules"] as? [String] ?? []
    }

    @Test("text, blank and error rules on multi-column ranges test the top-left cell, with Japanese intact")
    func anchoredRules() throws {
        let scratch = try Scratch()
        defer { scratch.cleanUp() }
        let path = scratch.path("cf.xlsx")
        let wb = try XLSXWorkbook(path: path)
        let sheet = try wb.addWorksheet(name: "条件")
        let mark = CellStyle(fillColor: RGBColor(0xFFC7CE))
        let range = try RangeAddress("B2:D11")
        let long = String(repeating: "長", count: 40)  // 120 bytes: libxlsxwriter's 64-byte buffer would cut it
        try sheet.addConditionalFormat(ConditionalFormat(.textContains(long), style: mark), to: range)
        try sheet.addConditionalFormat(ConditionalFormat(.textNotContains("済"), style: mark), to: range)
        try sheet.addConditionalFormat(ConditionalFormat(.textBeginsWith("保留"), style: mark), to: range)
        try sheet.addConditionalFormat(ConditionalFormat(.textEndsWith("課\"長\""), style: mark), to: range)
        try sheet.addConditionalFormat(ConditionalFormat(.blanks, style: mark), to: range)
        try sheet.addConditionalFormat(ConditionalFormat(.noBlanks, style: mark), to: range)
        try sheet.addConditionalFormat(ConditionalFormat(.errors, style: mark), to: range)
        try sheet.addConditionalFormat(ConditionalFormat(.noErrors, style: mark), to: range)
        try sheet.addConditionalFormat(ConditionalFormat(.duplicates, style: mark), to: range)
        try sheet.addConditionalFormat(ConditionalFormat(.unique, style: mark), to: range)
        try sheet.addConditionalFormat(ConditionalFormat(.cellValue(.notEqual(.text("他\"社"))), style: mark), to: range)
        try sheet.addConditionalFormat(ConditionalFormat(.cellValue(.lessThan(.formula("$A$1"))), style: mark), to: range)
        try sheet.addConditionalFormat(ConditionalFormat(.cellValue(.notBetween(.formula("=$A$1"), .number(100))), style: mark), to: range)
        try wb.close()
        #expect(
            try rules(path) == [
                "B2:D11|cellIs|lessThan|$A$1",
                "B2:D11|cellIs|notBetween|$A$1;100",
                "B2:D11|cellIs|notEqual|\"他\"\"社\"",
                "B2:D11|duplicateValues|-|",
                "B2:D11|expression|-|ISERROR(B2)",
                "B2:D11|expression|-|ISERROR(SEARCH(\"済\",B2))",
                "B2:D11|expression|-|LEFT(B2,2)=\"保留\"",
                "B2:D11|expression|-|LEN(TRIM(B2))=0",
                "B2:D11|expression|-|LEN(TRIM(B2))>0",
                "B2:D11|expression|-|NOT(ISERROR(B2))",
                "B2:D11|expression|-|NOT(ISERROR(SEARCH(\"\(long)\",B2)))",
                "B2:D11|expression|-|RIGHT(B2,4)=\"課\"\"長\"\"\"",
                "B2:D11|uniqueValues|-|",
            ])
    }

    @Test("empty or over-long texts and non-finite numbers are refused")
    func limits() throws {
        let scratch = try Scratch()
        defer { scratch.cleanUp() }
        let path = scratch.path("cf.xlsx")
        let wb = try XLSXWorkbook(path: path)
        defer { wb.discard() }
        let sheet = try wb.addWorksheet(name: "条件")
        let range = try RangeAddress("A1:A9")
        let style = CellStyle(bold: true)
        try sheet.addConditionalFormat(ConditionalFormat(.textContains(String(repeating: "字", count: 255)), style: style), to: range)
        #expect(
            throws: WriterError.textTooLong(
                field: .conditionText, length: 256, limit: 255, unit: .characters, at: .init(path: path, sheet: "条件", cell: "A1:A9"))
        ) {
            try sheet.addConditionalFormat(ConditionalFormat(.textContains(String(repeating: "字", count: 256)), style: style), to: range)
        }
        #expect(throws: WriterError.self) { try sheet.addConditionalFormat(ConditionalFormat(.textBeginsWith(""), style: style), to: range) }
        #expect(throws: WriterError.self) {
            try sheet.addConditionalFormat(ConditionalFormat(.cellValue(.equal(.number(.infinity))), style: style), to: range)
        }
        #expect(throws: WriterError.self) { try sheet.addConditionalFormat(ConditionalFormat(.formula(""), style: style), to: range) }
    }
}
