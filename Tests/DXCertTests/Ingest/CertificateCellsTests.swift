import Foundation
import OOXMLReader
import Testing

@testable import DXCertForms
@testable import DXCertIngest
@testable import DXCertPipeline
@testable import DXCertReports
@testable import DXCertRules

/// The 年度 sheet's certificate cells (認定日, 発行者, 認定番号の形式; template version 2): read,
/// defaulted when blank or absent, and a problem at their cell when unusable.
@Suite("年度設定: the certificate cells")
struct CertificateCellsTests {
    static let year = FiscalYear(2024)

    /// Writes the mini world's setup, applies `edits` to its 年度 sheet and runs.
    static func run(_ edits: [(String, XLSXEdit.Value)] = [], setup: YearSetup = MiniWorld.setup(2024)) throws -> (RunResult, String) {
        let world = try MiniWorld()
        defer { world.cleanUp() }
        let path = try world.write(setup)
        if !edits.isEmpty {
            try XLSXEdit.apply(world.url(path), edits.map { XLSXEdit.Edit(sheet: "年度", cell: $0.0, value: $0.1) })
        }
        return (try world.run(), path)
    }

    @Test("blank cells give the defaults: the year's 3月31日, the organisation, 第R6-001号")
    func defaults() throws {
        let (result, _) = try Self.run()
        let setup = try #require(result.years.first?.setup)
        #expect(setup.certificateDate == nil && setup.issuer == "" && setup.certificateNumberFormat == .standard)
        #expect(result.certificates.map(\.number) == (1...6).map { String(format: "第R6-%03d号", $0) })
        #expect(result.certificates.map(\.staffID.value) == ["00101", "00102", "00103", "00201", "00202", "00203"])
        #expect(result.certificates.allSatisfy { $0.date.japanese == "令和7年3月31日" && $0.issuer == "テスト市" && $0.tier == .advisor })
    }

    @Test("typed values are read: a date cell, a text date, the issuer, a format")
    func typedValues() throws {
        let (result, _) = try Self.run([
            ("認定日→1", .number(45_736)),  // 2025-03-20 as Excel's serial
            ("発行者→1", .text("テスト市長　試験　太郎")), ("認定番号の形式→1", .text("DX-{年度略}-{連番:4}")),
        ])
        let setup = try #require(result.years.first?.setup)
        #expect(setup.certificateDate == .day(year: 2025, month: 3, day: 20))
        #expect(result.certificates.first?.number == "DX-R6-0001")
        #expect(result.certificates.first?.issuer == "テスト市長　試験　太郎")
        #expect(result.certificates.first?.date.japanese == "令和7年3月20日")
        let (textDate, _) = try Self.run([("認定日→1", .text("令和7年3月吉日"))])
        #expect(textDate.certificates.first?.date == .text("令和7年3月吉日"))
    }

    @Test("the setup's own values survive the template: written back, read back")
    func templateRoundTrip() throws {
        var setup = MiniWorld.setup(2024)
        setup.certificateDate = .day(year: 2025, month: 3, day: 27)
        setup.issuer = "テスト市長"
        setup.certificateNumberFormat = try CertificateNumberFormat.parse("第{年度}{連番:2}号")
        let (result, _) = try Self.run(setup: setup)
        let read = try #require(result.years.first?.setup)
        #expect(read.certificateDate == setup.certificateDate && read.issuer == "テスト市長")
        #expect(read.certificateNumberFormat == setup.certificateNumberFormat)
        #expect(result.certificates.first?.number == "第令和6年度01号")
    }

    @Test("an unusable format is a warning at its cell, in Japanese; the default numbers are used")
    func badFormat() throws {
        let (result, path) = try Self.run([("認定番号の形式→1", .text("第{年}号"))])
        let problem = try #require(result.problems.first { $0.location.file == path && $0.message.contains("認定番号の形式") })
        #expect(problem.severity == .warning)
        #expect(problem.location.sheet == "年度" && problem.location.cell?.a1 == "B19")
        #expect(problem.message.contains("{年} は使えない記号です"))
        #expect(result.certificates.first?.number == "第R6-001号")
        let (noSerial, _) = try Self.run([("認定番号の形式→1", .text("第{年度略}号"))])
        #expect(noSerial.problems.contains { $0.message.contains("連番（{連番} または {連番:3}）がありません") })
    }

    @Test("a number that is no date in 認定日 is a warning at its cell; the year's end is used")
    func badDate() throws {
        let (result, path) = try Self.run([("認定日→1", .number(12))])
        let problem = try #require(result.problems.first { $0.location.file == path && $0.message.contains("認定日") })
        #expect(problem.severity == .warning && problem.location.cell?.a1 == "B13")
        #expect(result.certificates.first?.date == .day(year: 2025, month: 3, day: 31))
    }

    @Test("a setup of template version 1 (no certificate cells) is read as before, with the defaults")
    func versionOneSetup() throws {
        let world = try MiniWorld()
        defer { world.cleanUp() }
        let path = try world.write(MiniWorld.setup(2024))
        // Version 1 ended the 年度 sheet after 団体名 and its note: remove what version 2 added.
        _ = try TplProcess.python(
            """
            import sys, openpyxl
            wb = openpyxl.load_workbook(sys.argv[1])
            ws = wb['年度']
            ws.delete_rows(13, ws.max_row)
            ws.data_validations.dataValidation = [dv for dv in ws.data_validations.dataValidation if 'B13' not in str(dv.sqref)]
            ids = wb['_dxcert']
            for row in ids.iter_rows():
                if row[0].value == '様式版': row[1].value = '1'
            wb.save(sys.argv[1])
            """, [world.url(path).path])
        let result = try world.run()
        #expect(result.problems.filter { $0.location.file == path && $0.severity >= .warning }.isEmpty, "\(result.problems.map(\.terminalLine))")
        let setup = try #require(result.years.first?.setup)
        #expect(setup.certificateDate == nil && setup.issuer == "" && setup.certificateNumberFormat == .standard)
        #expect(result.certificates.count == 6)
        #expect(result.certificates.first?.issuer == "テスト市")
    }
}
