import Foundation
import OOXMLReader
import TestSupport
import Testing

@testable import DXCertForms
@testable import DXCertIngest
@testable import DXCertMessages
@testable import DXCertPipeline
@testable import DXCertReports
@testable import DXCertRules

/// The committed sample in `input/` (the fictional みどり市, written by `scripts/make-sample.sh`)
/// tells the story it promises when the batch runs on it: who becomes what in which year and
/// why, and where every planted slip is reported. Expectations are written out here, not taken
/// from the generator.
@Suite("Sample input: the story of みどり市, 令和5〜7年度")
struct SampleInputTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    static let input = root.appendingPathComponent("input")

    /// One batch run over `input/`, shared by the tests.
    static let computed: Result<RunResult, any Error> = Result {
        let scratch = try ScratchFolder("sample")
        defer { scratch.remove() }
        let output = scratch.appending("output")
        return try Batch.compute(RunOptions(input: input, output: output, usePreviousLedger: false))
    }

    static func result() throws -> RunResult { try computed.get() }

    static let r5 = FiscalYear(2023), r6 = FiscalYear(2024), r7 = FiscalYear(2025)

    static func decision(_ result: RunResult, _ year: FiscalYear, _ staffID: String) throws -> Decision {
        try #require(result.certification.decisions[year]?.first { $0.staffID.value == staffID }, "\(year.label) \(staffID)")
    }

    /// Who is newly granted what in `year`, by staff ID.
    static func granted(_ result: RunResult, _ year: FiscalYear) -> [String: Tier] {
        var out: [String: Tier] = [:]
        for d in result.certification.decisions[year] ?? [] { if let t = d.granted { out[d.staffID.value] = t } }
        return out
    }

    // MARK: - Decisions

    @Test("令和5年度: 21 staff in 5 teams, all 21 certified DXアドバイザー (the seed's first year)")
    func firstYear() throws {
        let result = try Self.result()
        let input = try #require(result.years.first { $0.year == Self.r5 })
        #expect(input.setup.projects.map(\.id) == ["P01", "P02", "P03", "P04", "P05"])
        #expect(input.setup.participants.count == 21)
        #expect(input.setup.judges.count == 50)
        #expect(input.meetingSheets.count == 50)
        #expect(input.setup.judges.filter { $0.category == .executive }.count == 15)
        #expect(input.setup.judges.filter { $0.category == .expert }.count == 5)
        let all21 = [
            "10311", "10542", "11205", "09876", "12110", "10178", "11322", "12045", "11876", "09544", "11590",
            "10923", "12201", "10067", "11450", "11987", "12318", "10733", "11654", "12276", "12403",
        ]
        #expect(Self.granted(result, Self.r5) == Dictionary(uniqueKeysWithValues: all21.map { ($0, Tier.advisor) }))
        for project in input.setup.projects {
            let score = try #require(result.scores[Self.r5]?.project(project.id)?.score)
            #expect(score >= 60, "\(project.id) \(score)")
        }
        // Member evaluations of the leaders exist from the first year on.
        #expect(result.scores[Self.r5]?.leaderEvaluations.values.allSatisfy { $0.sufficient } == true)
        #expect(result.scores[Self.r5]?.leaderEvaluations.count == 5)
    }

    @Test("令和6年度: three leaders become DXエキスパート, two leaders miss a bar, newcomers become アドバイザー")
    func secondYear() throws {
        let result = try Self.result()
        #expect(
            Self.granted(result, Self.r6) == [
                "10542": .expert, "11205": .expert, "08215": .expert,
                "13012": .advisor, "13105": .advisor, "12987": .advisor, "13220": .advisor, "13341": .advisor, "13456": .advisor,
                "13502": .advisor, "13618": .advisor, "13709": .advisor, "13811": .advisor, "13920": .advisor,
            ])
        // 吉田 亜希 led P03: report fine, members' evaluation below 70.
        let yoshida = try Self.decision(result, Self.r6, "11590")
        #expect(yoshida.granted == nil && yoshida.previousTier == .advisor)
        #expect(yoshida.reasons.contains { $0.contains("メンバー評価") && $0.contains("70点以上") && $0.hasSuffix("未達") }, "\(yoshida.reasons)")
        #expect(try #require(yoshida.leaderEvaluation) < 69)
        // 石井 大樹 (certified in the 令和4年度 trial) led P05: report below 70, his members still pass 60.
        let ishii = try Self.decision(result, Self.r6, "08932")
        #expect(ishii.granted == nil && ishii.previousTier == .advisor)
        #expect(ishii.reasons.contains { $0.contains("報告会評価（R6 P05）") && $0.hasSuffix("未達") }, "\(ishii.reasons)")
        #expect(ishii.reasons.contains { $0.contains("令和4年度") })
        // 岡田 直美: the other trial advisor, from the 既認定者名簿, leads and becomes Expert.
        let okada = try Self.decision(result, Self.r6, "08215")
        #expect(okada.previousTier == .advisor && okada.granted == .expert)
        #expect(okada.reasons.contains { $0.contains("令和4年度に認定") })
        // 村上 玲奈 takes part in two projects; the decision says which one it rests on.
        let murakami = try Self.decision(result, Self.r6, "13012")
        #expect(Set(murakami.participations.map(\.projectID)) == ["P01", "P05"])
        #expect(murakami.granted == .advisor)
        #expect(murakami.reasons.contains { $0.contains("P01") && $0.hasSuffix("達成") }, "\(murakami.reasons)")
    }

    @Test("令和7年度: 佐藤 健太 becomes DXスペシャリスト; 鈴木 陽菜 does not (令和6年度 report below 75)")
    func thirdYear() throws {
        let result = try Self.result()
        var expected: [String: Tier] = ["10542": .specialist, "11590": .expert, "10311": .expert, "13618": .expert, "12045": .expert]
        for id in ["14011", "14102", "14187", "14230", "14315", "14402", "14466", "14521", "14590", "14633", "14701", "14788", "14856"] {
            expected[id] = .advisor
        }
        #expect(Self.granted(result, Self.r7) == expected)
        let sato = try Self.decision(result, Self.r7, "10542")
        #expect(sato.previousTier == .expert)
        for line in ["報告会評価（R7 P01）", "報告会評価（R6 P01）", "メンバー評価（R7 P01）", "メンバー評価（R6 P01）"] {
            #expect(sato.reasons.contains { $0.contains(line) && $0.contains("75点以上") && $0.hasSuffix("達成") }, "\(line): \(sato.reasons)")
        }
        let suzuki = try Self.decision(result, Self.r7, "11205")
        #expect(suzuki.granted == nil && suzuki.previousTier == .expert)
        #expect(
            suzuki.reasons.contains { $0.contains("報告会評価（R6 P02）") && $0.contains("75点以上") && $0.hasSuffix("未達") },
            "\(suzuki.reasons)")
        // 吉田 亜希 missed the members' bar in 令和6年度 and makes it in 令和7年度.
        #expect(try Self.decision(result, Self.r7, "11590").previousTier == .advisor)
    }

    @Test("personnel transfers keep the same person: 鈴木 陽菜 税務課 → 子育て支援課, 中川 拓也 学校教育課 → 建設課")
    func transfers() throws {
        let result = try Self.result()
        #expect(try Self.decision(result, Self.r5, "11205").department == "税務課")
        #expect(try Self.decision(result, Self.r6, "11205").department == "子育て支援課")
        #expect(try Self.decision(result, Self.r5, "12045").department == "学校教育課")
        #expect(try Self.decision(result, Self.r7, "12045").department == "建設課")
        let suzuki = try #require(result.certification.entry("11205"))
        #expect(suzuki.department == "子育て支援課")
        #expect(suzuki.grants == [.advisor: Self.r5, .expert: Self.r6])
        let sato = try #require(result.certification.entry("10542"))
        #expect(sato.grants == [.advisor: Self.r5, .expert: Self.r6, .specialist: Self.r7])
        // The ledger: 47 people certified (2 before the tool), 7 Experts, 1 Specialist.
        #expect(result.certification.ledger.count == 47)
        #expect(result.certification.ledger.filter { $0.grants[.expert] != nil }.count == 7)
        #expect(result.certification.ledger.filter { $0.grants[.specialist] != nil }.count == 1)
        #expect(result.certification.ledger.filter { $0.grantSources[.advisor] == .register }.map(\.staffID.value).sorted() == ["08215", "08932"])
    }

    // MARK: - Planted slips

    static let fullWidthSheet = "令和7年度/報告会/R7_報告会評価_J41_小田切勝.xlsx"
    static let blankSheet = "令和7年度/報告会/R7_報告会評価_J42_浅野まゆみ.xlsx"
    static let ownTeamSheet = "令和7年度/報告会/R7_報告会評価_J39_内田陸.xlsx"
    static let libreOfficeSheet = "令和7年度/報告会/R7_報告会評価_J45_原口恵.xlsx"
    static let resent = "令和7年度/報告会/R7_報告会評価_J07_安藤美智子 (1).xlsx"
    static let unrelated = "令和7年度/デジタル活用支援_スマホ教室_参加者名簿.xlsx"
    static let setupR7 = "令和7年度/年度設定_R7.xlsx"

    struct Expected: CustomStringConvertible {
        var severity: Severity
        var file: String
        var sheet: String?
        var cell: String?
        var contains: String
        var description: String { "\(severity.label) \(file) \(sheet ?? "-") \(cell ?? "-") 「\(contains)」" }

        func matches(_ p: Problem) -> Bool {
            p.severity == severity && p.location.file == file && p.location.sheet == sheet && p.location.cell?.a1 == cell
                && p.message.contains(contains)
        }
    }

    /// Every problem the batch reports on the sample, and nothing else: 令和5・6年度 are clean.
    static let planted: [Expected] = [
        Expected(severity: .error, file: fullWidthSheet, sheet: "報告会評価", cell: "E13", contains: "「４～５」は点数ではありません"),
        Expected(severity: .warning, file: fullWidthSheet, sheet: "報告会評価", cell: "A13", contains: "プロジェクト「P02」の行に未採点の項目"),
        Expected(severity: .warning, file: blankSheet, sheet: "報告会評価", cell: "A16", contains: "プロジェクト「P05」の行に未採点の項目があります（新しい価値の創出）"),
        Expected(severity: .warning, file: ownTeamSheet, sheet: "報告会評価", cell: "A14", contains: "自分が参加するプロジェクト「P03」を採点"),
        Expected(severity: .warning, file: setupR7, sheet: "審査員", cell: "A47", contains: "審査員「J43」（栗原 徹、一般職員）の報告会評価シートが提出されていません"),
        Expected(severity: .info, file: resent, sheet: nil, cell: nil, contains: "内容は「令和7年度/報告会/R7_報告会評価_J07_安藤美智子.xlsx」と同じ"),
        Expected(severity: .warning, file: unrelated, sheet: nil, cell: nil, contains: "認識できません"),
    ]

    @Test("every planted slip is reported at its file, sheet and cell, and nothing else is reported")
    func plantedProblems() throws {
        let result = try Self.result()
        for expected in Self.planted {
            #expect(result.problems.contains(where: expected.matches), "missing: \(expected)")
        }
        let unexpected = result.problems.filter { p in !Self.planted.contains { $0.matches(p) } }
        #expect(unexpected.isEmpty, "\(unexpected.map(\.terminalLine).joined(separator: "\n"))")
        #expect(result.hasInputProblems)
    }

    @Test("full-width digits typed as text are read as numbers; only the `４～５` cell is rejected")
    func fullWidthDigits() throws {
        let result = try Self.result()
        let cells = try TplRead.cells(Self.input.appendingPathComponent(Self.fullWidthSheet))["報告会評価"] ?? [:]
        // Row 12 is P01: every score typed as a full-width digit.
        for column in ["D", "E", "F"] {
            guard case .string(let text)? = cells["\(column)12"] else {
                Issue.record("\(column)12 is \(String(describing: cells["\(column)12"]))")
                continue
            }
            #expect(["１", "２", "３", "４", "５"].contains(text), "\(column)12: \(text)")
        }
        #expect(cells["E13"] == .string("４～５"))
        let input = try #require(result.years.first { $0.year == Self.r7 })
        let sheet = try #require(input.meetingSheets.first { $0.judge.id == "J41" })
        #expect(sheet.entries.map(\.projectID) == ["P01", "P03", "P04", "P05", "P06"])
        let p01 = try #require(sheet.entries.first { $0.projectID == "P01" })
        for (column, id) in zip(["D", "E", "F"], ["G1", "G2", "G3"]) {
            if case .string(let text)? = cells["\(column)12"] {
                #expect(p01.scores[CriterionID(id)] == Double(text.precomposedStringWithCompatibilityMapping), "\(id)")
            }
        }
    }

    @Test("own team: a staff judge's scores for their own project are left out; another left the grey row alone")
    func ownTeam() throws {
        let result = try Self.result()
        let input = try #require(result.years.first { $0.year == Self.r7 })
        #expect(input.ownTeamExclusions.contains(OwnTeamExclusion(judgeID: "J39", projectID: "P03", scoredAnyway: true)))
        #expect(input.ownTeamExclusions.contains(OwnTeamExclusion(judgeID: "J40", projectID: "P05", scoredAnyway: false)))
        let j39 = try #require(input.meetingSheets.first { $0.judge.id == "J39" })
        #expect(!j39.entries.contains { $0.projectID == "P03" })
        #expect(input.missingJudges.map(\.id) == ["J43"])
    }

    @Test("the sheet re-saved by LibreOffice is recognised by its identity and used")
    func libreOfficeResave() throws {
        let result = try Self.result()
        let file = Self.input.appendingPathComponent(Self.libreOfficeSheet)
        let application = try TplProcess.python(
            """
            import sys, zipfile, re
            xml = zipfile.ZipFile(sys.argv[1]).read('docProps/app.xml').decode('utf-8')
            m = re.search(r'<Application>(.*?)</Application>', xml)
            print(m.group(1) if m else '')
            """, [file.path])
        #expect(application.contains("LibreOffice"), "docProps/app.xml Application: \(application)")
        let record = try #require(result.files.first { $0.path == Self.libreOfficeSheet })
        #expect(record.status == .imported && record.kind == .meetingScore)
        let input = try #require(result.years.first { $0.year == Self.r7 })
        let sheet = try #require(input.meetingSheets.first { $0.judge.id == "J45" })
        #expect(sheet.entries.count == 6)
    }

    // MARK: - Files

    @Test("every file under input/ is accounted for, with the status the story gives it")
    func everyFileAccountedFor() throws {
        let result = try Self.result()
        let base = Self.input.resolvingSymlinksInPath().path
        let onDisk = (FileManager.default.enumerator(atPath: base)?.allObjects as? [String] ?? []).filter { path in
            var isDirectory: ObjCBool = false
            return FileManager.default.fileExists(atPath: base + "/" + path, isDirectory: &isDirectory) && !isDirectory.boolValue
        }
        #expect(onDisk.count == 218)
        #expect(Set(result.files.map(\.path)) == Set(onDisk))
        #expect(result.files.count == onDisk.count)
        let expected: [String: FileStatus] = [
            Self.unrelated: .excluded, Self.resent: .excluded,
            Self.fullWidthSheet: .importedWithWarnings, Self.blankSheet: .importedWithWarnings,
            Self.ownTeamSheet: .importedWithWarnings, Self.setupR7: .importedWithWarnings,
        ]
        for record in result.files {
            #expect(record.status == (expected[record.path] ?? .imported), "\(record.path): \(record.status.rawValue) \(record.reason)")
        }
        #expect(result.files.first { $0.path == Self.unrelated }?.kind == .unknown)
        let kinds = Dictionary(grouping: result.files, by: \.kind).mapValues(\.count)
        #expect(kinds[.yearSetup] == 3)
        #expect(kinds[.priorRegister] == 1)
        #expect(kinds[.meetingScore] == 50 + 46 + 48)  // 令和7年度: 47 judges sent theirs, one of them twice
        #expect(kinds[.leaderEvaluation] == 21 + 21 + 27)
    }
}
