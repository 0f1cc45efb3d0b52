import Foundation
import Testing

@testable import DXCertForms
@testable import DXCertIngest
@testable import DXCertMessages
@testable import DXCertPipeline
@testable import DXCertReports
@testable import DXCertRules

/// Settings that are each valid but together make scoring impossible are named with their
/// cells (issue 8): all category weights 0, weight only on categories without judges, a
/// minimum number of evaluators no project can reach.
@Suite("Settings that make scoring impossible")
struct ImpossibleSettingsTests {
    static func run(_ settings: Settings, judges: (([Judge]) -> [Judge])? = nil) throws -> (RunResult, [Problem], YearSetup) {
        let world = try MiniWorld()
        defer { world.cleanUp() }
        var setup = MiniWorld.setup(2024, settings: settings)
        if let judges { setup.judges = judges(setup.judges) }
        let path = try world.write(setup)
        let result = try world.run()
        return (result, result.problems.filter { $0.location.file == path && $0.location.sheet == "認定基準" }, setup)
    }

    @Test("all three category weights 0: an error naming the three cells; the defaults are used and people are certified")
    func allWeightsZero() throws {
        var settings = Settings()
        settings.categoryWeights = [.executive: 0, .general: 0, .expert: 0]
        let (result, problems, _) = try Self.run(settings)
        let error = try #require(problems.first { $0.severity == .error && $0.message.contains("区分の重みがすべて0です") }, "\(problems)")
        let cells = SettingDefinition.all.enumerated().filter { $0.element.label.hasPrefix("区分の重み") }.map { "B\($0.offset + 5)" }
        #expect(error.location.cell?.a1 == cells.first)
        for cell in cells { #expect(error.message.contains("セル \(cell)"), "\(error.message) \(cells)") }
        #expect(error.action.contains("既定値"))
        let input = try #require(result.years.first)
        #expect(input.settings.categoryWeights == Settings().categoryWeights)
        #expect(result.scores[FiscalYear(2024)]?.project("P01")?.score.map { abs($0 - 80) < 1e-9 } == true)
        #expect(result.certification.decisions[FiscalYear(2024)]?.filter { $0.granted == .advisor }.count == 6)
    }

    @Test("weight only on a category without judges: an error, defaults used")
    func weightOnlyWhereNoJudges() throws {
        var settings = Settings()
        settings.categoryWeights = [.executive: 1, .general: 0, .expert: 0]
        let (result, problems, _) = try Self.run(settings) { $0.filter { $0.category != .executive } }
        #expect(problems.contains { $0.severity == .error && $0.message.contains("審査員が1人もいません") }, "\(problems)")
        #expect(result.certification.decisions[FiscalYear(2024)]?.filter { $0.granted == .advisor }.count == 6)
    }

    @Test("a category left out on purpose (its weight alone 0) is no problem")
    func oneWeightZero() throws {
        var settings = Settings()
        settings.categoryWeights = [.executive: 1, .general: 0, .expert: 1]
        let (result, problems, _) = try Self.run(settings)
        #expect(problems.filter { $0.severity >= .warning }.isEmpty, "\(problems)")
        #expect(result.years.first?.settings.categoryWeights == [.executive: 1, .general: 0, .expert: 1])
    }

    @Test("a minimum of evaluators no project reaches: a warning at the setting's cell, the rule kept")
    func tooManyEvaluatorsRequired() throws {
        var settings = Settings()
        settings.minimumEvaluators = 3
        let (result, problems, _) = try Self.run(settings)
        let row = try #require(SettingDefinition.all.firstIndex { $0.label == "メンバー評価：必要な最少評価者数" })
        #expect(
            problems.contains { $0.severity == .warning && $0.location.cell?.a1 == "B\(row + 5)" && $0.message.contains("2人以下") },
            "\(problems)")
        #expect(result.years.first?.settings.minimumEvaluators == 3)
        #expect(result.scores[FiscalYear(2024)]?.leaderEvaluations.values.allSatisfy { !$0.sufficient } == true)
    }
}
