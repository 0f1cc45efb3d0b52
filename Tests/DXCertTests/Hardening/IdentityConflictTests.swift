import Foundation
import Testing

@testable import DXCertForms
@testable import DXCertIngest
@testable import DXCertMessages
@testable import DXCertPipeline
@testable import DXCertReports
@testable import DXCertRules

/// A generated sheet carries a hidden identity (`_dxcert`, `dxcert_*` properties). When it names
/// another year, judge, evaluator, leader or project than the visible sheet, the sheet was copied
/// from another one: an error at the visible cell, and the file is not used (issue 8).
@Suite("Identity contradicting the visible sheet")
struct IdentityConflictTests {
    @Test("last year's sheet copied and re-labelled 令和6年度: an error at the year cell; it replaces nothing")
    func copiedFromLastYear() throws {
        let world = try MiniWorld()
        defer { world.cleanUp() }
        try world.write(MiniWorld.setup(2023))
        try world.write(MiniWorld.setup(2024))
        let original = try world.file("令和5年度", "報告会評価", "J1")
        let copy = "令和6年度/報告会評価/J1_写し.xlsx"
        try FileManager.default.copyItem(at: world.url(original), to: world.url(copy))
        let (_, _, parsed) = try TplRead.report(world.url(copy))
        let yearCell = try #require(parsed?.year.location?.cell?.a1)
        let cell = try XLSXEdit.set(world.url(copy), sheet: "報告会評価", yearCell, .text("令和6年度"))
        // Scores as if typed for 令和6年度: all 1 (would pull P01 and P02 down if used).
        let (_, _, sheet) = try TplRead.report(world.url(copy))
        let edits = (sheet?.rows ?? []).flatMap { $0.scores.compactMap { $0.location.cell?.a1 } }.map {
            XLSXEdit.Edit(sheet: "報告会評価", cell: $0, value: .number(1))
        }
        try XLSXEdit.apply(world.url(copy), edits)

        let result = try world.run()
        let error = result.problems.first { $0.location.file == copy && $0.message.contains("識別情報") }
        #expect(
            error?.severity == .error && error?.location.cell?.a1 == cell && error?.message.contains("令和6年度") == true
                && error?.message.contains("令和5年度") == true, "\(result.problems.map(\.terminalLine))")
        #expect(result.files.first { $0.path == copy }?.status == .excluded)
        let r5 = try #require(result.years.first { $0.year == FiscalYear(2023) })
        #expect(r5.meetingSheets.first { $0.judge.id == "J1" }?.source.file == original)
        let r6 = try #require(result.years.first { $0.year == FiscalYear(2024) })
        #expect(r6.meetingSheets.first { $0.judge.id == "J1" }?.source.file != copy)
        #expect(result.scores[FiscalYear(2024)]?.project("P01")?.score.map { abs($0 - 80) < 1e-9 } == true)
    }

    @Test("a leader sheet whose visible evaluator differs from its identity is not used")
    func otherEvaluator() throws {
        let world = try MiniWorld()
        defer { world.cleanUp() }
        try world.write(MiniWorld.setup(2024))
        let path = try world.file("リーダー評価", "00102")
        let (_, _, sheet) = try TplRead.leader(world.url(path))
        let cell = try #require(sheet?.evaluatorID.location?.cell?.a1)
        try XLSXEdit.set(world.url(path), sheet: "リーダー評価", cell, .text("00103"))
        let result = try world.run()
        #expect(
            result.problems.contains {
                $0.severity == .error && $0.location.file == path && $0.location.cell?.a1 == cell
                    && $0.message.contains("評価者の職員番号")
            }, "\(result.problems.map(\.terminalLine))")
        #expect(result.files.first { $0.path == path }?.status == .excluded)
    }

    @Test("the same ID typed as a number over the text ID is no conflict")
    func sameIDAsNumber() throws {
        let world = try MiniWorld()
        defer { world.cleanUp() }
        try world.write(MiniWorld.setup(2024))
        let path = try world.file("リーダー評価", "00102")
        let (_, _, sheet) = try TplRead.leader(world.url(path))
        let cell = try #require(sheet?.evaluatorID.location?.cell?.a1)
        try XLSXEdit.set(world.url(path), sheet: "リーダー評価", cell, .number(102))
        let result = try world.run()
        #expect(!result.problems.contains { $0.location.file == path && $0.message.contains("識別情報") })
        #expect(result.files.first { $0.path == path }?.status != .excluded)
    }

    @Test("a 既認定者名簿 made by 'save as' from a judge's sheet (its identity properties kept) is an error, not read as a judge's sheet")
    func kindContradicted() throws {
        let world = try MiniWorld()
        defer { world.cleanUp() }
        try world.write(MiniWorld.setup(2024))
        let source = try world.file("報告会評価", "J1")
        let register = "既認定者名簿.xlsx"
        try TplProcess.python(
            """
            import sys, openpyxl
            wb = openpyxl.load_workbook(sys.argv[1])
            assert any(p.name.startswith("dxcert_") for p in wb.custom_doc_props.props)
            for ws in list(wb.worksheets):
                wb.remove(ws)
            ws = wb.create_sheet("既認定者名簿")
            ws.append(["職員番号", "氏名", "認定区分", "認定年度"])
            ws.append(["00101", "職員 00101", "DXアドバイザー", "令和4年度"])
            wb.save(sys.argv[2])
            """, [world.url(source).path, world.url(register).path])
        let result = try world.run()
        let error = result.problems.first { $0.location.file == register && $0.message.contains("識別情報") }
        #expect(
            error?.severity == .error && error?.message.contains("「報告会評価」") == true && error?.message.contains("「既認定者名簿」") == true,
            "\(result.problems.map(\.terminalLine))")
        #expect(result.files.first { $0.path == register }?.status == .excluded)
    }
}
