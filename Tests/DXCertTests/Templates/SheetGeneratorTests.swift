import Foundation
import OOXMLReader
import Testing

@testable import DXCertForms
@testable import DXCertIngest
@testable import DXCertMessages
@testable import DXCertPipeline
@testable import DXCertReports
@testable import DXCertRules

/// `dxcert sheets` from the fixture setup: file names, identity, answers, totals, own-team rows,
/// validations and protection, read back with our reader and the batch's parsers.
@Suite("Templates: distribution sheets")
struct SheetGeneratorTests {
    static let expectedFiles = [
        "令和6年度/リーダー評価/R6_リーダー評価_P01_00102_坂本由美.xlsx",
        "令和6年度/リーダー評価/R6_リーダー評価_P01_00103_前田亮.xlsx",
        "令和6年度/リーダー評価/R6_リーダー評価_P01_00901_二宮三郎.xlsx",
        "令和6年度/リーダー評価/R6_リーダー評価_P02_00202_山下和也.xlsx",
        "令和6年度/リーダー評価/R6_リーダー評価_P02_00203_林彩.xlsx",
        "令和6年度/リーダー評価/R6_リーダー評価_P03_00102_坂本由美.xlsx",
        "令和6年度/リーダー評価/R6_リーダー評価_P03_00302_近藤剛.xlsx",
        "令和6年度/リーダー評価/R6_リーダー評価_P04_00402_西田恵子.xlsx",
        "令和6年度/報告会評価/R6_報告会評価_J01_山中正義.xlsx",
        "令和6年度/報告会評価/R6_報告会評価_J02_大森一郎.xlsx",
        "令和6年度/報告会評価/R6_報告会評価_J03_北村美穂.xlsx",
        "令和6年度/報告会評価/R6_報告会評価_J04_株式会社とちぎシステム今井聡.xlsx",
    ]

    /// Answers as judges and evaluators would have entered them: dropdown texts, numbers,
    /// full-width digits, an unreadable word, incomplete rows, comments.
    static let answers = SheetAnswers(
        meeting: [
            "J01": MeetingAnswers(
                scores: [
                    "P01": ["P1": .text("4：よい"), "P2": .number(3), "P3": .text("５")],
                    "P02": ["P1": .text("5：非常によい"), "P2": .text("5：非常によい"), "P3": .text("5：非常によい")],
                    "P03": ["P1": .text("3：ふつう")],
                ],
                comments: ["P01": "説明が分かりやすかった", "P02": "実装が楽しみです"]),
            "J02": MeetingAnswers(scores: [
                "P01": ["P1": .text("1：不十分"), "P2": .text("1：不十分"), "P3": .text("1：不十分")],
                "P02": ["P1": .number(5), "P2": .number(5), "P3": .number(5)],
            ]),
            "J03": MeetingAnswers(scores: [
                "P01": ["G1": .text("5：非常によい")],  // own team: not written
                "P02": ["G1": .text("2：やや不十分"), "G2": .text("3：ふつう"), "G3": .text("4：よい")],
                "P04": ["G1": .number(4), "G2": .number(4), "G3": .number(4)],
            ]),
            "J04": MeetingAnswers(scores: [
                "P01": ["T1": .number(8), "T2": .text("4：よい"), "T3": .text("3：ふつう")],
                "P02": ["T1": .text("よい"), "T2": .number(4), "T3": .number(4)],
            ]),
        ],
        leader: [
            LeaderSheetKey(projectID: "P01", evaluatorID: StaffID("00102")):
                LeaderAnswers(
                    scores: [
                        "L1": .text("5：非常によい"), "L2": .text("4：よい"), "L3": .text("4：よい"), "L4": .text("3：ふつう"),
                        "L5": .number(5),
                    ], comment: "よくまとめてくれました"),
            LeaderSheetKey(projectID: "P03", evaluatorID: StaffID("00302")): LeaderAnswers(scores: ["L1": .text("4：よい")]),
        ])

    static func generate(_ scratch: TplScratch, answers: SheetAnswers = SheetGeneratorTests.answers) throws -> (YearSetup, URL) {
        let setup = try TplRead.goodSetup()
        let root = scratch.file("配布用")
        let outcome = try SheetGenerator.generate(setup, root: root, forbiddenFolders: [], answers: answers)
        guard case .written = outcome else { throw TplProcess.Failure(status: 0, stderr: "\(outcome)") }
        return (setup, root)
    }

    static func report(_ root: URL, _ judge: String) -> URL {
        root.appendingPathComponent(expectedFiles.first { $0.contains("_\(judge)_") }!)
    }

    static func leader(_ root: URL, _ project: String, _ evaluator: String) -> URL {
        root.appendingPathComponent(expectedFiles.first { $0.contains("_\(project)_\(evaluator)_") }!)
    }

    @Test("one report sheet per judge and one leader sheet per evaluator and leader, named to sort and mail")
    func plansEveryFile() throws {
        let scratch = try TplScratch()
        defer { scratch.cleanUp() }
        let (setup, root) = try Self.generate(scratch, answers: SheetAnswers())
        #expect(TplScratch(url: root).files() == Self.expectedFiles)
        // Leaders never evaluate themselves; members and extra evaluators all do.
        let assignments = LeaderAssignment.all(in: setup)
        #expect(
            assignments.map { "\($0.project.id):\($0.leader.staffID):\($0.evaluatorID):\($0.relation.rawValue)" } == [
                "P01:00101:00102:メンバー", "P01:00101:00103:メンバー", "P01:00101:00901:リーダー評価者",
                "P02:00201:00202:メンバー", "P02:00201:00203:メンバー",
                "P03:00301:00302:メンバー", "P03:00301:00102:メンバー",
                "P04:00401:00402:メンバー",
            ])
    }

    @Test("report sheets read back: identity, judge fields, rows, answers and own-team marks")
    func meetingSheetsReadBack() throws {
        let scratch = try TplScratch()
        defer { scratch.cleanUp() }
        let (_, root) = try Self.generate(scratch)

        let (identity, kind, sheet) = try TplRead.report(Self.report(root, "J03"))
        #expect(kind.kind == .meetingScore && kind.recognisedBy == "識別シート")
        #expect(
            identity?.values == [
                "識別子": "dxcert", "種別": "報告会評価", "様式版": "2", "年度": "2024", "審査員ID": "J03",
                "審査員氏名": "北村 美穂", "区分": "一般職員", "項目ID": "G1,G2,G3",
                "プロジェクトID一覧": "P01,P02,P03,P04", "自チーム": "P01,P03",
            ])
        let j03 = try #require(sheet)
        #expect(j03.year.value == FiscalYear(2024) && j03.judgeID.value == "J03" && j03.judgeName.value == "北村 美穂")
        #expect(j03.category.value == .general)
        #expect(j03.rows.map(\.projectID) == ["P01", "P02", "P03", "P04"])
        #expect(j03.rows.map(\.team) == ["窓口DXチーム", "ペーパーレス推進チーム", "RPA活用チーム", "データ活用チーム"])
        #expect(j03.rows.map(\.markedOwnTeam) == [true, false, true, false])
        #expect(j03.rows.map { $0.scores.map { $0.criterionID ?? "?" } } == Array(repeating: ["G1", "G2", "G3"], count: 4))
        #expect(
            j03.rows.map { $0.scores.map(\.value) }
                == [[EnteredValue?]]([
                    [nil, nil, nil],  // own team: the answer for P01 was not written
                    [.text("2：やや不十分"), .text("3：ふつう"), .text("4：よい")],
                    [nil, nil, nil],
                    [.number(4), .number(4), .number(4)],
                ]))
        #expect(j03.rows[1].scores.map { $0.location.cell?.a1 } == ["D13", "E13", "F13"])

        // Labels without the identity give the same judge (the preamble fields).
        let workbook = try Workbook(url: Self.report(root, "J01"))
        let byLabels = try #require(try MeetingSheetParser.parse(workbook, file: "j01", identity: nil))
        #expect(byLabels.judgeID.value == "J01" && byLabels.judgeName.value == "山中 正義" && byLabels.category.value == .executive)
        #expect(byLabels.year.value == FiscalYear(2024))
        #expect(byLabels.judgeID.location?.cell?.a1 == "B6")
        #expect(byLabels.rows.map { $0.scores.map { $0.criterionID ?? "?" } }.first == ["P1", "P2", "P3"])
        #expect(
            byLabels.rows.map { $0.scores.map(\.value) }
                == [[EnteredValue?]]([
                    [.text("4：よい"), .number(3), .text("５")],
                    [.text("5：非常によい"), .text("5：非常によい"), .text("5：非常によい")],
                    [.text("3：ふつう"), nil, nil],
                    [nil, nil, nil],
                ]))
        #expect(byLabels.rows.map(\.comment) == ["説明が分かりやすかった", "実装が楽しみです", "", ""])

        // Scores given for an own project are not written: the row stays marked and blank.
        let j02 = try #require(try TplRead.report(Self.report(root, "J02")).2)
        #expect(j02.rows[1].projectID == "P02" && j02.rows[1].markedOwnTeam)
        #expect(j02.rows[1].scores.map(\.value) == [nil, nil, nil])
    }

    @Test("totals: formula with a cached value the reader sees — blank when incomplete, 入力を確認 when unreadable")
    func totalsHaveCachedValues() throws {
        let scratch = try TplScratch()
        defer { scratch.cleanUp() }
        let (_, root) = try Self.generate(scratch)
        let j01 = try #require(try TplRead.cells(Self.report(root, "J01"))["報告会評価"])
        #expect(j01["G10"] == .string("合計（100点換算）"))
        #expect(j01["G12"] == .number(80))  // 100 × (2×4/5 + 3/5 + 5/5) ÷ 4
        #expect(j01["G13"] == .number(100))
        #expect(j01["G14"] == nil)  // incomplete row: blank, not 0
        #expect(j01["G15"] == nil)
        let j04 = try #require(try TplRead.cells(Self.report(root, "J04"))["報告会評価"])
        #expect(abs((j04["G12"]?.tplNumber ?? 0) - 100.0 * (0.8 + 0.8 + 0.6) / 3) < 1e-9)
        #expect(j04["G13"] == .string("入力を確認"))
        let j03 = try #require(try TplRead.cells(Self.report(root, "J03"))["報告会評価"])
        #expect(j03["D12"] == .string("自チームのため評価対象外"))
        #expect(j03["G13"] == .number(60))  // 100 × (2/5 + 3/5 + 4/5) ÷ 3
        #expect(abs((j03["G15"]?.tplNumber ?? 0) - 80) < 1e-9)  // 100 × (4/5 × 3) ÷ 3

        let xml = try TplXML.read(Self.report(root, "J01"))
        #expect(
            xml.sheet("報告会評価")?.formulas["G12"]
                == #"IF(COUNTA(D12,E12,F12)<3,"",IFERROR(100*(2*VALUE(LEFT(ASC(D12),FIND(":",ASC(D12)&":")-1))/5+VALUE(LEFT(ASC(E12),FIND(":",ASC(E12)&":")-1))/5+VALUE(LEFT(ASC(F12),FIND(":",ASC(F12)&":")-1))/5)/4,"入力を確認"))"#
        )
    }

    @Test("leader sheets read back: evaluator, leader, project, scores, total and comment")
    func leaderSheetsReadBack() throws {
        let scratch = try TplScratch()
        defer { scratch.cleanUp() }
        let (_, root) = try Self.generate(scratch)
        let file = Self.leader(root, "P01", "00102")
        let (identity, kind, parsed) = try TplRead.leader(file)
        #expect(kind.kind == .leaderEvaluation && kind.recognisedBy == "識別シート")
        #expect(
            identity?.values == [
                "識別子": "dxcert", "種別": "リーダー評価", "様式版": "2", "年度": "2024",
                "評価者職員番号": "00102", "評価者氏名": "坂本 由美", "対象リーダー職員番号": "00101",
                "対象リーダー氏名": "斎藤 剛", "プロジェクトID": "P01", "項目ID": "L1,L2,L3,L4,L5",
            ])
        let sheet = try #require(parsed)
        #expect(sheet.year.value == FiscalYear(2024))
        #expect(sheet.evaluatorID.value == "00102" && sheet.evaluatorName.value == "坂本 由美")
        #expect(sheet.leaderID.value == "00101" && sheet.leaderName.value == "斎藤 剛" && sheet.projectID.value == "P01")
        #expect(sheet.scores.map { $0.criterionID ?? "?" } == ["L1", "L2", "L3", "L4", "L5"])
        #expect(sheet.scores.map(\.value) == [.text("5：非常によい"), .text("4：よい"), .text("4：よい"), .text("3：ふつう"), .number(5)])
        #expect(sheet.scores.map { $0.location.cell?.a1 } == ["E14", "E15", "E16", "E17", "E18"])
        #expect(sheet.comment == "よくまとめてくれました")
        let cells = try #require(try TplRead.cells(file)["リーダー評価"])
        #expect(cells["A19"] == .string("合計（100点換算）"))
        #expect(cells["E19"] == .number(84))  // 100 × 21 ÷ 25

        // Labels alone (identity lost) give the same people.
        let byLabels = try #require(try LeaderSheetParser.parse(Workbook(url: file), file: "x", identity: nil))
        #expect(byLabels.evaluatorID.value == "00102" && byLabels.leaderID.value == "00101" && byLabels.projectID.value == "P01")
        #expect(byLabels.evaluatorID.location?.cell?.a1 == "C6")

        let incomplete = try #require(try TplRead.cells(Self.leader(root, "P03", "00302"))["リーダー評価"])
        #expect(incomplete["E14"] == .string("4：よい") && incomplete["E19"] == nil)
    }

    @Test("XML: dropdowns only on scorable cells, own-team rows locked and merged, protection with the setup's password")
    func validationsAndProtectionInXML() throws {
        let scratch = try TplScratch()
        defer { scratch.cleanUp() }
        let (_, root) = try Self.generate(scratch, answers: SheetAnswers())
        let xml = try TplXML.read(Self.report(root, "J03"))
        let main = try #require(xml.sheet("報告会評価"))
        #expect(xml.sheets.map { "\($0.name):\($0.state)" } == ["報告会評価:visible", "評価項目の説明:visible", "_dxcert:hidden"])

        // Every score cell of P02 (row 13) and P04 (row 15) has the category's dropdown; own rows 12 and 14 none.
        for column in ["D", "E", "F"] {
            for row in [13, 15] {
                let rule = main.validations.first { $0.covers("\(column)\(row)") }
                // The setup reader keeps the scale texts as written (full-width colon).
                #expect(rule?.type == "list" && rule?.formula1 == "\"5：非常によい,4：よい,3：ふつう,2：やや不十分,1：不十分\"", "\(column)\(row)")
                #expect(rule?.errorStyle == "stop")
                #expect(main.unlocked.contains("\(column)\(row)"))
            }
            for row in [12, 14] {
                #expect(!main.validations.contains { $0.covers("\(column)\(row)") }, "\(column)\(row)")
                #expect(main.styled.contains("\(column)\(row)") && !main.unlocked.contains("\(column)\(row)"), "\(column)\(row)")
            }
        }
        #expect(main.merges.contains("D12:G12") && main.merges.contains("D14:G14"))
        for cell in ["A12", "B12", "C12", "H12", "A14", "H14", "A13", "B13", "C13", "G13", "B6"] {
            #expect(!main.unlocked.contains(cell), "\(cell) must be locked")
        }
        #expect(main.unlocked.contains("H13") && main.unlocked.contains("H15"))  // comments
        #expect(main.hiddenRows == [11])  // criterion IDs
        #expect(main.protection?["sheet"] == "1")
        #expect(main.protection?["password"] != nil)  // 認定基準: dx2024
        #expect(xml.sheet("_dxcert")?.protection?["password"] != nil)
        #expect(xml.custom["dxcert_審査員ID"] == "J03" && xml.custom["dxcert_自チーム"] == "P01,P03")

        // J04's 10-point criterion offers its own scale.
        let j04 = try #require(try TplXML.read(Self.report(root, "J04")).sheet("報告会評価"))
        #expect(j04.validations.first { $0.covers("D12") }?.formula1 == "\"10,9,8,7,6,5,4,3,2,1\"")

        let leader = try #require(try TplXML.read(Self.leader(root, "P01", "00901")).sheet("リーダー評価"))
        for row in 14...18 {
            #expect(leader.validations.contains { $0.covers("E\(row)") && $0.type == "list" })
            #expect(leader.unlocked.contains("E\(row)"))
        }
        #expect(leader.unlocked.contains("C21"))  // comment
        #expect(!leader.unlocked.contains("C6") && !leader.unlocked.contains("E19"))
        #expect(leader.protection?["password"] != nil)
    }

    @Test("the same setup gives byte-identical files")
    func deterministic() throws {
        let a = try TplScratch(), b = try TplScratch()
        defer { a.cleanUp(); b.cleanUp() }
        let (_, rootA) = try Self.generate(a)
        let (_, rootB) = try Self.generate(b)
        for file in Self.expectedFiles {
            #expect(try Data(contentsOf: rootA.appendingPathComponent(file)) == Data(contentsOf: rootB.appendingPathComponent(file)), "\(file)")
        }
        #expect(try Workbook(url: rootA.appendingPathComponent(Self.expectedFiles[0])).properties.created == "2024-03-31T15:00:00Z")
    }

    @Test("overwrites only blank sheets dxcert made; refuses foreign or filled files and input/ — writing nothing")
    func overwriteRules() throws {
        let scratch = try TplScratch()
        defer { scratch.cleanUp() }
        let setup = try TplRead.goodSetup()
        let root = scratch.file("配布用")
        guard case .written = try SheetGenerator.generate(setup, root: root, forbiddenFolders: []) else { Issue.record("not written"); return }
        // A rerun over its own blank sheets is fine.
        guard case .written = try SheetGenerator.generate(setup, root: root, forbiddenFolders: []) else { Issue.record("rerun refused"); return }

        // A foreign workbook where a sheet would go: refused, and nothing else is written.
        let other = scratch.file("other")
        let foreign = other.appendingPathComponent(Self.expectedFiles[8])
        try FileManager.default.createDirectory(at: foreign.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: TplPaths.goodSetup, to: foreign)
        let refused = try SheetGenerator.generate(setup, root: other, forbiddenFolders: [])
        guard case .refused(let reasons) = refused else { Issue.record("foreign file overwritten"); return }
        #expect(reasons == ["「令和6年度/報告会評価/R6_報告会評価_J01_山中正義.xlsx」はdxcertが作成した報告会評価シートではないため、上書きしません。別の出力先を指定するか、ファイルを移動してください"])
        #expect(TplScratch(url: other).files() == [Self.expectedFiles[8]])
        #expect(try Data(contentsOf: foreign) == Data(contentsOf: TplPaths.goodSetup))

        // A sheet someone has filled in: refused.
        let filled = scratch.file("filled")
        _ = try SheetGenerator.generate(setup, root: filled, forbiddenFolders: [], answers: Self.answers)
        guard case .refused(let filledReasons) = try SheetGenerator.generate(setup, root: filled, forbiddenFolders: []) else {
            Issue.record("filled sheets overwritten"); return
        }
        #expect(filledReasons.count == 6)  // J01–J04 and the two leader sheets with answers
        #expect(filledReasons.allSatisfy { $0.contains("評価が記入されているため、上書きしません") })

        // Never into input/.
        let input = scratch.file("input")
        guard
            case .refused(let inputReasons) = try SheetGenerator.generate(
                setup, root: input.appendingPathComponent("配布用"),
                forbiddenFolders: [input])
        else {
            Issue.record("wrote into input/"); return
        }
        #expect(inputReasons.count == 1 && inputReasons[0].contains("入力フォルダー"))
        #expect(!FileManager.default.fileExists(atPath: input.path))
    }

    @Test("a bad setup: every problem with sheet and cell, and no file written")
    func badSetupWritesNothing() throws {
        let scratch = try TplScratch()
        defer { scratch.cleanUp() }
        let root = scratch.file("配布用")
        let run = try SheetGenerator.run(setupFile: TplPaths.badSetup, displayName: "setup_bad.xlsx", root: root, forbiddenFolders: [])
        #expect(run.outcome == nil)
        #expect(!FileManager.default.fileExists(atPath: root.path))
        let errors = run.check.problems.filter { $0.severity == .error }
        let lines = errors.map { "\($0.location.sheet ?? "-")!\($0.location.cell?.a1 ?? "-")" }
        #expect(
            lines == [
                "プロジェクト!A8",  // P04 has no leader
                "プロジェクト!A9",  // duplicate project ID P02
                "参加者!A10",  // P02 has two leaders
                "参加者!D16",  // unknown project P99
                "参加者!E17",  // unknown role サブリーダー
                "審査員!C9",  // no category
                "審査員!C10",  // unknown category 来賓
                "審査員!A11",  // duplicate judge ID J01
                "評価項目!H6",  // scale texts that are not scores
                "認定基準!B23",  // password not typeable in Excel
            ])
        let messages = errors.map(\.message)
        #expect(messages[0] == "プロジェクト「P04」（データ活用チーム）にリーダーがいません")
        #expect(messages[1] == "プロジェクトID「P02」が重複しています")
        #expect(messages[2].hasPrefix("プロジェクト「P02」にリーダーが2人います"))
        #expect(messages[3] == "プロジェクトID「P99」はプロジェクトのシートにありません")
        #expect(messages[4].hasPrefix("役割「サブリーダー」は"))
        #expect(messages[5] == "審査員「J05」（区分 なし）の区分が空欄です")
        #expect(messages[6].hasPrefix("審査員「J06」の区分「来賓」は"))
        #expect(messages[7] == "審査員ID「J01」が重複しています")
        #expect(messages[8] == "評価項目「P2」（市民サービスへの効果）の評価段階「よい」「ふつう」「わるい」が0〜5点の数字で始まっていません")
        #expect(messages[9].hasPrefix("配布シートの保護パスワードには半角英数字"))
        #expect(errors.allSatisfy { $0.location.file == "setup_bad.xlsx" })
    }

    @Test("answers naming a project or criterion the sheet lacks are refused, not dropped")
    func unknownAnswersAreRefused() throws {
        let scratch = try TplScratch()
        defer { scratch.cleanUp() }
        let setup = try TplRead.goodSetup()
        let judge = setup.judges[0]
        #expect(throws: TemplateError.unknownAnswer(path: scratch.file("a.xlsx").path, detail: "評価項目「G1」はこのシートにありません")) {
            try MeetingSheetTemplate.write(
                judge: judge, setup: setup, to: scratch.file("a.xlsx"),
                answers: MeetingAnswers(scores: ["P01": ["G1": .number(3)]]))
        }
        #expect(throws: TemplateError.self) {
            try MeetingSheetTemplate.write(
                judge: judge, setup: setup, to: scratch.file("b.xlsx"),
                answers: MeetingAnswers(scores: ["P99": ["P1": .number(3)]]))
        }
        #expect(!FileManager.default.fileExists(atPath: scratch.file("a.xlsx").path))
    }
}

extension TplScratch {
    /// Wraps an existing folder (for listing files).
    init(url: URL) { self.url = url }
}
