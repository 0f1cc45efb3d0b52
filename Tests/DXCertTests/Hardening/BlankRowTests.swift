import Foundation
import Testing

@testable import DXCertForms
@testable import DXCertIngest
@testable import DXCertMessages
@testable import DXCertPipeline
@testable import DXCertReports
@testable import DXCertRules

/// Rows a judge left blank are noted in 入力チェック (情報 「未採点」), and with partial scoring on,
/// the blank cells of part-scored rows are named; scores and decisions are as before (issue 8).
@Suite("Blank and part-blank rows")
struct BlankRowTests {
    @Test("a wholly blank row is 情報 「未採点」 at the row; the project is scored by the other judges")
    func wholeRowBlank() throws {
        let world = try MiniWorld()
        defer { world.cleanUp() }
        let setup = MiniWorld.setup(2024)
        try world.write(setup, answers: MiniWorld.answers(setup, blank: ["J1/P02"]))
        let report = try world.file("報告会評価", "J1")
        let (_, _, sheet) = try TplRead.report(world.url(report))
        let rowCell = try #require(sheet?.rows.first { $0.projectID == "P02" }?.location.cell?.a1)
        let result = try world.run()
        let note = result.problems.first { $0.location.file == report && $0.message.contains("未採点") }
        #expect(
            note?.severity == .info && note?.location.cell?.a1 == rowCell && note?.message.contains("P02") == true,
            "\(result.problems.map(\.terminalLine))")
        #expect(result.scores[FiscalYear(2024)]?.project("P02")?.judgeCount == 2)
        #expect(result.certification.decisions[FiscalYear(2024)]?.filter { $0.granted == .advisor }.count == 6)
        #expect(!result.hasInputProblems)
    }

    @Test("partial scoring on: a part-blank row is used and its blank cells are named (情報)")
    func partBlankRow() throws {
        let world = try MiniWorld()
        defer { world.cleanUp() }
        var settings = Settings()
        settings.partialScoring = true
        let setup = MiniWorld.setup(2024, settings: settings)
        var answers = MiniWorld.answers(setup)
        answers.meeting["J1"]?.scores["P01"]?["P2"] = nil
        answers.meeting["J1"]?.scores["P01"]?["P1"] = .number(2)
        answers.leader[LeaderSheetKey(projectID: "P01", evaluatorID: StaffID("00102"))]?.scores["L2"] = nil
        try world.write(setup, answers: answers)
        let report = try world.file("報告会評価", "J1")
        let (_, _, sheet) = try TplRead.report(world.url(report))
        let row = try #require(sheet?.rows.first { $0.projectID == "P01" })
        let p2Cell = try #require(row.scores.first { $0.criterionID == "P2" }?.location.cell?.a1)
        let result = try world.run()
        let note = result.problems.first { $0.location.file == report && $0.message.contains("空欄の項目") }
        #expect(
            note?.severity == .info && note?.location.cell?.a1 == row.location.cell?.a1 && note?.message.contains("セル \(p2Cell)（市民サービスへの効果）") == true,
            "\(result.problems.map(\.terminalLine))")
        let leader = try world.file("リーダー評価", "00102")
        let (_, _, leaderSheet) = try TplRead.leader(world.url(leader))
        let l2Cell = try #require(leaderSheet?.scores.first { $0.criterionID == "L2" }?.location.cell?.a1)
        #expect(
            result.problems.contains {
                $0.severity == .info && $0.location.file == leader && $0.location.cell?.a1 == l2Cell
                    && $0.message.contains("プロジェクト「P01」のリーダー評価に空欄の項目")
            })
        #expect(result.scores[FiscalYear(2024)]?.leaderEvaluations["P01"]?.evaluators.count == 2)
        // Scored with P1 (2/5) and P3 (4/5) only: 60 points from J1.
        let j1 = result.scores[FiscalYear(2024)]?.judgeScores.first { $0.judgeID == "J1" && $0.projectID == "P01" }
        #expect(j1.map { abs($0.raw - 60) < 1e-9 } == true)
    }
}
