import Testing

@testable import XLSXWriter

@Suite("SheetName: Excel's rules and quoting")
struct SheetNameTests {
    @Test("invalid names give typed errors from addWorksheet")
    func invalidNames() throws {
        let path = "/tmp/never-closed.xlsx"
        let wb = try XLSXWorkbook(path: path)
        defer { wb.discard() }
        _ = try wb.addWorksheet(name: "Data")
        _ = try wb.addWorksheet(name: "令和7年度 集計")
        let cases: [(String, WriterError.SheetNameProblem)] = [
            ("", .empty),
            (String(repeating: "表", count: 32), .tooLong(length: 32)),
            ("a/b", .forbiddenCharacter("/")),
            ("集計[1]", .forbiddenCharacter("[")),
            ("Q1?", .forbiddenCharacter("?")),
            ("a:b", .forbiddenCharacter(":")),
            ("a*b", .forbiddenCharacter("*")),
            ("a\\b", .forbiddenCharacter("\\")),
            ("'quoted", .apostropheAtEdge),
            ("quoted'", .apostropheAtEdge),
            ("history", .reserved),
            ("DATA", .duplicate(existing: "Data")),
            ("令和7年度 集計", .duplicate(existing: "令和7年度 集計")),
        ]
        for (name, problem) in cases {
            #expect(throws: WriterError.invalidSheetName(name: name, problem: problem, path: path)) {
                _ = try wb.addWorksheet(name: name)
            }
        }
        // Exactly 31 characters, Japanese, spaces and an inner apostrophe are fine.
        _ = try wb.addWorksheet(name: String(repeating: "表", count: 31))
        _ = try wb.addWorksheet(name: "O'Brien の シート")
        #expect(wb.sheetNames.count == 4)
        let error = WriterError.invalidSheetName(name: "a/b", problem: .forbiddenCharacter("/"), path: path)
        #expect(error.description == #"invalid sheet name "a/b": forbiddenCharacter("/") [/tmp/never-closed.xlsx]"#)
    }

    @Test("quoting for formulas")
    func quoting() {
        #expect(SheetName.quoted("Data") == "Data")
        #expect(SheetName.quoted("Sheet_1") == "Sheet_1")
        #expect(SheetName.quoted("集計 表") == "'集計 表'")
        #expect(SheetName.quoted("集計") == "'集計'")
        #expect(SheetName.quoted("O'Brien") == "'O''Brien'")
        #expect(SheetName.quoted("A1") == "'A1'")
        #expect(SheetName.quoted("R1C1") == "'R1C1'")
        #expect(SheetName.quoted("TRUE") == "'TRUE'")
        #expect(SheetName.quoted("2025") == "'2025'")
        #expect(SheetName.quoted("my sheet") == "'my sheet'")
    }
}
