import Testing

@testable import OOXMLReader

@Suite("Excel serial dates")
struct ExcelDateTests {
    @Test(
        "1900 system, including Lotus's phantom 29 February",
        arguments: [
            (1.0, "1900-01-01"), (59.0, "1900-02-28"), (60.0, "1900-02-29"), (61.0, "1900-03-01"),
            (0.5, "1899-12-31T12:00:00"), (0.0, "1899-12-31"), (45000.25, "2023-03-15T06:00:00"),
            (45383.0, "2024-04-01"), (2958465.0, "9999-12-31"), (1.5 / 86400 + 45000, "2023-03-15T00:00:02"),
        ])
    func serial1900(serial: Double, iso: String) {
        #expect(ExcelDateTime.fromSerial(serial, date1904: false)?.iso == iso)
    }

    @Test("1904 system starts at 1904-01-01", arguments: [(0.0, "1904-01-01"), (1.0, "1904-01-02"), (43465.0, "2023-01-01")])
    func serial1904(serial: Double, iso: String) {
        #expect(ExcelDateTime.fromSerial(serial, date1904: true)?.iso == iso)
    }

    @Test("rounding to the nearest second carries into the next day")
    func roundingCarries() {
        #expect(ExcelDateTime.fromSerial(45000.999_999_9, date1904: false)?.iso == "2023-03-16")
    }

    @Test("negative and too-large serials are not dates")
    func outOfRange() {
        #expect(ExcelDateTime.fromSerial(-1, date1904: false) == nil)
        #expect(ExcelDateTime.fromSerial(3_000_000, date1904: false) == nil)
    }

    @Test("ISO text of t=\"d\" cells")
    func isoText() {
        #expect(ExcelDateTime.parseISO("2024-04-01")?.iso == "2024-04-01")
        #expect(ExcelDateTime.parseISO("2024-04-01T09:30:00Z")?.iso == "2024-04-01T09:30:00")
        #expect(ExcelDateTime.parseISO("2024-04-01T09:30:00.600")?.iso == "2024-04-01T09:30:01")
        #expect(ExcelDateTime.parseISO("2024-04-01T23:59:59.700")?.iso == "2024-04-02")
        #expect(ExcelDateTime.parseISO("10:10:10")?.iso == "1899-12-31T10:10:10")
        #expect(ExcelDateTime.parseISO("not a date") == nil)
    }

    @Test("serial1900 inverts fromSerial")
    func roundTrip() {
        for s in [1.0, 59, 61, 45383, 45000.25] {
            #expect(ExcelDateTime.fromSerial(s, date1904: false)!.serial1900 == s)
        }
    }
}

@Suite("Cell references and part paths")
struct ReferenceTests {
    @Test func parsesA1() {
        #expect(CellReference("B3") == CellReference(row: 3, column: 2))
        #expect(CellReference("$AA$10") == CellReference(row: 10, column: 27))
        #expect(CellReference("xfd1048576") == CellReference(row: 1_048_576, column: 16_384))
        #expect(CellReference("3B") == nil)
        #expect(CellReference("B") == nil)
        #expect(CellReference("B0") == nil)
        #expect(CellReference.columnName(703) == "AAA")
    }

    @Test func resolvesTargets() {
        #expect(PartPath.resolve("worksheets/sheet1.xml", relativeTo: "xl/workbook.xml") == "xl/worksheets/sheet1.xml")
        #expect(PartPath.resolve("/xl/worksheets/sheet1.xml", relativeTo: "xl/workbook.xml") == "xl/worksheets/sheet1.xml")
        #expect(PartPath.resolve("../xl/sharedStrings.xml", relativeTo: "xl/workbook.xml") == "xl/sharedStrings.xml")
        #expect(PartPath.resolve("xl\\workbook.xml", relativeTo: "") == "xl/workbook.xml")
        #expect(PartPath.resolve("./worksheets/./a%20b.xml", relativeTo: "xl/workbook.xml") == "xl/worksheets/a b.xml")
        #expect(PartPath.resolve("../../../x.xml", relativeTo: "xl/worksheets/sheet1.xml") == "x.xml")
        #expect(PartPath.resolve("//xl//シート.xml#part", relativeTo: "xl/workbook.xml") == "xl/シート.xml")
        #expect(PartPath.resolve("..a/.b/...", relativeTo: "xl/workbook.xml") == "xl/..a/.b/...")
        #expect(PartPath.resolve("", relativeTo: "xl/workbook.xml") == "xl")
        #expect(PartPath.folder(of: "xl/シート/a.xml") == "xl/シート" && PartPath.fileName(of: "xl/シート/a.xml") == "a.xml")
        #expect(
            Relationship(id: "r", type: "http://x/officeDocument/2006/relationships/worksheet", target: "", isExternal: false).hasType("worksheet"))
        #expect(!Relationship(id: "r", type: "http://x/relationships/xworksheet", target: "", isExternal: false).hasType("worksheet"))
        #expect(!Relationship(id: "r", type: "worksheet", target: "", isExternal: false).hasType("worksheet"))
        #expect(RelationshipsReader.relsPath(for: "xl/workbook.xml") == "xl/_rels/workbook.xml.rels")
        #expect(RelationshipsReader.relsPath(for: "") == "_rels/.rels")
    }
}

@Suite("Document property dates")
struct DocumentPropertyDateTests {
    @Test func parsesW3CDTF() {
        let base = DocumentProperties.parseW3C("2024-02-16T09:30:00Z")!.timeIntervalSince1970
        #expect(base == 1_708_075_800)
        #expect(DocumentProperties.parseW3C("2024-02-16T18:30:00+09:00")!.timeIntervalSince1970 == base)
        #expect(DocumentProperties.parseW3C("2024-02-16T09:30:00.500Z")!.timeIntervalSince1970 == base + 0.5)
        #expect(DocumentProperties.parseW3C("2024-02-16T09:30:00")!.timeIntervalSince1970 == base)
        #expect(DocumentProperties.parseW3C("2024-02-16")!.timeIntervalSince1970 == 1_708_041_600)
        #expect(DocumentProperties.parseW3C("yesterday") == nil)
    }
}
