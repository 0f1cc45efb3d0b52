import Foundation
import OOXMLReader
import Testing
import XLSXWriter

@testable import DXCertForms
@testable import DXCertIngest
@testable import DXCertMessages
@testable import DXCertPipeline
@testable import DXCertReports
@testable import DXCertRules

/// What the distribution sheets need beyond the setup reader's own checks.
@Suite("Templates: setup checks for distribution")
struct SetupValidatorTests {
    static func problems(_ setup: YearSetup) throws -> [String] {
        let diagnostics = Diagnostics()
        try SetupValidator.validate(setup, workbook: nil, file: "s.xlsx", diagnostics: diagnostics)
        return diagnostics.problems.map { "\($0.severity.label):\($0.location.sheet ?? "-"):\($0.message)" }
    }

    static func base() -> YearSetup {
        YearSetup(
            year: FiscalYear(2024),
            projects: [Project(id: "P01", team: "A", theme: "a"), Project(id: "P02", team: "B", theme: "b")],
            participants: [
                Participant(staffID: StaffID("1"), name: "一", department: "", projectID: "P01", role: .leader),
                Participant(staffID: StaffID("2"), name: "二", department: "", projectID: "P01", role: .member),
                Participant(staffID: StaffID("3"), name: "三", department: "", projectID: "P02", role: .leader),
            ],
            judges: [Judge(id: "J01", name: "審", category: .general, staffID: StaffID("9"))])
    }

    @Test("a clean setup has nothing to say except a project nobody can evaluate the leader of")
    func cleanSetup() throws {
        #expect(
            try Self.problems(Self.base()) == [
                "警告:プロジェクト:プロジェクト「P02」（B）にはリーダーを評価する人（メンバー・リーダー評価者）がいません"
            ])
    }

    @Test("errors and warnings: comma in IDs, scales that are not scores, non-ASCII password, judge in every project")
    func problemsFound() throws {
        var setup = Self.base()
        setup.projects.append(Project(id: "P,3", team: "C", theme: "c"))
        setup.participants.append(Participant(staffID: StaffID("4"), name: "", department: "", projectID: "P,3", role: .leader))
        setup.participants.append(Participant(staffID: StaffID("9"), name: "審", department: "", projectID: "P01", role: .member))
        setup.participants.append(Participant(staffID: StaffID("9"), name: "審", department: "", projectID: "P02", role: .member))
        setup.participants.append(Participant(staffID: StaffID("9"), name: "審", department: "", projectID: "P,3", role: .member))
        setup.criteria[0].scale = ["5：とても", "よい", "9：多すぎ"]
        setup.settings.sheetPassword = "ひみつ"
        setup.extraEvaluators = [
            ExtraEvaluator(staffID: StaffID("2"), name: "二", department: "", projectID: "P01"),
            ExtraEvaluator(staffID: StaffID("5"), name: "五", department: "", projectID: "P02"),
            ExtraEvaluator(staffID: StaffID("5"), name: "五", department: "", projectID: "P02"),
        ]
        let found = try Self.problems(setup)
        #expect(found.contains("エラー:プロジェクト:プロジェクトID「P,3」に「,」が含まれています"))
        #expect(found.contains("エラー:評価項目:評価項目「P1」（政策との整合性）の評価段階「よい」「9：多すぎ」が0〜5点の数字で始まっていません"))
        #expect(found.contains("エラー:認定基準:配布シートの保護パスワードには半角英数字と記号だけを使ってください（255文字まで）"))
        #expect(found.contains("警告:参加者:職員番号 4 の氏名が空欄です"))
        #expect(found.contains("警告:審査員:審査員「J01」（審）は、すべてのプロジェクトに参加しているため採点できるプロジェクトがありません"))
        #expect(found.contains("警告:リーダー評価者:職員番号 5 がプロジェクト「P02」のリーダー評価者に重複しています"))
        #expect(found.contains("情報:リーダー評価者:職員番号 2 はプロジェクト「P01」のメンバーです"))
        #expect(!found.contains { $0.contains("「P02」（B）にはリーダーを評価する人") })  // 5 evaluates P02 now
    }

    @Test("a scale too long for an inline list goes to the hidden _選択肢 sheet and still reads back")
    func longScaleSpills() throws {
        let scratch = try TplScratch()
        defer { scratch.cleanUp() }
        var setup = Self.base()
        let scale = [
            "5：期待を大きく上回る成果があり、他の部署にも広げたい", "4：期待を上回る成果があった", "3：期待どおりの成果があった",
            "2：期待をやや下回った", "1：期待を大きく下回った、または成果が分からない",
        ]
        for i in setup.criteria.indices where setup.criteria[i].kind == .meeting(.general) { setup.criteria[i].scale = scale }
        let file = scratch.file("j.xlsx")
        try MeetingSheetTemplate.write(
            judge: setup.judges[0], setup: setup, to: file,
            answers: MeetingAnswers(scores: ["P01": ["G1": .text(scale[1]), "G2": .text(scale[0]), "G3": .text(scale[4])]]))
        let xml = try TplXML.read(file)
        #expect(xml.sheets.map { "\($0.name):\($0.state)" } == ["報告会評価:visible", "評価項目の説明:visible", "_選択肢:hidden", "_dxcert:hidden"])
        let rule = try #require(xml.sheet("報告会評価")?.validations.first { $0.covers("D12") })
        #expect(rule.formula1 == "'_選択肢'!$A$1:$A$5")
        #expect(try TplRead.cells(file)["_選択肢"]?["A1"] == .string(scale[0]))
        let (_, kind, sheet) = try TplRead.report(file)
        #expect(kind.kind == .meetingScore)
        #expect(sheet?.rows.first?.scores.map(\.value) == [.text(scale[1]), .text(scale[0]), .text(scale[4])])
        #expect(try TplRead.cells(file)["報告会評価"]?["G12"] == .number(100.0 * (4.0 / 5 + 5.0 / 5 + 1.0 / 5) / 3))
    }
}
