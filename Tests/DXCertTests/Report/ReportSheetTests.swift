import Foundation
import Testing

@testable import DXCertForms
@testable import DXCertIngest
@testable import DXCertMessages
@testable import DXCertPipeline
@testable import DXCertReports
@testable import DXCertRules

/// The tables behind single sheets, built from small scenarios and the `mistakes` fixture.
@Suite("Report sheets: tables, threshold sensitivity, text widths")
struct ReportSheetTests {
    /// A run over scenario years, as the batch would hand it to the report writer.
    static func run(_ years: [Scenario], known: [Certifier.KnownGrant] = []) -> RunResult {
        let diagnostics = Diagnostics()
        let pairs = years.sorted { $0.year < $1.year }.map { s -> (YearInput, YearScores) in
            let input = s.input()
            return (input, Scorer.score(input))
        }
        let certification = Certifier.certify(years: pairs, known: known, diagnostics: diagnostics)
        return RunResult(
            files: [], years: pairs.map(\.0), scores: Dictionary(uniqueKeysWithValues: pairs.map { ($0.0.year, $0.1) }),
            certification: certification, reportYear: pairs.last?.0.year, problems: diagnostics.problems,
            hasInputProblems: diagnostics.hasInputProblems)
    }

    /// R5: L0 leads A and B (80) → A, B, L0 Advisors. R6: A leads Q1 (report 72, members 66 and 66);
    /// B leads Q2 (report 58, members 90 and 90); C, D in Q1, E in Q2.
    static func twoYears() -> RunResult {
        var r5 = Scenario(year: 2023)
        r5.project("P1", leader: "L0", members: ["A", "B"], report: [80])
        var r6 = Scenario(year: 2024)
        r6.project("Q1", leader: "A", members: ["C", "D"], report: [72], leaderScores: [66, 66])
        r6.project("Q2", leader: "B", members: ["E"], report: [58], leaderScores: [90, 90])
        return run([r5, r6])
    }

    // MARK: しきい値感度

    @Test("sensitivity: counts per bar and tier; holders excluded; the member-evaluation bar moves with the report bar")
    func sensitivity() {
        let result = Self.twoYears()
        let rows = Sensitivity.table(year: FiscalYear(2024), years: result.years, scores: result.scores, ledger: result.certification.ledger)
        #expect(rows.map(\.bar) == [50, 55, 60, 65, 70, 75, 80, 85, 90])
        // Advisor: A and B already hold it; C and D (72) up to 70; E (58) up to 55.
        #expect(rows.map { $0.counts[.advisor]! } == [3, 3, 2, 2, 2, 0, 0, 0, 0])
        // Expert: A (72 / 66) up to 65 — at 70 the report passes but the member bar does not;
        // B (58 / 90) up to 55.
        #expect(rows.map { $0.counts[.expert]! } == [2, 2, 1, 1, 0, 0, 0, 0, 0])
        // Specialist needs Expert before the year: nobody.
        #expect(rows.map { $0.counts[.specialist]! } == [0, 0, 0, 0, 0, 0, 0, 0, 0])
        // At the bars in force the counts are the year's real certifications.
        let decisions = result.certification.decisions[FiscalYear(2024)]!
        #expect(decisions.filter { $0.granted == .advisor }.count == rows[2].counts[.advisor])
        #expect(decisions.filter { $0.granted == .expert }.count == rows[4].counts[.expert])
    }

    @Test("sensitivity: a report bar between the steps gets its own row")
    func sensitivityOddBar() {
        var s = Settings()
        s.advisorMeetingBar = 62
        #expect(Sensitivity.bars(s) == [50, 55, 60, 62, 65, 70, 75, 80, 85, 90])
        #expect(Sensitivity.bars(Settings()) == [50, 55, 60, 65, 70, 75, 80, 85, 90])
    }

    // MARK: 認定判定

    @Test("認定判定: each tier met / not met / held, and the three verdicts")
    func decisionTable() throws {
        var result = Self.twoYears()
        let context = try #require(ReportContext(result))
        let table = DecisionSheet.table(context)
        let ids = table.rows.map { $0[0] }
        #expect(ids == ["A", "B", "C", "D", "E"].map { .text($0) })
        let marks = { (id: String) in
            let row = table.rows[ids.firstIndex(of: .text(id))!]
            return [row[8], row[9], row[10], row[11], row[12]]
        }
        // A: Advisor held; Expert not met (members 66 < 70).
        #expect(marks("A") == [.text("認定済"), .text("未達"), .text("未達"), .text("変更なし"), .blank])
        #expect(marks("C") == [.text("達成"), .text("未達"), .text("未達"), .text("新規認定"), .text("アドバイザー")])
        #expect(marks("E") == [.text("未達"), .text("未達"), .text("未達"), .text("変更なし"), .blank])

        // A grant kept from an earlier run although not met now.
        var decisions = result.certification.decisions[FiscalYear(2024)]!
        let a = decisions.firstIndex { $0.staffID.value == "A" }!
        decisions[a].granted = .expert
        decisions[a].grantSource = .previousLedger
        result.certification.decisions[FiscalYear(2024)] = decisions
        let kept = DecisionSheet.table(try #require(ReportContext(result)))
        #expect(kept.rows[0][11] == .text("維持（前回認定）"))
        #expect(kept.rows[0][12] == .text("エキスパート"))
    }

    // MARK: 所属別

    @Test("所属別: a department with participants but no holder is marked DX人材なし; totals add up")
    func departments() throws {
        let context = try #require(ReportContext(Self.twoYears()))
        let lines = DepartmentSheet.lines(context)
        let e = try #require(lines.first { $0.department == "課E" })
        #expect(e.participants == 1 && e.total == 0)
        let table = DepartmentSheet.table(lines)
        let row = table.rows[lines.firstIndex(of: e)!]
        #expect(row.last == .text("DX人材なし"))
        // L0 (R5 leader, not in R6) still counts as a holder in his department.
        #expect(lines.first { $0.department == "課L0" }?.holders == [.advisor: 1])
        #expect(table.totals?[7] == .count(lines.map(\.total).reduce(0, +)))
        #expect(lines.map(\.total).reduce(0, +) == context.holders.count)
    }

    // MARK: 審査員 and 入力チェック on the mistakes fixture

    @Test("入力チェック lists every problem in Diagnostics order with severity, file, sheet, cell, message and action")
    func problemsSheet() throws {
        let result = try ReportFixture.result("mistakes")
        let table = ProblemsSheet.table(result.problems)
        #expect(table.rows.count == result.problems.count)
        #expect(result.problems.count > 20)
        for (row, p) in zip(table.rows, result.problems) {
            #expect(row[1] == .text(p.severity.label))
            #expect(row[2] == .nonEmpty(p.location.file))
            #expect(row[3] == .nonEmpty(p.location.sheet ?? ""))
            #expect(row[4] == .nonEmpty(p.location.cell?.a1 ?? ""))
            #expect(row[5] == .nonEmpty(p.message))
            #expect(row[6] == .nonEmpty(p.action))
        }
        let d9 = try #require(table.rows.first { $0[4] == .text("D9") })
        #expect(d9[1] == .text("エラー"))
        #expect(d9[2] == .text("報告会/J02_岩崎.xlsx"))
        #expect(ProblemsSheet.summary(result.problems) == "エラー 8件・警告 15件・情報 6件")  // +1: J04 left P04 wholly blank (未採点)
    }

    @Test("審査員: the judge who never sent a sheet is 未提出; a staff judge's own team is listed")
    func judgesSheet() throws {
        let context = try #require(ReportContext(try ReportFixture.result("mistakes")))
        let table = JudgeSheet.table(context)
        let j11 = try #require(table.rows.first { $0[1] == .text("J11") })
        #expect(j11[4] == .text("未提出"))
        #expect(j11[5] == .count(0))
        #expect(j11[12] == .text("シート未提出"))
        let j05 = try #require(table.rows.first { $0[1] == .text("J05") })
        #expect(j05[7] == .text("P03"))
        #expect(j05[4] == .text("提出済"))
    }

    @Test("入力ファイル: excluded, skipped and warned files with their reasons")
    func inputFilesSheet() throws {
        let result = try ReportFixture.result("mistakes")
        let table = InputFilesSheet.table(result.files)
        #expect(table.rows.count == result.files.count)
        let byPath = Dictionary(uniqueKeysWithValues: table.rows.map { ($0[1], $0) })
        #expect(byPath[.text("notes.txt")]?[6] == .text("除外"))
        #expect(byPath[.text("報告会/~$J01_本田.xlsx")]?[6] == .text("除外"))
        #expect(byPath[.text("報告会/J02_岩崎.xlsx")]?[6] == .text("警告あり"))
        #expect(InputFilesSheet.summary(result.files) == "36件：取込済 13・警告あり 8・除外 15")
    }

    // MARK: Many projects

    @Test("more than 30 projects: the summary charts the distribution of scores, the project sheet has no per-project chart")
    func manyProjects() throws {
        var year = Scenario(year: 2024)
        for p in 0..<31 {
            year.project(String(format: "P%02d", p), leader: "L\(p)", members: ["M\(p)"], report: [45 + Double(p) * 1.5])
        }
        let result = Self.run([year])
        #expect(SummarySheet.bands((0..<31).map { 45 + Double($0) * 1.5 }).map(\.count) == [4, 6, 7, 7, 6, 1])
        let output = FixturePaths.tempDirectory("report-many").appendingPathComponent("output")
        defer { try? FileManager.default.removeItem(at: output.deletingLastPathComponent()) }
        _ = try ReportWriter.write(result, to: output)
        let url = output.appendingPathComponent("認定結果_令和6年度.xlsx")
        let read = try ReadWorkbook(url)
        let bands = read.table("サマリー", header: "点数帯")
        #expect(bands.map { $0["点数帯"]! } == ["50点未満", "50〜59点", "60〜69点", "70〜79点", "80〜89点", "90点以上"])
        #expect(bands.map { $0["プロジェクト数"]! } == ["4", "6", "7", "7", "6", "1"])
        if OpenPyXL.available {
            let layout = try OpenPyXL.dump(url)["layout"] as! [String: [String: Any]]
            #expect(layout["サマリー"]!["charts"] as? Int == 2)
            #expect(layout["プロジェクト評価"]!["charts"] as? Int == 0)
        }
    }

    // MARK: 年度推移

    @Test("年度推移 with a single year: the title names the one year, one row, the chart still drawn")
    func trendSingleYear() throws {
        var year = Scenario(year: 2024)
        year.project("P1", leader: "L0", members: ["A", "B"], report: [80])
        var result = Self.run([year])
        result.trend = YearTrend.rows(years: result.years, scores: result.scores, certification: result.certification, through: result.reportYear)
        let output = FixturePaths.tempDirectory("report-trend").appendingPathComponent("output")
        defer { try? FileManager.default.removeItem(at: output.deletingLastPathComponent()) }
        _ = try ReportWriter.write(result, to: output)
        let url = output.appendingPathComponent("認定結果_令和6年度.xlsx")
        let read = try ReadWorkbook(url)
        #expect(read.sheetNames.prefix(2) == ["サマリー", "年度推移"])
        #expect(read.text("年度推移", "A1") == "年度推移（令和6年度）")
        let header = try #require(read.rowIndex("年度推移", firstCell: "年度"))
        let row = read.row("年度推移", header + 1)
        typealias Column = YearTrendSheet.Column
        #expect(row[Column.year] == "令和6年度")
        #expect(row[Column.holders(.advisor)] == "3" && row[Column.target(.advisor)] == "60")
        #expect(read.text("年度推移", "A\(header + 2)") == "")
        if OpenPyXL.available {
            let layout = try OpenPyXL.dump(url)["layout"] as! [String: [String: Any]]
            #expect(layout["年度推移"]!["charts"] as? Int == 1)
        }
    }

    // MARK: Widths

    @Test("text width: Japanese characters count about double, the widest line counts, lines wrap by width")
    func textWidth() {
        #expect(TextWidth.units("P01 abc") == 7)
        #expect(abs(TextWidth.units("認定判定") - 4 * TextWidth.wide) < 1e-9)
        #expect(abs(TextWidth.units("ab\n認定") - 2 * TextWidth.wide) < 1e-9)
        #expect(TextWidth.units("ｱｲｳ") == 3, "half-width katakana is narrow")
        #expect(TextWidth.lineCount("", width: 10) == 1)
        #expect(TextWidth.lineCount("a\nb\nc", width: 10) == 3)
        #expect(TextWidth.lineCount(String(repeating: "あ", count: 20), width: 20) == 2)
        // The one-pass count agrees with splitting into lines (Characters: CR LF stays in its line).
        func bySplitting(_ text: String, _ width: Double) -> Int {
            text.split(separator: "\n", omittingEmptySubsequences: false).reduce(0) { sum, line in
                sum + max(1, Int((TextWidth.lineUnits(line) / max(1, width - 1.5) - 1e-9).rounded(.up)))
            }
        }
        let texts = [
            "", "\n", "a\n", "\n\n認定", "a\r\nb", "\r\n", "行1\r\n\n行3\r", String(repeating: "報告会評価ab", count: 9) + "\n→ 未達",
            "e\u{301}\nx", "・コメント（3件）\n・もう一つ\n",
        ]
        for text in texts {
            for width in [1.0, 2.5, 10, 24, 66] {
                #expect(TextWidth.lineCount(text, width: width) == bySplitting(text, width), "\(text.debugDescription) at \(width)")
            }
        }
    }

    @Test("column widths come from the longest text, within the column's bounds; headings always fit")
    func columnWidths() {
        let table = ReportTable(
            columns: [
                ReportColumn("氏名", min: 6, max: 30), ReportColumn("理由", min: 10, max: 20),
                ReportColumn("しきい値（点）", .number("General"), min: 4, max: 8),
            ],
            rows: [[.text("山田 太郎"), .text(String(repeating: "長", count: 50)), .number(60)]])
        let widths = SheetWriter.widths(for: table)
        #expect(abs(widths[0] - (TextWidth.units("山田 太郎") + 2)) < 1e-9)
        #expect(widths[1] == 20, "long text wraps at the maximum")
        #expect(abs(widths[2] - (TextWidth.units("しきい値（点）") + 2)) < 1e-9, "the heading wins over the maximum")
    }
}
