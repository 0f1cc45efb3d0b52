import Foundation
import Testing

@testable import DXCertForms
@testable import DXCertIngest
@testable import DXCertMessages
@testable import DXCertPipeline
@testable import DXCertReports
@testable import DXCertRules

/// A small, complete input folder written with the product's own writers (年度設定, every
/// judge's and evaluator's sheet, filled in), for end-to-end tests that then change a few cells
/// with openpyxl (`XLSXEdit`) the way a clerk or a judge would.
///
/// Each year: P01 (leader `00101`, members `00102`, `00103`) and P02 (leader `00201`, members
/// `00202`, `00203`); judges J1 (幹部職員), J2 (一般職員), J3 (専門家). Every criterion is
/// scored 4 of 5 (80 points) for P01 and 5 for P02; every leader is rated 4 of 5 by each member.
struct MiniWorld {
    let folder: URL
    var input: URL { folder.appendingPathComponent("input") }
    var output: URL { folder.appendingPathComponent("output") }

    init() throws {
        folder = FixturePaths.tempDirectory("dxcert-mini")
        try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
    }

    func cleanUp() { try? FileManager.default.removeItem(at: folder) }

    static func setup(_ year: Int, settings: Settings = Settings()) -> YearSetup {
        var setup = YearSetup(year: FiscalYear(year), organisation: "テスト市", settings: settings)
        setup.projects = [Project(id: "P01", team: "窓口チーム", theme: "書かない窓口"), Project(id: "P02", team: "子育てチーム", theme: "電子申請")]
        for (project, base) in [("P01", 100), ("P02", 200)] {
            for k in 1...3 {
                let id = String(format: "%05d", base + k)
                setup.participants.append(
                    Participant(
                        staffID: StaffID(id), name: "職員 \(id)", department: "課\(base)", projectID: ProjectID(project),
                        role: k == 1 ? .leader : .member))
            }
        }
        setup.judges = [
            Judge(id: "J1", name: "幹部 一郎", category: .executive), Judge(id: "J2", name: "一般 二郎", category: .general),
            Judge(id: "J3", name: "専門 三郎", category: .expert),
        ]
        return setup
    }

    /// The answers described above; `blank` leaves (judge, project) rows empty.
    static func answers(_ setup: YearSetup, blank: Set<String> = []) -> SheetAnswers {
        var answers = SheetAnswers()
        for judge in setup.judges {
            var scores: [ProjectID: [CriterionID: AnswerValue]] = [:]
            for project in setup.projects where !blank.contains("\(judge.id)/\(project.id)") {
                let value: Double = project.id == "P01" ? 4 : 5
                scores[project.id] = Dictionary(uniqueKeysWithValues: setup.criteria(for: .meeting(judge.category)).map { ($0.id, .number(value)) })
            }
            answers.meeting[judge.id] = MeetingAnswers(scores: scores)
        }
        for project in setup.projects {
            for member in setup.members(of: project.id) {
                let scores = Dictionary(uniqueKeysWithValues: setup.criteria(for: .leader).map { ($0.id, AnswerValue.number(4)) })
                answers.leader[LeaderSheetKey(projectID: project.id, evaluatorID: member.staffID)] = LeaderAnswers(scores: scores)
            }
        }
        return answers
    }

    /// Writes the year's 年度設定 and filled sheets under `input/<年度>/`; returns the setup's path below `input/`.
    @discardableResult
    func write(_ setup: YearSetup, answers: SheetAnswers? = nil) throws -> String {
        let folder = input.appendingPathComponent(setup.year.label)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try YearSetupTemplate.write(setup, to: folder.appendingPathComponent("年度設定.xlsx"))
        try SheetGenerator.write(SheetGenerator.plan(setup, root: input), setup: setup, answers: answers ?? Self.answers(setup))
        return "\(setup.year.label)/年度設定.xlsx"
    }

    /// Paths below `input/` of every workbook, sorted.
    func files() -> [String] {
        let base = input.resolvingSymlinksInPath().path
        return ((FileManager.default.enumerator(atPath: base)?.allObjects as? [String]) ?? []).filter { $0.hasSuffix(".xlsx") }.sorted()
    }

    /// The one file below `input/` whose path contains every part.
    func file(_ parts: String...) throws -> String {
        let matches = files().filter { path in parts.allSatisfy { path.contains($0) } }
        try #require(matches.count == 1, "\(parts): \(matches)")
        return matches[0]
    }

    func url(_ path: String) -> URL { input.appendingPathComponent(path) }

    func run(usePreviousLedger: Bool = false) throws -> RunResult {
        try Batch.compute(RunOptions(input: input, output: output, usePreviousLedger: usePreviousLedger))
    }
}

/// Changes cells of a workbook with openpyxl (as Excel would save them). A value is a number,
/// a text, `nil` (cleared), or a formula text starting with `=`, which openpyxl writes without
/// a cached value. A cell is an A1 reference, or `label→N` for the cell N columns right of the
/// first cell whose text is `label` (e.g. `職員番号の桁数→1`).
enum XLSXEdit {
    enum Value: Encodable {
        case number(Double)
        case text(String)
        case clear

        func encode(to encoder: Encoder) throws {
            var c = encoder.singleValueContainer()
            switch self {
            case .number(let d): try c.encode(d)
            case .text(let s): try c.encode(s)
            case .clear: try c.encodeNil()
            }
        }
    }

    struct Edit: Encodable {
        var sheet: String
        var cell: String
        var value: Value
    }

    /// Applies the edits; returns the A1 references written, in order.
    @discardableResult
    static func apply(_ file: URL, _ edits: [Edit]) throws -> [String] {
        let json = String(decoding: try JSONEncoder().encode(edits), as: UTF8.self)
        let out = try TplProcess.python(
            """
            import sys, json, openpyxl
            path, edits = sys.argv[1], json.loads(sys.argv[2])
            wb = openpyxl.load_workbook(path)
            done = []
            for e in edits:
                ws = wb[e["sheet"]]
                ref = e["cell"]
                if "→" in ref:
                    label, offset = ref.split("→")
                    hit = next(c for row in ws.iter_rows() for c in row if isinstance(c.value, str) and c.value.strip() == label)
                    ref = ws.cell(row=hit.row, column=hit.column + int(offset)).coordinate
                ws[ref].value = e["value"]
                done.append(ref)
            wb.save(path)
            print(",".join(done))
            """, [file.path, json])
        return out.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: ",").map(String.init)
    }

    @discardableResult
    static func set(_ file: URL, sheet: String, _ cell: String, _ value: Value) throws -> String {
        try apply(file, [Edit(sheet: sheet, cell: cell, value: value)]).first ?? cell
    }
}
