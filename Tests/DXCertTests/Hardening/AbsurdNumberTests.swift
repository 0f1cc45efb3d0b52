import Foundation
import OOXMLReader
import Testing

@testable import DXCertForms
@testable import DXCertIngest
@testable import DXCertMessages
@testable import DXCertPipeline
@testable import DXCertReports
@testable import DXCertRules

/// Numbers no sheet should hold (1e19, 1e308, −1e19, infinity, NaN) are input problems at
/// their cells; the run goes on (issue 8: `Int(double)` used to trap on them).
@Suite("Absurd numbers are input problems, never a trap")
struct AbsurdNumberTests {
    static let absurd: [Double] = [1e19, -1e19, 1e308, -1e308, .infinity, -.infinity, .nan, 9.223372036854775807e18]

    @Test("whole numbers are converted only when finite, integral and in range")
    func wholeNumber() {
        for d in Self.absurd + [2.5, 101, -1] {
            #expect(WholeNumber.exact(d, in: 0...100) == nil, "\(d)")
        }
        #expect(WholeNumber.exact(Double(Int.max), in: Int.min...Int.max) == nil)  // 2^63 does not fit an Int
        #expect(WholeNumber.exact(42, in: 0...100) == 42)
        #expect(WholeNumber.parse("nan") == nil && WholeNumber.parse("inf") == nil && WholeNumber.parse("0x10") == nil)
        #expect(WholeNumber.parse("６０") == 60 && WholeNumber.parse("1,000") == 1000 && WholeNumber.parse("1e19") == 1e19)
        #expect(WholeNumber.problem("1e19", in: 2...10) == "範囲外です（2〜10 の整数を入力してください）")
        #expect(WholeNumber.problem("2.5", in: 2...10) == "整数ではありません（2〜10 の整数を入力してください）")
        #expect(WholeNumber.problem("3", in: 2...10) == nil)
    }

    @Test("a year cell holding an absurd number is not a year, and says so")
    func years() {
        for d in Self.absurd {
            #expect(YearParser.parse(EnteredValue.number(d)) == nil, "\(d)")
        }
        #expect(YearParser.problem(EnteredValue.number(1e19)).contains("範囲外です"))
        #expect(YearParser.parse("令和99999999999999999999年度") == nil)
        #expect(YearParser.parse(EnteredValue.number(2024)) == FiscalYear(2024))
    }

    @Test("every integer setting refuses absurd values with its range and keeps its value")
    func integerSettings() {
        for def in SettingDefinition.all {
            guard case .integer(let range) = def.kind else { continue }
            for text in ["1e19", "-1e19", "1e308", "inf", "nan", "-9223372036854775809"] {
                var settings = Settings()
                let error = def.apply(&settings, text)
                #expect(error != nil, "\(def.label) \(text)")
                #expect(settings == Settings(), "\(def.label) \(text)")
                if text == "1e19" { #expect(error == "範囲外です（\(range.lowerBound)〜\(range.upperBound) の整数を入力してください）") }
            }
        }
    }

    @Test("absurd numbers in a 年度設定 are reported at their cells and the year is still certified")
    func setupCells() throws {
        let world = try MiniWorld()
        defer { world.cleanUp() }
        let setupPath = try world.write(MiniWorld.setup(2024))
        let url = world.url(setupPath)
        let cells = try XLSXEdit.apply(
            url,
            [
                .init(sheet: "認定基準", cell: "スペシャリスト：連続してリーダーを務める年数→1", value: .number(1e19)),
                .init(sheet: "認定基準", cell: "職員番号の桁数→1", value: .number(-1e19)),
                .init(sheet: "目標", cell: "DXアドバイザー→1", value: .number(1e308)),
                .init(sheet: "評価項目", cell: "P1→2", value: .number(1e19)),
            ])
        let result = try world.run()
        let problems = result.problems.filter { $0.location.file == setupPath }
        for (sheet, cell) in zip(["認定基準", "認定基準", "目標", "評価項目"], cells) {
            #expect(
                problems.contains {
                    $0.severity == .error && $0.location.sheet == sheet && $0.location.cell?.a1 == cell && $0.message.contains("範囲外です")
                },
                "\(sheet)!\(cell): \(problems.map(\.terminalLine))")
        }
        let input = try #require(result.years.first)
        #expect(input.settings.specialistConsecutiveYears == 2 && input.settings.targets[.advisor] == 60)
        #expect(result.certification.decisions[FiscalYear(2024)]?.count == 6)
    }

    @Test("1e19 as the year of a 年度設定 excludes that setup with a message, and the run goes on")
    func setupYear() throws {
        let world = try MiniWorld()
        defer { world.cleanUp() }
        let setupPath = try world.write(MiniWorld.setup(2024))
        let cell = try XLSXEdit.set(world.url(setupPath), sheet: "年度", "年度→1", .number(1e19))
        let result = try world.run()
        #expect(
            result.problems.contains { $0.location.file == setupPath && $0.location.cell?.a1 == cell && $0.message.contains("範囲外です") },
            "\(result.problems.map(\.terminalLine))")
        #expect(result.years.isEmpty)
    }

    @Test("1e19 as a 認定年度 in a 既認定者名簿 or the previous 認定台帳 is a problem at its cell")
    func registerAndLedger() throws {
        let world = try MiniWorld()
        defer { world.cleanUp() }
        try world.write(MiniWorld.setup(2024))
        let register = world.url("既認定者名簿.xlsx")
        try PriorRegisterTemplate.write(
            [
                PriorCertification(
                    staffID: "00101", name: "職員 00101", department: "課100", tier: .advisor, year: FiscalYear(2022), note: "",
                    location: SourceLocation(file: "名簿")),
                PriorCertification(
                    staffID: "00102", name: "職員 00102", department: "課100", tier: .advisor, year: FiscalYear(2022), note: "",
                    location: SourceLocation(file: "名簿")),
            ], to: register, created: Date(timeIntervalSince1970: 1_700_000_000))
        let cell = try XLSXEdit.set(register, sheet: "既認定者名簿", "00102→4", .number(1e19))
        let result = try world.run(usePreviousLedger: false)
        #expect(
            result.problems.contains { $0.location.file == "既認定者名簿.xlsx" && $0.location.cell?.a1 == cell && $0.message.contains("範囲外です") },
            "\(result.problems.map(\.terminalLine))")
        // The good row still counts: 00101 is an advisor before 2024.
        #expect(result.certification.decision("00101", 2024)?.previousTier == .advisor)

        // The same table as the previous 認定台帳: a row that cannot be read would drop a grant
        // silently, so the run stops (exit 2) naming the cell.
        try FileManager.default.createDirectory(at: world.output, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: register, to: world.output.appendingPathComponent(OutputNames.ledger))
        #expect {
            _ = try world.run(usePreviousLedger: true)
        } throws: { error in
            guard case .previousLedgerUnusable(_, let reason, _)? = error as? PipelineError else { return false }
            return reason.contains("セル \(cell)") && reason.contains("範囲外です")
        }
    }

    @Test("1e19 typed over the year of a judge's sheet without identity: an error at the cell saying it is out of range")
    func meetingSheetYear() throws {
        let world = try MiniWorld()
        defer { world.cleanUp() }
        try world.write(MiniWorld.setup(2024))
        let report = try world.file("報告会評価", "J2")
        let (_, _, sheet) = try TplRead.report(world.url(report))
        let cell = try #require(sheet?.year.location?.cell?.a1)
        try TplProcess.python(
            """
            import sys, openpyxl
            wb = openpyxl.load_workbook(sys.argv[1])
            wb.remove(wb["_dxcert"])
            from openpyxl.packaging.custom import CustomPropertyList
            wb.custom_doc_props = CustomPropertyList()
            wb["報告会評価"][sys.argv[2]].value = 1e19
            wb.save(sys.argv[1])
            """, [world.url(report).path, cell])
        let result = try world.run()
        #expect(
            result.problems.contains {
                $0.severity == .error && $0.location.file == report && $0.location.cell?.a1 == cell
                    && $0.message.contains("範囲外です")
            }, "\(result.problems.map(\.terminalLine))")
        #expect(result.files.first { $0.path == report }?.status == .excluded)
    }
}
