import Testing

@testable import XLSXWriter

@Suite("SheetRange: formulas with quoted sheet names")
struct SheetRangeTests {
    @Test("formula text with quoting")
    func formula() throws {
        #expect(SheetRange(sheet: "シート 名", range: try RangeAddress("A2:A6")).formula == "'シート 名'!$A$2:$A$6")
        #expect(SheetRange(sheet: "O'Brien", range: try RangeAddress("B1")).formula == "'O''Brien'!$B$1")
        #expect(SheetRange(sheet: "Data", range: try RangeAddress("A1:B2")).formula == "Data!$A$1:$B$2")
    }

    @Test("parsing formulas back")
    func parsing() throws {
        #expect(try SheetRange("='シート 名'!$A$2:$A$6") == SheetRange(sheet: "シート 名", range: try RangeAddress("A2:A6")))
        #expect(try SheetRange("'O''Brien'!B1") == SheetRange(sheet: "O'Brien", range: try RangeAddress("B1")))
        #expect(try SheetRange("Data!A1:B2") == SheetRange(sheet: "Data", range: try RangeAddress("A1:B2")))
        for bad in ["A1:B2", "'未閉じ!A1", "''!A1", "Data!", "!A1", "'a'b'!A1"] {
            #expect(throws: WriterError.invalidReference(text: bad)) { _ = try SheetRange(bad) }
        }
    }
}
