import Foundation
import OOXMLReader
import Testing

@testable import DXCertForms
@testable import DXCertIngest
@testable import DXCertMessages
@testable import DXCertPipeline
@testable import DXCertReports
@testable import DXCertRules

/// The filled 年度設定 and 既認定者名簿 the sample is made of read back as what was written:
/// `YearSetupTemplate.write(_:to:)` and `PriorRegisterTemplate.write(_:to:)` are the inverse of
/// the batch's parsers.
@Suite("Sample input: filled 年度設定 and 既認定者名簿 round trip")
struct FilledFormsRoundTripTests {
    /// A setup with every setting away from its default, criteria of several scales and
    /// weights, a two-project member, judges with and without staff IDs, an extra evaluator.
    /// Display texts come back as written (only whitespace collapsed), so equality is exact.
    static func setup() -> YearSetup {
        var settings = Settings()
        settings.advisorMeetingBar = 65
        settings.expertMeetingBar = 72.5
        settings.expertLeaderBar = 71
        settings.specialistMeetingBar = 80
        settings.specialistLeaderBar = 78
        settings.specialistConsecutiveYears = 3
        settings.specialistRequiresExpert = false
        settings.categoryWeights = [.executive: 2, .general: 1, .expert: 0.5]
        settings.minimumEvaluators = 3
        settings.standardize = true
        settings.standardizeMinimumProjects = 4
        settings.trimmedMean = true
        settings.trimmedMeanMinimumJudges = 6
        settings.partialScoring = true
        settings.tieBreak = [.executive, .expert]
        settings.staffIDWidth = 5
        settings.sheetPassword = "dx-2024"
        settings.lowAgreementCorrelation = -0.25
        settings.spreadWarning = 25
        settings.targets = [.advisor: 80, .expert: 40, .specialist: 12]
        let criteria = [
            Criterion(
                kind: .meeting(.executive), id: "P1", name: "政策との整合性", maxScore: 5, weight: 2,
                scale: ["5:とてもよい", "4:よい", "3:ふつう", "2:やや不十分", "1:不十分"], description: "市の計画に沿っているか"),
            Criterion(kind: .meeting(.executive), id: "P2", name: "費用対効果", maxScore: 5, weight: 1, scale: ["5", "4", "3", "2", "1"]),
            Criterion(kind: .meeting(.general), id: "G1", name: "分かりやすさ", maxScore: 10, weight: 1),
            Criterion(
                kind: .meeting(.expert), id: "T1", name: "技術の選び方", maxScore: 4, weight: 1.5,
                scale: ["4:十分", "3:おおむね十分", "2:やや不足", "1:不足"], description: "ICTの使い方が適切か"),
            Criterion(kind: .leader, id: "L1", name: "チームをまとめる力", maxScore: 5, weight: 1, scale: ["5", "4", "3", "2", "1"]),
            Criterion(kind: .leader, id: "L2", name: "変革への意欲", maxScore: 3, weight: 0.5, scale: ["3", "2", "1"], description: "前例にとらわれない"),
        ]
        var setup = YearSetup(
            year: FiscalYear(2024), meetingDate: "2025年2月14日", organisation: "みどり市", criteria: criteria,
            settings: settings)
        setup.projects = [
            Project(id: "P01", team: "窓口DXチーム", theme: "書かない窓口の実現"),
            Project(id: "P02", team: "子育てDXチーム", theme: ""),
        ]
        setup.participants = [
            Participant(staffID: StaffID("00123"), name: "野原 太郎", department: "市民課", projectID: "P01", role: .leader),
            Participant(staffID: StaffID("00124"), name: "川辺 花子", department: "税務課", projectID: "P01", role: .member),
            Participant(staffID: StaffID("00200"), name: "森 一郎", department: "子育て支援課", projectID: "P02", role: .leader),
            Participant(staffID: StaffID("00124"), name: "川辺 花子", department: "税務課", projectID: "P02", role: .member),
            Participant(staffID: StaffID("10001"), name: "山里 次郎", department: "", projectID: "P02", role: .member),
        ]
        setup.judges = [
            Judge(id: "J01", name: "大森 正和", category: .executive, department: "市長"),
            Judge(id: "J02", name: "谷川 三郎", category: .general, department: "財政課", staffID: StaffID("00456")),
            Judge(id: "J03", name: "佐久間 亮", category: .expert, department: "みどりシステム株式会社"),
        ]
        // P02 reaches the 3 evaluators the settings require (else the setup check warns that no leader can be evaluated).
        setup.extraEvaluators = [
            ExtraEvaluator(staffID: StaffID("00789"), name: "丘 三郎", department: "市民課", projectID: "P01"),
            ExtraEvaluator(staffID: StaffID("00790"), name: "林 四郎", department: "子育て支援課", projectID: "P02"),
        ]
        return setup
    }

    /// The parts of a setup the workbook carries (locations and the source file left out).
    struct Carried: Equatable {
        var year: FiscalYear
        var meetingDate: String?
        var organisation: String
        var projects: [Project]
        var participants: [Participant]
        var judges: [Judge]
        var extraEvaluators: [ExtraEvaluator]
        var criteria: [Criterion]
        var settings: Settings

        init(_ s: YearSetup) {
            year = s.year
            meetingDate = s.meetingDate
            organisation = s.organisation
            projects = s.projects.map {
                var p = $0; p.location = nil; return p
            }
            participants = s.participants.map {
                var p = $0; p.location = nil; return p
            }
            judges = s.judges.map {
                var j = $0; j.location = nil; return j
            }
            extraEvaluators = s.extraEvaluators.map {
                var e = $0; e.location = nil; return e
            }
            criteria = s.criteria
            settings = s.settings
        }
    }

    static func parse(_ url: URL) throws -> (YearSetup?, [Problem], WorkbookKind) {
        let workbook = try Workbook(url: url)
        let kind = try WorkbookClassifier.classify(workbook, identity: try Identity.read(workbook)).kind
        let diagnostics = Diagnostics()
        let setup = try YearSetupParser.parse(workbook, file: url.lastPathComponent, diagnostics: diagnostics)
        return (setup, diagnostics.problems, kind)
    }

    @Test("a filled 年度設定 with non-default settings reads back as the same setup, without a single problem")
    func yearSetupRoundTrip() throws {
        let scratch = try TplScratch()
        defer { scratch.cleanUp() }
        let url = scratch.file("年度設定_R6.xlsx")
        let written = Self.setup()
        try YearSetupTemplate.write(written, to: url)
        let (parsed, problems, kind) = try Self.parse(url)
        #expect(kind == .yearSetup)
        #expect(problems.isEmpty, "\(problems.map(\.terminalLine))")
        let read = try #require(parsed)
        #expect(Carried(read) == Carried(written))
        #expect(read.settings != Settings())
        // The meeting date is a real date cell, as a clerk would type it.
        #expect(try TplRead.cells(url)["年度"]?["B7"].map { if case .date = $0 { true } else { false } } == true)
    }

    @Test("a filled 年度設定 with the default criteria and settings reads back to the defaults")
    func defaultsRoundTrip() throws {
        let scratch = try TplScratch()
        defer { scratch.cleanUp() }
        let url = scratch.file("年度設定.xlsx")
        var setup = Self.setup()
        setup.criteria = DefaultCriteria.all
        setup.settings = Settings()
        setup.meetingDate = nil
        try YearSetupTemplate.write(setup, to: url)
        let (parsed, problems, _) = try Self.parse(url)
        #expect(problems.isEmpty, "\(problems.map(\.terminalLine))")
        let read = try #require(parsed)
        #expect(read.settings == Settings())
        #expect(read.meetingDate == nil)
        // The batch reads text as NFKC (docs/rules.md §6.6–6.7): the defaults' full-width `：` and `（）` come back half-width.
        let normalized = DefaultCriteria.all.map { c -> Criterion in
            var c = c
            c.name = TextNormalizer.display(c.name)
            c.description = TextNormalizer.display(c.description)
            c.scale = c.scale.map(TextNormalizer.display)
            return c
        }
        #expect(read.criteria == normalized)
    }

    @Test("every setting's current text for the default settings is its documented default")
    func currentTextOfDefaultsIsDefaultText() {
        for definition in SettingDefinition.all {
            #expect(definition.currentText(Settings()) == definition.defaultText, "\(definition.label)")
        }
    }

    @Test("every setting's current text applies back to the same value")
    func currentTextAppliesBack() {
        let settings = Self.setup().settings
        var applied = Settings()
        applied.targets = settings.targets
        for definition in SettingDefinition.all {
            #expect(definition.apply(&applied, definition.currentText(settings)) == nil, "\(definition.label)")
        }
        #expect(applied == settings)
    }

    @Test("a filled 既認定者名簿 reads back row for row")
    func priorRegisterRoundTrip() throws {
        let scratch = try TplScratch()
        defer { scratch.cleanUp() }
        let url = scratch.file("既認定者名簿.xlsx")
        let at = SourceLocation(file: "")
        let rows = [
            PriorCertification(
                staffID: "08215", name: "岡田 直美", department: "総務課", tier: .advisor, year: FiscalYear(2022),
                note: "令和4年度 試行BPRプロジェクト", location: at),
            PriorCertification(
                staffID: "08215", name: "岡田 直美", department: "総務課", tier: .expert, year: FiscalYear(2023),
                location: at),
            PriorCertification(staffID: "00127", name: "石井 大樹", department: "", tier: .specialist, year: FiscalYear(2019), location: at),
        ]
        try PriorRegisterTemplate.write(rows, organisation: "みどり市", to: url, created: Date(timeIntervalSince1970: 1_680_000_000))
        let workbook = try Workbook(url: url)
        #expect(try WorkbookClassifier.classify(workbook, identity: try Identity.read(workbook)).kind == .priorRegister)
        let diagnostics = Diagnostics()
        let read = try #require(try PriorRegisterParser.parse(workbook, file: "既認定者名簿.xlsx", diagnostics: diagnostics))
        #expect(diagnostics.problems.isEmpty)
        #expect(
            read.map {
                var r = $0; r.location = at; return r
            } == rows)
    }
}
