import Testing

@testable import XLSXWriter

@Suite("CellAddress and RangeAddress: A1 notation")
struct CellAddressTests {
    @Test("0-based positions ↔ A1")
    func a1() throws {
        #expect(CellAddress(row: 0, column: 0).a1 == "A1")
        #expect(CellAddress(row: 9, column: 25).a1 == "Z10")
        #expect(CellAddress(row: 0, column: 26).a1 == "AA1")
        #expect(CellAddress(row: 1_048_575, column: 16_383).a1 == "XFD1048576")
        #expect(CellAddress(row: 2, column: 1).absoluteA1 == "$B$3")
        #expect(try CellAddress("B3") == CellAddress(row: 2, column: 1))
        #expect(try CellAddress("$xfd$1048576") == CellAddress(row: 1_048_575, column: 16_383))
        for bad in ["", "3B", "B0", "B", "12", "ABCD1", "B3:C4", "B-1", "Ｂ３"] {
            #expect(throws: WriterError.invalidReference(text: bad)) { _ = try CellAddress(bad) }
        }
    }

    @Test("ranges: corners in any order, overlap, A1")
    func ranges() throws {
        let r = try RangeAddress("C5:A1")
        #expect(r.a1 == "A1:C5")
        #expect(r.absoluteA1 == "$A$1:$C$5")
        #expect(r.rowCount == 5 && r.columnCount == 3)
        #expect(try RangeAddress("B2").a1 == "B2")
        #expect(r.overlaps(try RangeAddress("C5:D9")))
        #expect(!r.overlaps(try RangeAddress("D1:D9")))
        #expect(r.contains(try CellAddress("B3")))
        #expect(throws: WriterError.invalidReference(text: "A1:B2:C3")) { _ = try RangeAddress("A1:B2:C3") }
    }
}
