import Foundation
import Testing

@testable import DXCertForms
@testable import DXCertIngest
@testable import DXCertMessages
@testable import DXCertPipeline
@testable import DXCertReports
@testable import DXCertRules

/// A cell the forms need holding a formula whose result was never saved (written by a program
/// that does not calculate) is reported at the cell, telling to open and save the file in Excel;
/// it used to be read as blank without a word (issue 8).
@Suite("Formulas without a saved result")
struct UncachedFormulaTests {
    static let message = "数式の計算結果が保存されていません。Excelで開いて保存し直してください"

    @Test("a score cell of a judge's sheet and of a leader sheet")
    func scoreAndYearCells() throws {
        let world = try MiniWorld()
        defer { world.cleanUp() }
        try world.write(MiniWorld.setup(2024))
        let report = try world.file("報告会評価", "J1")
        let (_, _, sheet) = try TplRead.report(world.url(report))
        let p01 = try #require(sheet?.rows.first { $0.projectID == "P01" })
        let scoreCell = try #require(p01.scores.first?.location.cell?.a1)
        try XLSXEdit.set(world.url(report), sheet: "報告会評価", scoreCell, .text("=2+2"))
        let leader = try world.file("リーダー評価", "00102")
        let (_, _, leaderSheet) = try TplRead.leader(world.url(leader))
        let leaderCell = try #require(leaderSheet?.scores.first?.location.cell?.a1)
        try XLSXEdit.set(world.url(leader), sheet: "リーダー評価", leaderCell, .text("=2+2"))

        let result = try world.run()
        func warned(_ file: String, _ cell: String) -> Bool {
            result.problems.contains {
                $0.severity == .warning && $0.location.file == file && $0.location.cell?.a1 == cell && $0.message == Self.message
            }
        }
        #expect(warned(report, scoreCell), "\(result.problems.map(\.terminalLine))")
        #expect(warned(leader, leaderCell))
        // The cell counts as blank: the row is incomplete (partial scoring is off) and says so.
        #expect(result.problems.contains { $0.location.file == report && $0.message.contains("プロジェクト「P01」の行に未採点の項目") })
    }

    @Test("the year of a 年度設定 and a staff ID of its 参加者")
    func setupCells() throws {
        let world = try MiniWorld()
        defer { world.cleanUp() }
        let setupPath = try world.write(MiniWorld.setup(2024))
        let staffCell = try XLSXEdit.set(world.url(setupPath), sheet: "参加者", "00203→0", .text("=\"00203\""))
        var result = try world.run()
        #expect(
            result.problems.contains {
                $0.severity == .warning && $0.location.file == setupPath && $0.location.sheet == "参加者"
                    && $0.location.cell?.a1 == staffCell && $0.message == Self.message
            }, "\(result.problems.map(\.terminalLine))")
        let yearCell = try XLSXEdit.set(world.url(setupPath), sheet: "年度", "年度→1", .text("=2024"))
        result = try world.run()
        #expect(
            result.problems.contains {
                $0.severity == .warning && $0.location.file == setupPath && $0.location.cell?.a1 == yearCell
                    && $0.message == Self.message
            }, "\(result.problems.map(\.terminalLine))")
    }

    @Test("formulas elsewhere (the total column) are no problem")
    func totalColumn() throws {
        let world = try MiniWorld()
        defer { world.cleanUp() }
        try world.write(MiniWorld.setup(2024))
        let report = try world.file("報告会評価", "J1")
        let (_, _, sheet) = try TplRead.report(world.url(report))
        let row = try #require(sheet?.rows.first { $0.projectID == "P01" }?.location.cell?.row)
        // A formula in the 合計 column (not a score) of P01's row.
        let total = try XLSXEdit.set(world.url(report), sheet: "報告会評価", "合計（100点換算）→0", .text("合計（100点換算）"))
        let column = total.prefix { $0.isLetter }
        try XLSXEdit.set(world.url(report), sheet: "報告会評価", "\(column)\(row)", .text("=1/0"))
        let result = try world.run()
        #expect(!result.problems.contains { $0.message == Self.message }, "\(result.problems.map(\.terminalLine))")
    }
}
