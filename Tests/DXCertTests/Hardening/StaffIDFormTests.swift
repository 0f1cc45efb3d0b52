import Foundation
import OOXMLReader
import Testing

@testable import DXCertForms
@testable import DXCertIngest
@testable import DXCertMessages
@testable import DXCertPipeline
@testable import DXCertReports
@testable import DXCertRules

/// One person is one person across years: staff IDs are compared in one form for the whole run,
/// whatever 職員番号の桁数 each year's setup says (issue 8, item 5).
@Suite("Staff IDs: one canonical form for the whole run")
struct StaffIDFormTests {
    @Test("the run's form pads digits-only IDs to the widest width any setup sets")
    func form() {
        var a = YearSetup(year: FiscalYear(2024)), b = YearSetup(year: FiscalYear(2025))
        a.settings.staffIDWidth = 5
        b.settings.staffIDWidth = 0
        let form = StaffIDForm.run([a, b])
        #expect(form.width == 5)
        #expect(form.canonical(StaffID("123")) == StaffID("00123"))
        #expect(form.canonical("００１２３") == StaffID("00123"))
        #expect(form.canonical(StaffID("00123")) == StaffID("00123"))
        #expect(form.canonical("a-12") == StaffID("A-12"))
        #expect(form.canonical("  ") == nil)
        #expect(StaffIDForm.run([b]).canonical(StaffID("123")) == StaffID("123"))
        b.participants = [Participant(staffID: StaffID("123"), name: "n", department: "", projectID: "P", role: .leader)]
        b.judges = [Judge(id: "J", name: "j", category: .general, staffID: StaffID("45"))]
        let applied = form.apply(to: b)
        #expect(applied.participants.map(\.staffID) == [StaffID("00123")])
        #expect(applied.judges.map(\.staffID) == [StaffID("00045")])
        #expect(applied.participations(of: StaffID("00123")).count == 1)
    }

    static let fixture = FixturePaths.url("scenarios/settings_variants/input")

    static func decisions(_ result: RunResult) -> [String] {
        result.certification.decisions.keys.sorted().flatMap { year in
            (result.certification.decisions[year] ?? []).map {
                "\(year.year) \($0.staffID.value) \($0.granted?.label ?? "-") \($0.previousTier?.label ?? "-")"
            }
        }.sorted()
    }

    @Test("職員番号の桁数 left out of one year's setup changes no decision, and is a warning naming both setups' cells")
    func widthInOneYearOnly() throws {
        let folder = FixturePaths.tempDirectory("dxcert-width")
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("input")
        try FileManager.default.copyItem(at: Self.fixture, to: input)
        let before = try Batch.compute(RunOptions(input: input, output: folder.appendingPathComponent("out1"), usePreviousLedger: false))
        #expect(before.years.allSatisfy { $0.settings.staffIDWidth == 5 })

        let setup24 = "設定/令和6年度 年度設定.xlsx"
        let cell = try XLSXEdit.set(input.appendingPathComponent(setup24), sheet: "認定基準", "職員番号の桁数→1", .number(0))
        let after = try Batch.compute(RunOptions(input: input, output: folder.appendingPathComponent("out2"), usePreviousLedger: false))
        #expect(after.years.first?.settings.staffIDWidth == 0)
        #expect(Self.decisions(after) == Self.decisions(before))
        #expect(after.certification.ledger.map(\.staffID) == before.certification.ledger.map(\.staffID))
        let warning = after.problems.first { $0.severity == .warning && $0.message.contains("職員番号の桁数") }
        #expect(
            warning?.location == SourceLocation(file: setup24, sheet: "認定基準", cell: CellPosition(a1: cell)), "\(after.problems.map(\.terminalLine))")
        let cell25 = before.years.last?.setup.settingCells["職員番号の桁数"]?.cell?.a1 ?? "?"
        #expect(warning?.message.contains("令和6年度「\(setup24)」セル \(cell)：0") == true, "\(warning?.message ?? "")")
        #expect(warning?.message.contains("令和7年度「設定/令和7年度 年度設定.xlsx」セル \(cell25)：5") == true, "\(warning?.message ?? "")")
        #expect(warning?.action.contains("5桁") == true)
    }

    @Test("the sample: 職員番号の桁数 5 in the 令和6年度 setup only changes no decision")
    func sampleWidthInOneYear() throws {
        let folder = FixturePaths.tempDirectory("dxcert-width-sample")
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("input")
        try FileManager.default.copyItem(at: SampleInputTests.input, to: input)
        let before = try Batch.compute(RunOptions(input: input, output: folder.appendingPathComponent("out1"), usePreviousLedger: false))
        let setup = "令和6年度/年度設定_R6.xlsx"
        let cell = try XLSXEdit.set(input.appendingPathComponent(setup), sheet: "認定基準", "職員番号の桁数→1", .number(5))
        let after = try Batch.compute(RunOptions(input: input, output: folder.appendingPathComponent("out2"), usePreviousLedger: false))
        #expect(after.years.map(\.settings.staffIDWidth) == [0, 5, 0])
        #expect(Self.decisions(after) == Self.decisions(before))
        #expect(Self.decisions(after).count == Self.decisions(before).count && !Self.decisions(before).isEmpty)
        let warnings = after.problems.filter { $0.message.contains("「職員番号の桁数」が年度によって異なります") }
        // The two setups without a width are told, each naming the 令和6年度 cell.
        #expect(warnings.count == 2, "\(warnings.map(\.terminalLine))")
        #expect(warnings.allSatisfy { $0.severity == .warning && $0.message.contains("令和6年度「\(setup)」セル \(cell)：5") })
    }
}
