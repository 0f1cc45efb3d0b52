import Foundation
import Testing

@testable import DXCertForms
@testable import DXCertIngest
@testable import DXCertMessages
@testable import DXCertPipeline
@testable import DXCertReports
@testable import DXCertRules

/// End-to-end: real input folders written by openpyxl (one sheet re-saved by LibreOffice), every
/// decision, project score, leader evaluation, file status and planted problem checked against
/// an independent oracle (scripts/fixtures/oracle.py, written from the scheme's rules, not from this code).
@Suite("End to end over scenario folders")
struct ScenarioTests {
    static let scenarios = ["basic_three_years", "mistakes", "settings_variants"]

    /// Each scenario is computed once and shared by the tests (they run in parallel).
    private static let cache = ResultCache()

    static func run(_ name: String) throws -> (RunResult, OracleExpectations) {
        try cache.get(name) { try compute(name) }
    }

    static func compute(_ name: String) throws -> (RunResult, OracleExpectations) {
        let base = FixturePaths.url("scenarios/\(name)")
        let expected = try OracleExpectations.load(scenario: name)
        let output = FixturePaths.tempDirectory("scenario-out")
        defer { try? FileManager.default.removeItem(at: output) }
        let result = try Batch.compute(RunOptions(input: base.appendingPathComponent("input"), output: output, usePreviousLedger: false))
        return (result, expected)
    }

    @Test("every participant's decision matches the oracle", arguments: scenarios)
    func decisions(_ name: String) throws {
        let (result, expected) = try Self.run(name)
        #expect(result.years.map(\.year.year) == expected.years)
        var count = 0
        for row in expected.decisions {
            let d = result.certification.decisions[FiscalYear(row.year)]?.first { $0.staffID.value == row.staffID }
            guard let d else {
                Issue.record("\(name): no decision for \(row.staffID) in \(row.year)")
                continue
            }
            #expect(
                d.granted?.label == row.granted, "\(name) \(row.year) \(row.staffID): granted \(d.granted?.label ?? "nil"), reasons: \(d.reasons)")
            #expect(d.previousTier?.label == row.previousTier, "\(name) \(row.year) \(row.staffID): previous")
            count += 1
        }
        let total = result.certification.decisions.values.map(\.count).reduce(0, +)
        #expect(total == expected.decisions.count, "\(name): \(total) decisions, oracle has \(expected.decisions.count)")
        #expect(count > 0)
    }

    @Test("project scores, ranks and leader evaluations match the oracle", arguments: scenarios)
    func scores(_ name: String) throws {
        let (result, expected) = try Self.run(name)
        for row in expected.projects {
            let p = result.scores[FiscalYear(row.year)]?.project(ProjectID(row.projectID))
            #expect(p != nil, "\(name): project \(row.projectID)")
            if let want = row.score {
                #expect(abs((p?.score ?? -999) - want) < 0.006, "\(name) \(row.year) \(row.projectID): \(p?.score ?? -1) vs \(want)")
            } else {
                #expect(p?.score == nil, "\(name) \(row.year) \(row.projectID) should be unscored")
            }
            #expect(p?.rank == row.rank, "\(name) \(row.year) \(row.projectID): rank")
        }
        for row in expected.leaderEvaluations {
            let le = result.scores[FiscalYear(row.year)]?.leaderEvaluations[ProjectID(row.projectID)]
            #expect(le?.evaluators.count == row.evaluators, "\(name) \(row.year) \(row.projectID): evaluators")
            #expect(le?.sufficient == row.sufficient, "\(name) \(row.year) \(row.projectID): sufficient")
            if let want = row.mean {
                #expect(abs((le?.mean ?? -999) - want) < 0.006, "\(name) \(row.year) \(row.projectID): mean")
            } else {
                #expect(le?.mean == nil)
            }
        }
    }

    @Test("every input file is accounted for with the right status", arguments: scenarios)
    func files(_ name: String) throws {
        let (result, expected) = try Self.run(name)
        let ours = Dictionary(uniqueKeysWithValues: result.files.map { ($0.path, $0) })
        #expect(Set(ours.keys) == Set(expected.files.map(\.path)), "\(name): file lists differ")
        for row in expected.files {
            #expect(
                ours[row.path]?.status.rawValue == row.status,
                "\(name) \(row.path): \(ours[row.path]?.status.rawValue ?? "missing") (\(ours[row.path]?.reason ?? ""))")
        }
    }

    @Test("every planted mistake is reported at its file, sheet and cell", arguments: scenarios)
    func problems(_ name: String) throws {
        let (result, expected) = try Self.run(name)
        for row in expected.problems {
            let found = result.problems.contains { p in
                p.severity.label == row.severity && p.location.file == row.file
                    && (row.sheet == nil || p.location.sheet == row.sheet) && (row.cell == nil || p.location.cell?.a1 == row.cell)
                    && (row.contains.isEmpty || p.message.contains(row.contains))
            }
            #expect(found, "\(name): missing \(row.severity) \(row.file) \(row.sheet ?? "-") \(row.cell ?? "-") 「\(row.contains)」")
        }
        // Every problem says where it is and what was done.
        for p in result.problems {
            #expect(!p.location.file.isEmpty && !p.message.isEmpty && !p.action.isEmpty, "\(p)")
        }
    }

    @Test("a rerun over the same folder gives the same decisions, scores and problems")
    func deterministic() throws {
        let (a, _) = try Self.compute("mistakes")
        let (b, _) = try Self.compute("mistakes")
        #expect(a.problems == b.problems)
        #expect(a.files == b.files)
        for (year, ds) in a.certification.decisions {
            #expect(ds == b.certification.decisions[year])
        }
    }
}

/// A lock-protected memo of scenario runs.
final class ResultCache: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [String: (RunResult, OracleExpectations)] = [:]

    func get(_ key: String, _ make: () throws -> (RunResult, OracleExpectations)) throws -> (RunResult, OracleExpectations) {
        lock.lock()
        defer { lock.unlock() }
        if let v = values[key] { return v }
        let v = try make()
        values[key] = v
        return v
    }
}
