import Foundation
import OOXMLReader
import Testing

@testable import DXCertForms
@testable import DXCertIngest
@testable import DXCertMessages
@testable import DXCertPipeline
@testable import DXCertReports
@testable import DXCertRules

/// Sheets filled by another program (openpyxl writes values into the input cells, as a judge
/// would in Excel), then re-saved by LibreOffice, read back with identity and scores intact.
@Suite("Templates: filled by others, re-saved by LibreOffice", .serialized)
struct SheetRoundTripTests {
    /// What the "judges" type (cell → value; numbers as JSON numbers).
    static let fill = #"""
        import json, sys, openpyxl
        path, out, edits = sys.argv[1], sys.argv[2], json.loads(sys.argv[3])
        wb = openpyxl.load_workbook(path)
        for sheet, cells in edits.items():
            ws = wb[sheet]
            for ref, value in cells.items():
                ws[ref] = value
        wb.save(out)
        """#

    static let j01Edits =
        #"{"報告会評価": {"D12": "4:よい", "E12": 3, "F12": "５", "H12": "説明が分かりやすかった", "D13": "5:非常によい", "E13": "5:非常によい", "F13": "5:非常によい", "D14": "2:やや不十分"}}"#
    static let j03Edits = #"{"報告会評価": {"D13": "2:やや不十分", "E13": 3, "F13": "4:よい", "D15": 4, "E15": "４", "F15": "4:よい", "H15": "データの見せ方が良い"}}"#
    static let leaderEdits = #"{"リーダー評価": {"E14": "5:非常によい", "E15": "4:よい", "E16": 4, "E17": "3:ふつう", "E18": "５", "C21": "よくまとめてくれました"}}"#

    /// Blank sheets from the fixture setup, three of them filled by openpyxl.
    static func filledByOpenpyxl(_ scratch: TplScratch) throws -> (j01: URL, j03: URL, leader: URL) {
        let (_, root) = try SheetGeneratorTests.generate(scratch, answers: SheetAnswers())
        let folder = scratch.file("返送")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let j01 = folder.appendingPathComponent("J01_山中.xlsx")
        let j03 = folder.appendingPathComponent("J03_北村.xlsx")
        let leader = folder.appendingPathComponent("P01_00102.xlsx")
        try TplProcess.python(fill, [SheetGeneratorTests.report(root, "J01").path, j01.path, j01Edits])
        try TplProcess.python(fill, [SheetGeneratorTests.report(root, "J03").path, j03.path, j03Edits])
        try TplProcess.python(fill, [SheetGeneratorTests.leader(root, "P01", "00102").path, leader.path, leaderEdits])
        return (j01, j03, leader)
    }

    /// The checks shared by the openpyxl and LibreOffice round trips.
    static func expectIntact(j01: URL, j03: URL, leader: URL) throws {
        let (identity1, kind1, sheet1) = try TplRead.report(j01)
        #expect(kind1.kind == .meetingScore)
        #expect(identity1?.source == "識別シート")
        #expect(identity1?[FormLayout.Identity.judgeID] == "J01" && identity1?[FormLayout.Identity.year] == "2024")
        #expect(identity1?.list(FormLayout.Identity.criteria) == ["P1", "P2", "P3"])
        let r1 = try #require(sheet1)
        #expect(r1.judgeID.value == "J01" && r1.category.value == .executive && r1.year.value == FiscalYear(2024))
        #expect(r1.rows.map(\.projectID) == ["P01", "P02", "P03", "P04"])
        #expect(
            r1.rows.map { $0.scores.map(\.value) }
                == [[EnteredValue?]]([
                    [.text("4:よい"), .number(3), .text("５")],
                    [.text("5:非常によい"), .text("5:非常によい"), .text("5:非常によい")],
                    [.text("2:やや不十分"), nil, nil],
                    [nil, nil, nil],
                ]))
        #expect(r1.rows.map { $0.scores.compactMap(\.criterionID) } == Array(repeating: ["P1", "P2", "P3"], count: 4))
        #expect(r1.rows[0].comment == "説明が分かりやすかった")

        let (identity3, _, sheet3) = try TplRead.report(j03)
        #expect(identity3?.list(FormLayout.Identity.ownProjects) == ["P01", "P03"])
        let r3 = try #require(sheet3)
        #expect(r3.rows.map(\.markedOwnTeam) == [true, false, true, false])
        #expect(
            r3.rows.map { $0.scores.map(\.value) }
                == [[EnteredValue?]]([
                    [nil, nil, nil],
                    [.text("2:やや不十分"), .number(3), .text("4:よい")],
                    [nil, nil, nil],
                    [.number(4), .text("４"), .text("4:よい")],
                ]))
        #expect(r3.rows[3].comment == "データの見せ方が良い")

        let (identityL, kindL, sheetL) = try TplRead.leader(leader)
        #expect(kindL.kind == .leaderEvaluation)
        #expect(identityL?[FormLayout.Identity.evaluatorID] == "00102" && identityL?[FormLayout.Identity.leaderID] == "00101")
        let l = try #require(sheetL)
        #expect(l.evaluatorID.value == "00102" && l.leaderID.value == "00101" && l.projectID.value == "P01")
        #expect(l.scores.map(\.value) == [.text("5:非常によい"), .text("4:よい"), .number(4), .text("3:ふつう"), .text("５")])
        #expect(l.scores.compactMap(\.criterionID) == ["L1", "L2", "L3", "L4", "L5"])
        #expect(l.comment == "よくまとめてくれました")
    }

    @Test("openpyxl fills the input cells: identity, every score and comment read back exactly")
    func openpyxlFilledSheetsReadBack() throws {
        let scratch = try TplScratch()
        defer { scratch.cleanUp() }
        let (j01, j03, leader) = try Self.filledByOpenpyxl(scratch)
        try Self.expectIntact(j01: j01, j03: j03, leader: leader)
        // openpyxl keeps the hidden identity sheet, the properties, the dropdowns and the protection.
        let xml = try TplXML.read(j03)
        #expect(xml.sheet("_dxcert")?.state == "hidden")
        #expect(xml.custom["dxcert_審査員ID"] == "J03")
        let main = try #require(xml.sheet("報告会評価"))
        #expect(main.protection?["sheet"] == "1")
        #expect(main.validations.contains { $0.covers("D13") } && !main.validations.contains { $0.covers("D12") })
    }

    @Test(
        "LibreOffice re-save keeps identity (sheet and properties), scores, comments; totals recalculate",
        .enabled(if: TplProcess.hasLibreOffice, "LibreOffice（soffice）がない環境のため省略"))
    func libreOfficeResave() throws {
        let scratch = try TplScratch()
        defer { scratch.cleanUp() }
        let (j01, j03, leader) = try Self.filledByOpenpyxl(scratch)
        let out = scratch.file("LibreOffice")
        let resaved = try [j01, j03, leader].map { try TplProcess.libreOfficeResave($0, into: out) }
        try Self.expectIntact(j01: resaved[0], j03: resaved[1], leader: resaved[2])

        // The properties copy of the identity survives too.
        let workbook = try Workbook(url: resaved[0])
        #expect(workbook.properties.custom["dxcert_審査員ID"] == "J01")
        #expect(workbook.properties.custom["dxcert_種別"] == "報告会評価")

        // openpyxl dropped the cached totals; LibreOffice computed them with our formula,
        // reading dropdown texts, numbers and full-width digits alike.
        let c1 = try #require(try TplRead.cells(resaved[0])["報告会評価"])
        #expect(c1["G12"]?.tplNumber.map { abs($0 - 80) < 1e-9 } == true)  // 100 × (2×4/5 + 3/5 + 5/5) ÷ 4
        #expect(c1["G13"]?.tplNumber.map { abs($0 - 100) < 1e-9 } == true)
        #expect(c1["G14"] == nil)  // incomplete: blank
        let c3 = try #require(try TplRead.cells(resaved[1])["報告会評価"])
        #expect(c3["G13"]?.tplNumber.map { abs($0 - 60) < 1e-9 } == true)
        #expect(c3["G15"]?.tplNumber.map { abs($0 - 80) < 1e-9 } == true)
        let cl = try #require(try TplRead.cells(resaved[2])["リーダー評価"])
        #expect(cl["E19"]?.tplNumber.map { abs($0 - 84) < 1e-9 } == true)  // 100 × (5+4+4+3+5) ÷ 25

        // LibreOffice keeps the dropdowns and the protection.
        let xml = try TplXML.read(resaved[1])
        let main = try #require(xml.sheet("報告会評価"))
        #expect(main.protection != nil)
        #expect(main.validations.contains { $0.covers("D13") && $0.type == "list" })
        #expect(!main.validations.contains { $0.covers("D12") })
        #expect(xml.sheet("_dxcert")?.state == "hidden")
    }

    @Test(
        "a sheet that lost its identity is still recognised and read by its labels",
        .enabled(if: TplProcess.hasLibreOffice, "LibreOffice（soffice）がない環境のため省略"))
    func identityLostStillRecognised() throws {
        let scratch = try TplScratch()
        defer { scratch.cleanUp() }
        let (j01, _, leader) = try Self.filledByOpenpyxl(scratch)
        let strip = #"""
            import sys, openpyxl
            from openpyxl.packaging.custom import CustomPropertyList
            wb = openpyxl.load_workbook(sys.argv[1])
            del wb['_dxcert']
            wb.custom_doc_props = CustomPropertyList()
            wb.save(sys.argv[2])
            """#
        let bare = [scratch.file("j01_bare.xlsx"), scratch.file("leader_bare.xlsx")]
        try TplProcess.python(strip, [j01.path, bare[0].path])
        try TplProcess.python(strip, [leader.path, bare[1].path])
        let resaved = try bare.map { try TplProcess.libreOfficeResave($0, into: scratch.file("LibreOffice")) }

        let (identity, kind, sheet) = try TplRead.report(resaved[0])
        #expect(identity == nil)
        #expect(kind.kind == .meetingScore && kind.recognisedBy == "見出し")
        let r = try #require(sheet)
        #expect(r.judgeID.value == "J01" && r.judgeName.value == "山中 正義" && r.category.value == .executive)
        #expect(r.year.value == FiscalYear(2024))
        // The hidden criterion-ID row still names the columns.
        #expect(r.rows[0].scores.map { $0.criterionID ?? "?" } == ["P1", "P2", "P3"])
        #expect(r.rows[0].scores.map(\.value) == [.text("4:よい"), .number(3), .text("５")])

        let (identityL, kindL, sheetL) = try TplRead.leader(resaved[1])
        #expect(identityL == nil)
        #expect(kindL.kind == .leaderEvaluation && kindL.recognisedBy == "見出し")
        #expect(sheetL?.evaluatorID.value == "00102" && sheetL?.leaderID.value == "00101" && sheetL?.projectID.value == "P01")
        #expect(sheetL?.scores.compactMap(\.criterionID) == ["L1", "L2", "L3", "L4", "L5"])
    }

    @Test("the blank templates are recognised by kind and read once filled in by hand")
    func blankTemplatesFilledByHand() throws {
        let scratch = try TplScratch()
        defer { scratch.cleanUp() }
        let files = try TemplateWriter.writeAll(to: scratch.url)
        // A judge fills the blank report sheet: fields, one project row, the 一般職員 columns (G–I).
        let report = scratch.file("report_filled.xlsx")
        try TplProcess.python(
            Self.fill,
            [
                files[1].path, report.path,
                #"""
                {"報告会評価": {"B5": "R6", "B6": "J07", "B7": "手書　花子", "B8": "一般職員",
                                "A12": "P01", "B12": "窓口DXチーム", "C12": "書かない窓口", "G12": "4：よい", "H12": 3, "I12": "5：非常によい"}}
                """#,
            ])
        let (identity, kind, sheet) = try TplRead.report(report)
        #expect(identity?.values == ["識別子": "dxcert", "種別": "報告会評価", "様式版": "2"])
        #expect(kind.kind == .meetingScore)
        let r = try #require(sheet)
        #expect(r.year.value == FiscalYear(2024) && r.judgeID.value == "J07" && r.category.value == .general)
        #expect(r.rows.count == 1)
        #expect(r.rows[0].projectID == "P01")
        let scored = r.rows[0].scores.filter { $0.value != nil }
        #expect(scored.map { $0.criterionID ?? "?" } == ["G1", "G2", "G3"])
        #expect(scored.map(\.value) == [.text("4：よい"), .number(3), .text("5：非常によい")])

        let leader = scratch.file("leader_filled.xlsx")
        try TplProcess.python(
            Self.fill,
            [
                files[2].path, leader.path,
                #"""
                {"リーダー評価": {"C5": "令和6年度", "C6": "00102", "C7": "坂本 由美", "C8": "00101", "C9": "斎藤 剛", "C10": "P01",
                                  "E14": "5：非常によい", "E15": 4, "E16": 4, "E17": 4, "E18": 4}}
                """#,
            ])
        let (identityL, kindL, sheetL) = try TplRead.leader(leader)
        #expect(identityL?.values == ["識別子": "dxcert", "種別": "リーダー評価", "様式版": "2"])
        #expect(kindL.kind == .leaderEvaluation)
        #expect(sheetL?.evaluatorID.value == "00102" && sheetL?.leaderID.value == "00101" && sheetL?.projectID.value == "P01")
        #expect(sheetL?.scores.map(\.value) == [.text("5：非常によい"), .number(4), .number(4), .number(4), .number(4)])

        let register = scratch.file("register_filled.xlsx")
        try TplProcess.python(
            Self.fill,
            [
                files[3].path, register.path,
                #"""
                {"既認定者名簿": {"A5": "00123", "B5": "真岡 太郎", "C5": "市民課", "D5": "DXアドバイザー", "E5": "令和5年度"}}
                """#,
            ])
        let workbook = try Workbook(url: register)
        #expect(try WorkbookClassifier.classify(workbook, identity: Identity.read(workbook)).kind == .priorRegister)
        let rows = try #require(try PriorRegisterParser.parse(workbook, file: "r", diagnostics: Diagnostics()))
        #expect(rows.map { "\($0.staffID) \($0.tier.label) \($0.year.year)" } == ["00123 DXアドバイザー 2023"])
    }
}
