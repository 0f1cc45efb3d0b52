import Foundation
import Testing

@testable import DXCertForms
@testable import DXCertIngest
@testable import DXCertMessages
@testable import DXCertPipeline
@testable import DXCertReports
@testable import DXCertRules

/// Every input on which fuzzing once found a trap in form parsing (`Fuzz/regressions/forms/`,
/// written by `scripts/fuzz/make_form_regressions.py`) is read to the end: the bad cell is an
/// input problem at that cell, never a crash.
@Suite("Fuzz regressions: form parsing never traps")
struct FuzzRegressionTests {
    static let folder = FixturePaths.root.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fuzz/regressions/forms")

    /// File → the sheet and cell of the value that once trapped.
    static let cases: [(file: String, sheet: String, cell: String)] = [
        ("setup_criteria_value_1e300.xlsx", "認定基準", "B10"),
        ("setup_target_1e300.xlsx", "目標", "B5"),
        ("setup_year_1e300.xlsx", "年度", "B4"),
        ("register_year_1e300.xlsx", "既認定者名簿", "E5"),
    ]

    @Test("every committed regression is listed here")
    func allListed() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.folder.path).filter { $0.hasSuffix(".xlsx") }
        #expect(Set(files) == Set(Self.cases.map(\.file)))
    }

    @Test("the value that once trapped is an error at its cell", arguments: cases.map(\.file))
    func namedAtItsCell(_ file: String) throws {
        let expected = try #require(Self.cases.first { $0.file == file })
        let base = FixturePaths.tempDirectory("fuzz-regression")
        defer { try? FileManager.default.removeItem(at: base) }
        let input = base.appendingPathComponent("input")
        try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Self.folder.appendingPathComponent(file), to: input.appendingPathComponent(file))
        let result = try Batch.compute(RunOptions(input: input, output: base.appendingPathComponent("output"), usePreviousLedger: false))
        #expect(
            result.problems.contains {
                $0.location.file == file && $0.location.sheet == expected.sheet && $0.location.cell?.a1 == expected.cell && $0.severity == .error
            }, "\(result.problems.map(\.terminalLine))")
    }
}
