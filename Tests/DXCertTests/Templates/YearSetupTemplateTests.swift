import Foundation
import OOXMLReader
import Testing

@testable import DXCertForms
@testable import DXCertIngest
@testable import DXCertMessages
@testable import DXCertPipeline
@testable import DXCertReports
@testable import DXCertRules

/// The 年度設定 template, filled by another program, reads back as the setup the clerk typed.
@Suite("Templates: 年度設定 round trip")
struct YearSetupTemplateTests {
    /// A fresh template filled by openpyxl through the fixture script (as a clerk would in Excel).
    private static func filledFreshTemplate(_ scratch: TplScratch) throws -> (good: URL, bad: URL, yearOnly: URL) {
        let template = scratch.file("年度設定.xlsx")
        try YearSetupTemplate.write(to: template)
        try TplProcess.run("python3", [TplPaths.makeSetups.path, template.path, scratch.url.path])
        return (scratch.file("setup_good.xlsx"), scratch.file("setup_bad.xlsx"), scratch.file("setup_year_only.xlsx"))
    }

    /// Criteria as `YearSetupParser` returns them: display texts are kept as written (no NFKC),
    /// only whitespace is trimmed and collapsed.
    static func normalized(_ criteria: [Criterion]) -> [Criterion] {
        criteria.map { c in
            var c = c
            c.name = TextNormalizer.display(c.name)
            c.description = TextNormalizer.display(c.description)
            c.scale = c.scale.map(TextNormalizer.display)
            return c
        }
    }

    @Test("a filled template parses as a valid setup with every value the clerk typed")
    func filledTemplateParsesAsValidSetup() throws {
        let scratch = try TplScratch()
        defer { scratch.cleanUp() }
        let check = try SetupLoader.load(try Self.filledFreshTemplate(scratch).good)
        #expect(check.problems.filter { $0.severity >= .warning }.map(\.terminalLine) == [])
        #expect(!check.hasErrors)
        let setup = try #require(check.setup)

        #expect(setup.year == FiscalYear(2024))
        #expect(setup.meetingDate == "2025年2月14日")
        #expect(setup.organisation == "テスト市")
        #expect(
            setup.projects.map { [$0.id.value, $0.team, $0.theme] } == [
                ["P01", "窓口DXチーム", "書かない窓口の実現"],
                ["P02", "ペーパーレス推進チーム", "会議資料の電子化"],
                ["P03", "RPA活用チーム", "定型入力業務の自動化による時間外勤務の削減と、職員が本来の業務に集中できる環境づくり"],
                ["P04", "データ活用チーム", "EBPMのための庁内データ整備"],
            ])
        #expect(
            setup.participants.map { [$0.staffID.value, $0.name, $0.department, $0.projectID.value, $0.role.rawValue] } == [
                ["00101", "斎藤 剛", "学校教育課", "P01", "リーダー"],
                ["00102", "坂本 由美", "環境課", "P01", "メンバー"],
                ["00103", "前田 亮", "上下水道課", "P01", "メンバー"],
                ["00201", "山口 隆", "商工観光課", "P02", "リーダー"],
                ["00202", "山下 和也", "健康増進課", "P02", "メンバー"],
                ["00203", "林 彩", "会計課", "P02", "メンバー"],
                ["00301", "橋本 学", "税務課", "P03", "リーダー"],
                ["00302", "近藤 剛", "企画政策課", "P03", "メンバー"],
                ["00102", "坂本 由美", "環境課", "P03", "メンバー"],
                ["00401", "村上 美咲", "福祉課", "P04", "リーダー"],
                ["00402", "西田 恵子", "市民課", "P04", "メンバー"],
            ])
        #expect(
            setup.judges.map { [$0.id.value, $0.name, $0.category.rawValue, $0.department, $0.staffID?.value ?? "-"] } == [
                ["J01", "山中 正義", "幹部職員", "市長", "-"],
                ["J02", "大森 一郎", "幹部職員", "総務部長", "00201"],
                ["J03", "北村 美穂", "一般職員", "市民課", "00102"],
                ["J04", "株式会社とちぎシステム 今井 聡", "専門家", "委託業者", "-"],
            ])
        #expect(
            setup.extraEvaluators.map { [$0.staffID.value, $0.name, $0.department, $0.projectID.value] } == [
                ["00901", "二宮 三郎", "学校教育課", "P01"]
            ])

        // Criteria: the defaults with the clerk's two edits (P1 weighs 2, T1 out of 10), as the
        // setup reader keeps display text as written (`5：非常によい`, `（BPR）`), whitespace collapsed.
        var expected = Self.normalized(DefaultCriteria.all)
        expected[0].weight = 2
        expected[6].maxScore = 10
        expected[6].scale = ["10", "9", "8", "7", "6", "5", "4", "3", "2", "1"]
        #expect(setup.criteria == expected)

        var settings = Settings()
        settings.advisorMeetingBar = 65
        settings.sheetPassword = "dx2024"
        #expect(setup.settings == settings)
    }

    @Test("the blank template's pre-filled 認定基準, 評価項目 and 目標 are exactly the defaults")
    func templateDefaultsAreTheDefaults() throws {
        let scratch = try TplScratch()
        defer { scratch.cleanUp() }
        let file = try Self.filledFreshTemplate(scratch).yearOnly
        let diagnostics = Diagnostics()
        let setup = try #require(try YearSetupParser.parse(Workbook(url: file), file: "setup_year_only.xlsx", diagnostics: diagnostics))
        #expect(diagnostics.problems.map(\.terminalLine) == [])
        #expect(setup.year == FiscalYear(2024))
        #expect(setup.settings == Settings())
        #expect(setup.settings.targets == [.advisor: 60, .expert: 30, .specialist: 10])
        #expect(setup.criteria == Self.normalized(DefaultCriteria.all))
        #expect(setup.criteria.map(\.id) == DefaultCriteria.all.map(\.id))
        #expect(setup.projects.isEmpty && setup.participants.isEmpty && setup.judges.isEmpty)
    }

    @Test("the template's 認定基準 rows follow SettingDefinition.all, each with its note")
    func settingsSheetListsEveryDefinition() throws {
        let scratch = try TplScratch()
        defer { scratch.cleanUp() }
        let file = scratch.file("年度設定.xlsx")
        try YearSetupTemplate.write(to: file)
        let cells = try #require(try TplRead.cells(file)[FormLayout.YearSetup.settingsSheet])
        #expect(cells["A4"] == .string("項目") && cells["B4"] == .string("設定値") && cells["C4"] == .string("説明"))
        for (offset, definition) in SettingDefinition.all.enumerated() {
            let row = 5 + offset
            #expect(cells["A\(row)"] == .string(definition.label))
            #expect(cells["C\(row)"] == .string(definition.note))
            #expect(cells["B\(row)"]?.text ?? "" == definition.defaultText, "\(definition.label)")
        }
    }

    @Test("identity: kind only, in the hidden sheet and the document properties; classified as 年度設定")
    func templateIdentity() throws {
        let scratch = try TplScratch()
        defer { scratch.cleanUp() }
        let file = scratch.file("年度設定.xlsx")
        try YearSetupTemplate.write(to: file)
        let workbook = try Workbook(url: file)
        let identity = try #require(try Identity.read(workbook))
        #expect(identity.values == ["識別子": "dxcert", "種別": "年度設定", "様式版": "2"])
        #expect(identity.source == "識別シート")
        #expect(try WorkbookClassifier.classify(workbook, identity: identity).kind == .yearSetup)
        let xml = try TplXML.read(file)
        #expect(xml.custom == ["dxcert_識別子": "dxcert", "dxcert_種別": "年度設定", "dxcert_様式版": "2"])
        #expect(xml.sheet("_dxcert")?.state == "hidden")
        #expect(xml.sheet("_dxcert")?.protection != nil)
        #expect(xml.sheets.map(\.name) == ["説明", "年度", "プロジェクト", "参加者", "審査員", "リーダー評価者", "評価項目", "認定基準", "目標", "_dxcert"])
    }

    @Test("input rules: roles, categories and kinds by dropdown, IDs as text, every sheet protected without a password")
    func templateValidationsAndProtection() throws {
        let scratch = try TplScratch()
        defer { scratch.cleanUp() }
        let file = scratch.file("年度設定.xlsx")
        try YearSetupTemplate.write(to: file)
        let xml = try TplXML.read(file)
        func list(_ sheet: String, _ cell: String) -> String? {
            xml.sheet(sheet)?.validations.first { $0.type == "list" && $0.covers(cell) }?.formula1
        }
        #expect(list("参加者", "E5") == "\"リーダー,メンバー\"")
        #expect(list("参加者", "E3000") == "\"リーダー,メンバー\"")
        #expect(list("審査員", "C5") == "\"幹部職員,一般職員,専門家\"")
        #expect(list("評価項目", "A5") == "\"報告会,メンバー評価\"")
        #expect(list("参加者", "D5") == "'プロジェクト'!$A$5:$A$1004")
        #expect(list("認定基準", "B11") == "\"する,しない\"")  // スペシャリスト：事前のエキスパート認定を必須とする
        for sheet in xml.sheets {
            #expect(sheet.protection != nil, "\(sheet.name)")
            #expect(sheet.protection?["password"] == nil, "\(sheet.name)")
        }
        // Labels are locked, input cells are not; IDs are text (column default style `@`).
        let settings = try #require(xml.sheet("認定基準"))
        #expect(settings.unlocked.contains("B5") && !settings.unlocked.contains("A5") && !settings.unlocked.contains("C5"))
        #expect(xml.sheet("参加者")?.columnFormats == ["1": "@", "2": "General", "3": "General", "4": "@", "5": "General"])
        #expect(xml.sheet("審査員")?.columnFormats["5"] == "@")
        #expect(xml.sheet("リーダー評価者")?.columnFormats["1"] == "@")
    }
}
