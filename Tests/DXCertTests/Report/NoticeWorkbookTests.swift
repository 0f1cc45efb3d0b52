import DXCertRules
import Foundation
import OOXMLReader
import TestSupport
import Testing

@testable import DXCertPipeline
@testable import DXCertReports

@Suite("個人通知: one printed page per participant, their figures, no judge's name")
struct NoticeWorkbookTests {
    static let scenario = "basic_three_years"
    static let name = "個人通知_令和7年度.xlsx"

    /// The 0-based rows where a manual page break starts a page, from the sheet's XML.
    static func pageStarts(_ url: URL) throws -> [Int] {
        let xml = try ProcessRunner.runChecked(
            "python3", ["-c", "import sys, zipfile; print(zipfile.ZipFile(sys.argv[1]).read('xl/worksheets/sheet1.xml').decode())", url.path])
        return xml.components(separatedBy: "<brk id=\"").dropFirst().compactMap { Int($0.prefix { $0.isNumber }) }
    }

    @Test("one page per participant of the year, in department then staff-ID order; each page holds the person's figures")
    func pagePerParticipant() throws {
        let (result, output, _) = try ReportFixture.written(Self.scenario)
        defer { try? FileManager.default.removeItem(at: output.deletingLastPathComponent()) }
        let url = output.appendingPathComponent(Self.name)
        let read = try ReadWorkbook(url)
        #expect(read.sheetNames == ["個人通知"])
        let year = try #require(result.reportYear)
        let decisions = NoticeWorkbook.order(result.certification.decisions[year] ?? [])
        #expect(!decisions.isEmpty)
        let starts = try Self.pageStarts(url)
        #expect(starts.count == decisions.count - 1)
        #expect(starts == starts.sorted())

        // Each page's text, from its first row to the next page's.
        let cells = read.cells["個人通知"] ?? [:]
        var rows: [Int: [String]] = [:]
        for (a1, value) in cells {
            let digits = Int(a1.drop { !$0.isNumber }) ?? 0
            rows[digits - 1, default: []].append(value.text)
        }
        let bounds = [0] + starts + [Int.max]
        for (i, d) in decisions.enumerated() {
            let page = rows.filter { $0.key >= bounds[i] && $0.key < bounds[i + 1] }.values.flatMap { $0 }.joined(separator: "\n")
            #expect(page.contains(d.name), "page \(i + 1)")
            #expect(page.contains(d.staffID.value), "page \(i + 1): \(d.name)")
            for p in d.participations {
                #expect(page.contains("\(p.projectID) \(p.team)"), "\(d.name): \(p.projectID)")
                if let score = result.scores[year]?.project(p.projectID)?.score {
                    #expect(page.contains(NumberFormatting.oneDecimal(score) + "点"), "\(d.name): 報告会評価")
                }
            }
            let next = NextTier.after(d, settings: result.reportInput!.settings)
            if next.tier == nil {
                #expect(page.contains(next.summary), "\(d.name): 次の区分まで")
            }
            for c in next.conditions where !c.met {
                #expect(page.contains(c.needed), "\(d.name): 次の区分まで")
            }
            if d.participations.contains(where: { $0.role == .leader }) {
                #expect(page.contains("メンバー評価（リーダーとして"), "\(d.name)")
            }
        }
    }

    @Test("a category over several criteria: its two lines down column A in a framed box, no merge across rows")
    func categoryBox() throws {
        let (_, output, _) = try ReportFixture.written(Self.scenario)
        defer { try? FileManager.default.removeItem(at: output.deletingLastPathComponent()) }
        let url = output.appendingPathComponent(Self.name)
        let read = try ReadWorkbook(url)
        // The fixture's categories have three criteria each: name and judges, the score below.
        let first = try #require(read.rowIndex("個人通知", firstCell: "幹部職員（3人）"))
        #expect(read.text("個人通知", "A\(first + 1)").hasPrefix("区分の点 "))
        #expect(read.text("個人通知", "A\(first + 2)") == "")
        #expect(!read.text("個人通知", "B\(first + 2)").isEmpty, "the third criterion")
        // The sheet streams its rows: merges stay within one row.
        let xml = try ProcessRunner.runChecked(
            "python3", ["-c", "import sys, zipfile; print(zipfile.ZipFile(sys.argv[1]).read('xl/worksheets/sheet1.xml').decode())", url.path])
        let merges = xml.components(separatedBy: "<mergeCell ref=\"").dropFirst().map { String($0.prefix { $0 != "\"" }) }
        #expect(!merges.isEmpty)
        for merge in merges {
            let rows = merge.split(separator: ":").map { $0.drop { !$0.isNumber } }
            #expect(rows.count == 2 && rows[0] == rows[1], "\(merge)")
        }
        // The box: filled and framed on its outer sides, open between its rows.
        guard OpenPyXL.available else { return }
        let borders = try ProcessRunner.runChecked(
            "python3",
            [
                "-c",
                "import sys, openpyxl; ws = openpyxl.load_workbook(sys.argv[1])['個人通知']; r = int(sys.argv[2])\n"
                    + "for i in range(3):\n c = ws.cell(r + i, 1); b = c.border\n"
                    + " print(c.fill.fgColor.rgb, bool(b.top.style), bool(b.bottom.style), bool(b.left.style), bool(b.right.style))",
                url.path, String(first),
            ])
        #expect(
            borders.split(separator: "\n") == [
                "FFDDEBF7 True False True True", "FFDDEBF7 False False True True", "FFDDEBF7 False True True True",
            ])
    }

    @Test("no judge's name appears anywhere in the notices (judges who are also participants aside)")
    func noJudgeNames() throws {
        let (result, output, _) = try ReportFixture.written(Self.scenario)
        defer { try? FileManager.default.removeItem(at: output.deletingLastPathComponent()) }
        let read = try ReadWorkbook(output.appendingPathComponent(Self.name))
        let text = (read.cells["個人通知"] ?? [:]).values.map(\.text).joined(separator: "\n")
        let participants = Set(result.years.flatMap(\.setup.participants).map(\.name))
        let judges = Set(result.years.flatMap(\.setup.judges).map(\.name)).subtracting(participants).filter { !$0.isEmpty }
        #expect(!judges.isEmpty)
        for judge in judges.sorted() { #expect(!text.contains(judge), "\(judge) is printed") }
        #expect(text.contains("審査員のコメント"))
    }

    @Test("past 1024 participants the notices go on to a second sheet (1023 page breaks per sheet at most)")
    func moreThanOneSheet() throws {
        var y = Scenario(year: 2025)
        y.project("P1", leader: "L1", members: (1...1029).map { String(format: "M%04d", $0) }, report: [65])
        let input = y.input()
        let scores = Scorer.score(input)
        let certification = Certifier.certify(years: [(input, scores)], known: [], diagnostics: Diagnostics())
        let result = RunResult(
            files: [], years: [input], scores: [input.year: scores], certification: certification, reportYear: input.year, problems: [],
            hasInputProblems: false)
        let folder = FixturePaths.tempDirectory("notices")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let url = folder.appendingPathComponent("notices.xlsx")
        try NoticeWorkbook.build(result, path: url.path).close()
        #expect(try ReadWorkbook(url).sheetNames == ["個人通知1", "個人通知2"])
        let xml = try ProcessRunner.runChecked(
            "python3",
            [
                "-c",
                "import sys, zipfile; z = zipfile.ZipFile(sys.argv[1]); print(*(z.read(f'xl/worksheets/sheet{i}.xml').decode().count('<brk ') for i in (1, 2)))",
                url.path,
            ])
        #expect(xml.trimmingCharacters(in: .whitespacesAndNewlines) == "1023 5")  // 1024 + 6 = 1030 people
    }

    @Test("the deciding bar is the check of that very project: P1 is not P10")
    func barOfTheProject() throws {
        var y = Scenario(year: 2025)
        y.project("P1", leader: "L1", members: ["A"], report: [55])
        y.project("P10", leader: "L2", members: ["A"], report: [65])
        let (r, _) = Scenario.run([y])
        let d = try #require(r.decision("A", 2025))
        let p1 = try #require(d.participations.first { $0.projectID == "P1" })
        let p10 = try #require(d.participations.first { $0.projectID == "P10" })
        #expect(NoticeBlock.bar("報告会評価", p1, d) == nil)  // the Advisor grant rests on P10
        #expect(NoticeBlock.bar("報告会評価", p10, d)?.hasPrefix("DXアドバイザー：報告会評価（P10）：65") == true)
    }
}
