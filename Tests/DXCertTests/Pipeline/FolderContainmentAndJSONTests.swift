import Foundation
import Testing

@testable import DXCertForms
@testable import DXCertIngest
@testable import DXCertMessages
@testable import DXCertPipeline
@testable import DXCertReports
@testable import DXCertRules

/// One check for "inside the input folder", for reports and distributed sheets alike.
@Suite("Folder containment")
struct FolderContainmentTests {
    @Test("a folder not yet made under a symlinked input/ is inside it; a sibling is not")
    func symlinkedInput() throws {
        let base = FixturePaths.tempDirectory("containment-link")
        defer { try? FileManager.default.removeItem(at: base) }
        let real = base.appendingPathComponent("real")
        try FileManager.default.createDirectory(at: real, withIntermediateDirectories: true)
        let link = base.appendingPathComponent("input")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: real)
        let target = real.appendingPathComponent("new/配布用")
        #expect(FolderContainment.isInside(target, link))
        #expect(FolderContainment.isInside(link.appendingPathComponent("x"), real))
        #expect(!FolderContainment.isInside(base.appendingPathComponent("output"), link))
        #expect(!SheetGenerator.refusals([], root: target, forbiddenFolders: [link]).isEmpty)
        #expect(SheetGenerator.refusals([], root: base.appendingPathComponent("output"), forbiddenFolders: [link]).isEmpty)
    }
}

/// The `--json` document (docs/json.md).
@Suite("JSON export: numbers, version, sensitivity")
struct JSONExportTests {
    @Test("schemaVersion, numeric figures and bars with their texts, and the sensitivity table the sheet shows")
    func shape() throws {
        let result = try ReportFixture.result("basic_three_years")
        let json = try #require(try JSONSerialization.jsonObject(with: JSONExport.encode(result)) as? [String: Any])
        #expect(json["schemaVersion"] as? Int == JSONExport.schemaVersion)
        let decisions = try #require(json["decisions"] as? [[String: Any]])
        let checks = decisions.flatMap { ($0["outcomes"] as? [[String: Any]] ?? []).flatMap { $0["checks"] as? [[String: Any]] ?? [] } }
        let scored = try #require(checks.first { ($0["label"] as? String)?.hasPrefix("報告会評価") == true && !($0["figure"] is NSNull) })
        #expect(scored["figure"] is Double || scored["figure"] is Int)
        #expect((scored["barText"] as? String)?.hasSuffix("点以上") == true)
        let role = try #require(checks.first { $0["label"] as? String == "プロジェクトへの参加" })
        #expect(role["figure"] is NSNull && role["bar"] is NSNull)
        let sensitivity = try #require(json["sensitivity"] as? [[String: Any]])
        #expect(sensitivity.count == result.sensitivity.count && !sensitivity.isEmpty)
        let year = try #require(result.reportInput)
        #expect(result.sensitivity.map(\.bar) == Sensitivity.bars(year.settings))
        #expect(
            result.sensitivity
                == Sensitivity.table(
                    year: year.year, years: result.years, scores: result.scores,
                    ledger: result.certification.ledger, bars: Sensitivity.bars(year.settings)))
    }

    @Test("nextTier: every decision carries 次の区分まで as NextTier words it; null tier for a Specialist")
    func nextTier() throws {
        let result = try ReportFixture.result("basic_three_years")
        let json = try #require(try JSONSerialization.jsonObject(with: JSONExport.encode(result)) as? [String: Any])
        let decisions = try #require(json["decisions"] as? [[String: Any]])
        let settings = Dictionary(uniqueKeysWithValues: result.years.map { ($0.year.year, $0.settings) })
        let expected = result.years.flatMap { result.certification.decisions[$0.year] ?? [] }
        #expect(decisions.count == expected.count && !expected.isEmpty)
        for (object, decision) in zip(decisions, expected) {
            let next = NextTier.after(decision, settings: settings[decision.year.year]!)
            let dto = try #require(object["nextTier"] as? [String: Any])
            #expect(dto["summary"] as? String == next.summary)
            #expect(next.tier == nil ? dto["tier"] is NSNull : dto["tier"] as? String == next.tier?.label)
            let conditions = try #require(dto["conditions"] as? [[String: Any]])
            #expect(conditions.map { $0["needed"] as? String } == next.conditions.map(\.needed))
            #expect(conditions.map { $0["met"] as? Bool } == next.conditions.map(\.met))
        }
        #expect(decisions.contains { ($0["nextTier"] as? [String: Any])?["tier"] is NSNull }, "the scenario has a Specialist")
    }

    @Test("trend: one object per year R5–R7 with the 年度推移 figures, tier counts keyed by tier name")
    func trend() throws {
        let result = try ReportFixture.result("basic_three_years")
        let json = try #require(try JSONSerialization.jsonObject(with: JSONExport.encode(result)) as? [String: Any])
        let trend = try #require(json["trend"] as? [[String: Any]])
        #expect(trend.map { $0["year"] as? Int } == [2023, 2024, 2025])
        #expect(trend.map { $0["yearLabel"] as? String } == ["令和5年度", "令和6年度", "令和7年度"])
        let last = try #require(trend.last)
        // The R7 figures of the サマリー (ReportWorkbookTests.summary).
        #expect(last["participants"] as? Int == 15)
        #expect(last["projects"] as? Int == 4)
        #expect(last["judgesReceived"] as? Int == 7 && last["judgesPlanned"] as? Int == 7)
        #expect(last["newCertifications"] as? [String: Int] == ["DXアドバイザー": 6, "DXエキスパート": 1, "DXスペシャリスト": 1])
        #expect(last["holders"] as? [String: Int] == ["DXアドバイザー": 32, "DXエキスパート": 3, "DXスペシャリスト": 1])
        #expect(last["targets"] as? [String: Int] == ["DXアドバイザー": 60, "DXエキスパート": 30, "DXスペシャリスト": 10])
        for key in ["departmentsWithHolder", "departments", "movedHolders"] { #expect(last[key] is Int, "\(key)") }
        #expect(trend.count == result.trend.count)
        #expect(last["departments"] as? Int == result.trend.last?.departments)
    }
}

/// `--json` is streamed element by element; its bytes must be those of `JSONEncoder` encoding
/// the whole document (what the format was defined by), for full and for empty runs.
@Suite("JSON export: streaming writes JSONEncoder's bytes")
struct JSONStreamingTests {
    @Test("the streamed document equals the whole document encoded at once", arguments: ["basic_three_years", "mistakes", "settings_variants"])
    func sameBytes(scenario: String) throws {
        let result = try ReportFixture.result(scenario)
        let whole = try JSONExport.encoder().encode(JSONExport.document(result))
        var pieces = 0
        var streamed = Data()
        try JSONExport.write(result) {
            pieces += 1
            streamed.append($0)
        }
        #expect(streamed == whole, "\(String(decoding: streamed.prefix(400), as: UTF8.self))")
        #expect(try JSONSerialization.jsonObject(with: streamed) is [String: Any])
    }

    @Test("an empty run (no year, no decisions, no problems) too")
    func empty() throws {
        let result = RunResult(
            files: [], years: [], scores: [:], certification: CertificationResult(decisions: [:], ledger: [], events: []),
            reportYear: nil, problems: [], hasInputProblems: false)
        #expect(try JSONExport.encode(result) == JSONExport.encoder().encode(JSONExport.document(result)))
    }
}
