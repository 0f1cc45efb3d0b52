import Foundation
import OOXMLReader
import Testing

@testable import DXCertForms
@testable import DXCertIngest
@testable import DXCertMessages
@testable import DXCertPipeline
@testable import DXCertReports
@testable import DXCertRules

/// The two manager workbooks written for the `basic_three_years` scenario (R5–R7, report year
/// R7), read back with the project's reader and with openpyxl: sheet order, headings, figures
/// checked against the independent oracle (`expected.json`), every cell against a committed
/// golden file, formatting, the ledger read back by the next run, byte-identical reruns.
@Suite("Report workbooks of a fixture run")
struct ReportWorkbookTests {
    static let scenario = "basic_three_years"
    static let resultName = "認定結果_令和7年度.xlsx"
    static let certificateName = "認定証_令和7年度.xlsx"
    static let noticeName = "個人通知_令和7年度.xlsx"
    /// Every file a run of the scenario writes.
    static let outputNames = [resultName, "認定台帳.xlsx", certificateName, noticeName]

    /// Set `DXCERT_UPDATE_GOLDEN=1` to rewrite the golden files from the current output
    /// (then review the diff before committing).
    static let updateGolden = ProcessInfo.processInfo.environment["DXCERT_UPDATE_GOLDEN"] == "1"

    static func golden(_ name: String) -> URL { FixturePaths.url("report/\(name)") }

    /// Writes the scenario's reports once per test into a fresh folder.
    static func write() throws -> (run: RunResult, output: URL, result: ReadWorkbook, ledger: ReadWorkbook, cleanUp: () -> Void) {
        let (run, output, paths) = try ReportFixture.written(scenario)
        #expect(paths == outputNames.map { output.appendingPathComponent($0).path })
        let result = try ReadWorkbook(output.appendingPathComponent(resultName))
        let ledger = try ReadWorkbook(output.appendingPathComponent("認定台帳.xlsx"))
        return (run, output, result, ledger, { try? FileManager.default.removeItem(at: output.deletingLastPathComponent()) })
    }

    // MARK: Sheets and headings

    static let resultSheets = ["サマリー", "年度推移", "認定判定", "プロジェクト評価", "審査員", "所属別", "しきい値感度", "入力ファイル", "入力チェック"]

    @Test("the result workbook has the nine sheets in order (年度推移 right after サマリー), the ledger its two, for both readers")
    func sheetOrder() throws {
        let w = try Self.write()
        defer { w.cleanUp() }
        #expect(w.result.sheetNames == Self.resultSheets)
        #expect(w.ledger.sheetNames == ["認定者一覧", "認定履歴"])
        if OpenPyXL.available {
            let dump = try OpenPyXL.dump(w.output.appendingPathComponent(Self.resultName))
            #expect(dump["sheets"] as? [String] == Self.resultSheets)
            let ledger = try OpenPyXL.dump(w.output.appendingPathComponent("認定台帳.xlsx"))
            #expect(ledger["sheets"] as? [String] == ["認定者一覧", "認定履歴"])
        }
    }

    @Test("every table has its heading row, in Japanese, where expected")
    func headings() throws {
        let w = try Self.write()
        defer { w.cleanUp() }
        let r = w.result
        #expect(
            r.row("認定判定", 5) == [
                "職員番号", "氏名", "所属", "プロジェクト", "役割", "報告会\n評価", "メンバー\n評価", "前年度まで\nの認定",
                "アドバイ\nザー", "エキス\nパート", "スペシャ\nリスト", "判定", "今回の認定", "判定の理由", "根拠ファイル（印刷対象外）",
            ])
        #expect(
            r.row("プロジェクト評価", 5) == [
                "順位", "プロジェクト\nID", "チーム名", "テーマ", "リーダー", "参加\n人数", "幹部職員", "一般職員", "専門家",
                "報告会\n評価", "審査\n員数", "ばらつき\n（最高−最低）", "メンバー\n評価", "評価者\n（提出／予定）", "注意",
            ])
        #expect(
            r.row("審査員", 6) == [
                "区分", "審査員ID", "氏名", "所属", "提出", "採点数", "採点\n予定数", "自チームの\nため対象外", "平均点\n（素点）",
                "甘辛（他の\n審査員との差）", "一致度\n（相関係数）", "標準化", "注意", "ファイル",
            ])
        #expect(
            r.row("所属別", 4) == [
                "所属", "今年度の\n参加者", "うちリーダー", "今年度の\n認定", "アドバイザー\n（認定者）", "エキスパート\n（認定者）",
                "スペシャリスト\n（認定者）", "認定者計", "状況",
            ])
        #expect(r.row("しきい値感度", 5) == ["区分", "現在の基準\n（報告会評価）", "現在の基準\n（メンバー評価）", "今年度の認定", "年度末の認定者", "目標人数"])
        #expect(r.row("しきい値感度", 10) == ["しきい値（点）", "アドバイザー\n（該当人数）", "エキスパート\n（該当人数）", "スペシャリスト\n（該当人数）"])
        #expect(r.row("入力ファイル", 4) == ["No", "ファイル（入力フォルダーから）", "種類", "判別方法", "年度", "対象者", "状態", "理由・警告"])
        #expect(r.row("入力チェック", 4) == ["No", "重大度", "ファイル", "シート", "セル", "内容", "対処（集計での扱い）", "年度", "詳細"])
        #expect(
            w.ledger.row("認定者一覧", 4) == [
                "職員番号", "氏名", "所属（最新）", "現在の区分", "アドバイザー\nの認定年度", "エキスパート\nの認定年度",
                "スペシャリスト\nの認定年度", "認定の根拠", "参加の履歴（年度・プロジェクト・役割）",
            ])
        // The events sheet carries the 既認定者名簿 labels so that the next run reads it back.
        #expect(w.ledger.row("認定履歴", 4) == ["認定年度", "職員番号", "氏名", "所属", "認定区分", "根拠", "備考"])
    }

    // MARK: Figures

    @Test("サマリー: year, participants, projects, judges, certifications and holders against targets")
    func summary() throws {
        let w = try Self.write()
        defer { w.cleanUp() }
        let r = w.result
        #expect(r.text("サマリー", "A1") == "DX人材認定　認定結果サマリー（令和7年度）")
        #expect(r.text("サマリー", "A2") == "さくら市　令和7年度（2025年4月〜2026年3月）")
        let facts = Dictionary(uniqueKeysWithValues: (6...12).map { (r.text("サマリー", "A\($0)"), $0) })
        #expect(r.text("サマリー", "B\(facts["年度"]!)") == "令和7年度")
        #expect(r.number("サマリー", "B\(facts["参加者（実人数）"]!)") == 15)
        #expect(r.number("サマリー", "B\(facts["プロジェクト"]!)") == 4)
        #expect(r.number("サマリー", "B\(facts["審査員の提出"]!)") == 7)
        #expect(r.text("サマリー", "C\(facts["審査員の提出"]!)") == "人（予定 7人・未提出 0人）")
        #expect(r.number("サマリー", "B\(facts["入力ファイル"]!)") == 72)

        // The four rows of the table (a note follows it).
        let tiers = Array(r.table("サマリー", header: "認定区分").prefix(4))
        #expect(tiers.map { $0["認定区分"] } == ["DXアドバイザー", "DXエキスパート", "DXスペシャリスト", "合計"])
        // New certifications of R7 (oracle: 6 / 1 / 1) and holders at their highest tier at
        // the end of R7 (oracle: 32 / 3 / 1 of 36 people), against the seed's targets.
        #expect(tiers.map { $0["今年度の認定"] } == ["6", "1", "1", "8"])
        #expect(tiers.map { $0["認定者数"] } == ["32", "3", "1", "36"])
        #expect(tiers.map { $0["目標人数"] } == ["60", "30", "10", "100"])
        #expect(tiers.map { $0["目標までの不足"] } == ["28", "27", "9", "64"])
        let rateRow = r.rowIndex("サマリー", firstCell: "DXアドバイザー")!
        #expect(abs(r.number("サマリー", "E\(rateRow)")! - 32.0 / 60) < 1e-12)

        let severities = r.table("サマリー", header: "重大度")
        #expect(severities.map { [$0["重大度"]!, $0["件数"]!] } == [["エラー", "0"], ["警告", "0"], ["情報", "0"]])
    }

    @Test("the oracle's counts agree with the summary (decisions of every year, holders at their highest tier)")
    func summaryAgreesWithOracle() throws {
        let oracle = try ReportFixture.oracle(Self.scenario)
        let order = ["DXアドバイザー": 1, "DXエキスパート": 2, "DXスペシャリスト": 3]
        var best: [String: Int] = [:]
        for d in oracle.decisions {
            for tier in [d.granted, d.previousTier].compactMap({ $0 }) { best[d.staffID] = max(best[d.staffID] ?? 0, order[tier]!) }
        }
        let holders = (1...3).map { t in best.values.filter { $0 == t }.count }
        let granted = ["DXアドバイザー", "DXエキスパート", "DXスペシャリスト"].map { t in
            oracle.decisions.filter { $0.year == 2025 && $0.granted == t }.count
        }
        let w = try Self.write()
        defer { w.cleanUp() }
        let tiers = w.result.table("サマリー", header: "認定区分").prefix(3)
        #expect(tiers.map { Int($0["認定者数"]!)! } == holders)
        #expect(tiers.map { Int($0["今年度の認定"]!)! } == granted)
    }

    @Test("認定判定: one row per R7 participant; decision and previous tier as the oracle says")
    func decisionsMatchOracle() throws {
        let oracle = try ReportFixture.oracle(Self.scenario)
        let w = try Self.write()
        defer { w.cleanUp() }
        let rows = w.result.table("認定判定", header: "職員番号")
        let expected = oracle.decisions.filter { $0.year == 2025 }
        #expect(rows.map { $0["職員番号"]! } == expected.map(\.staffID).sorted())
        let short = ["DXアドバイザー": "アドバイザー", "DXエキスパート": "エキスパート", "DXスペシャリスト": "スペシャリスト"]
        for e in expected {
            guard let row = rows.first(where: { $0["職員番号"] == e.staffID }) else { continue }
            #expect(row["今回の認定"] == (e.granted.map { short[$0]! } ?? ""), "\(e.staffID)")
            #expect(row["判定"] == (e.granted == nil ? "変更なし" : "新規認定"), "\(e.staffID)")
            #expect(row["前年度まで\nの認定"] == (e.previousTier.map { short[$0]! } ?? "なし"), "\(e.staffID)")
        }
    }

    @Test("認定判定: 10002 becomes Specialist with every criterion, figure and bar spelled out")
    func specialistRow() throws {
        let w = try Self.write()
        defer { w.cleanUp() }
        let row = w.result.table("認定判定", header: "職員番号").first { $0["職員番号"] == "10002" }!
        #expect(row["氏名"] == "坂本 由美")
        #expect(row["所属"] == "環境課")
        #expect(row["プロジェクト"] == "S01 AI活用チーム")
        #expect(row["役割"] == "リーダー")
        #expect(row["報告会\n評価"] == "86.18055555555556")
        #expect(row["アドバイ\nザー"] == "認定済")
        #expect(row["エキス\nパート"] == "認定済")
        #expect(row["スペシャ\nリスト"] == "達成")
        #expect(
            row["判定の理由"] == """
                前年度までの認定：DXエキスパート
                【DXスペシャリストに認定】根拠：R7 S01 AI活用チーム（リーダー）／R6 Q01 子育て支援DXチーム（リーダー）
                ・DXエキスパート認定（前年度まで）：令和6年度に認定 → 達成
                ・令和7年度のリーダー参加：S01 AI活用チーム（リーダー） → 達成
                ・報告会評価（R7 S01）：86.2点（基準 75点以上）→ 達成
                ・メンバー評価（R7 S01）：82.2点（評価者3人）（基準 75点以上）→ 達成
                ・令和6年度のリーダー参加：Q01 子育て支援DXチーム（リーダー） → 達成
                ・報告会評価（R6 Q01）：88.1点（基準 75点以上）→ 達成
                ・メンバー評価（R6 Q01）：86.7点（評価者4人）（基準 75点以上）→ 達成
                """)
        #expect(row["根拠ファイル（印刷対象外）"]!.contains("令和7年度/メンバー評価/リーダー評価_S01_30001.xlsx"))
        // 10001 led R5 and R7 but not R6: the gap is named.
        let gap = w.result.table("認定判定", header: "職員番号").first { $0["職員番号"] == "10001" }!
        #expect(gap["判定"] == "変更なし")
        #expect(gap["判定の理由"]!.contains("令和6年度のリーダー参加：なし"))
    }

    @Test("プロジェクト評価: rank order, scores and ranks as the oracle computes them")
    func projectsMatchOracle() throws {
        let oracle = try ReportFixture.oracle(Self.scenario)
        let w = try Self.write()
        defer { w.cleanUp() }
        let rows = w.result.table("プロジェクト評価", header: "順位")
        let expected = oracle.projects.filter { $0.year == 2025 }
        #expect(rows.map { $0["プロジェクト\nID"]! } == ["S02", "S01", "S04", "S03"])
        #expect(rows.count == expected.count)
        for e in expected {
            guard let row = rows.first(where: { $0["プロジェクト\nID"] == e.projectID }) else { continue }
            #expect(abs(Double(row["報告会\n評価"]!)! - e.score!) < 0.051, "\(e.projectID)")
            #expect(Int(row["順位"]!) == e.rank, "\(e.projectID)")
        }
        #expect(rows[0]["チーム名"] == "窓口DX第2期チーム")
        #expect(rows[0]["評価者\n（提出／予定）"] == "3／3")
        #expect(rows[0]["審査\n員数"] == "7")
    }

    @Test("審査員, 所属別, しきい値感度: the figures of R7")
    func judgesDepartmentsSensitivity() throws {
        let w = try Self.write()
        defer { w.cleanUp() }
        let judges = w.result.table("審査員", header: "区分")
        #expect(judges.map { $0["審査員ID"]! } == ["J01", "J02", "J03", "J04", "J05", "J06", "J07"])
        #expect(judges.allSatisfy { $0["提出"] == "提出済" && $0["採点数"] == "4" && $0["採点\n予定数"] == "4" })
        #expect(judges.map { $0["区分"]! } == ["幹部職員", "幹部職員", "幹部職員", "一般職員", "一般職員", "専門家", "専門家"])

        let departments = w.result.table("所属別", header: "所属")
        #expect(departments.count == 12)  // 11 departments and 合計
        let total = departments.last!
        #expect(total["所属"] == "合計")
        #expect(total["今年度の\n参加者"] == "15")
        #expect(total["認定者計"] == "36")
        #expect(total["今年度の\n認定"] == "8")

        let sensitivity = w.result.table("しきい値感度", header: "しきい値（点）")
        #expect(sensitivity.map { $0["しきい値（点）"]! } == ["50", "55", "60", "65", "70", "75", "80", "85", "90"])
        // At the bars in force (60 / 70 / 75) the counts equal the year's new certifications.
        let at = { (bar: String, column: String) in sensitivity.first { $0["しきい値（点）"] == bar }![column]! }
        #expect(at("60", "アドバイザー\n（該当人数）") == "6")
        #expect(at("70", "エキスパート\n（該当人数）") == "1")
        #expect(at("75", "スペシャリスト\n（該当人数）") == "1")
        #expect(at("90", "アドバイザー\n（該当人数）") == "0")
    }

    @Test("年度推移: one row per year R5–R7; holders and new certifications as the oracle says; R7 as the サマリー")
    func trend() throws {
        let oracle = try ReportFixture.oracle(Self.scenario)
        let order = ["DXアドバイザー": 1, "DXエキスパート": 2, "DXスペシャリスト": 3]
        let w = try Self.write()
        defer { w.cleanUp() }
        let r = w.result
        #expect(r.text("年度推移", "A1") == "年度推移（令和5年度〜令和7年度）")
        let header = try #require(r.rowIndex("年度推移", firstCell: "年度"))
        // The bands over the headings, then the headings (tier names repeat under two bands).
        #expect(r.row("年度推移", header - 1) == ["", "", "", "", "新規認定", "", "", "年度末の認定者と目標", "", "", "", "", "", "", "所属"])
        #expect(
            r.row("年度推移", header) == [
                "年度", "参加者\n（実人数）", "プロジェクト", "審査員\n提出／予定", "アドバイ\nザー", "エキス\nパート", "スペシャ\nリスト",
                "アドバイ\nザー", "目標", "エキス\nパート", "目標", "スペシャ\nリスト", "目標", "計", "認定者の\nいる所属", "所属数\n（累計）",
                "異動した\n認定者",
            ])
        let rows = (1...3).map { r.row("年度推移", header + $0) }
        typealias Column = YearTrendSheet.Column
        #expect(rows.map { $0[Column.year] } == ["令和5年度", "令和6年度", "令和7年度"])
        #expect(r.text("年度推移", "A\(header + 4)") == "")
        for (row, year) in zip(rows, [2023, 2024, 2025]) {
            // Each person at the highest tier granted (or held before) in a year up to this one.
            var best: [String: Int] = [:]
            for d in oracle.decisions where d.year <= year {
                for tier in [d.granted, d.previousTier].compactMap({ $0 }) { best[d.staffID] = max(best[d.staffID] ?? 0, order[tier]!) }
            }
            for tier in Tier.allCases {
                #expect(Int(row[Column.holders(tier)]) == best.values.filter { $0 == tier.rawValue }.count, "\(year) \(tier)")
                let granted = oracle.decisions.filter { $0.year == year && $0.granted == tier.label }.count
                #expect(Int(row[Column.granted(tier)]) == granted, "\(year) \(tier)")
                #expect(row[Column.target(tier)] == String(Settings().targets[tier]!))
            }
        }
        #expect(rows.map { $0[1] } == ["21", "21", "15"])
        #expect(rows.map { $0[Column.judges] } == ["8／8", "8／8", "7／7"])
        #expect(rows.map { $0[Column.holdersTotal] } == ["21", "30", "36"])
        // 10 departments in R5, 建設課 added in R6; every one has a holder; nobody moved.
        #expect(rows.map { $0[Column.departments] } == ["10", "11", "11"])
        #expect(rows.map { $0[Column.departmentsWithHolder] } == ["10", "11", "11"])
        #expect(rows.map { $0[Column.moved] } == ["0", "0", "0"])
        // The report year's row repeats the サマリー.
        let summary = r.table("サマリー", header: "認定区分").prefix(3)
        #expect(summary.map { $0["認定者数"] } == Tier.allCases.map { rows[2][Column.holders($0)] })
        #expect(summary.map { $0["今年度の認定"] } == Tier.allCases.map { rows[2][Column.granted($0)] })
    }

    @Test("入力ファイル: every file of the input folder with the oracle's status")
    func inputFiles() throws {
        let oracle = try ReportFixture.oracle(Self.scenario)
        let w = try Self.write()
        defer { w.cleanUp() }
        let rows = w.result.table("入力ファイル", header: "No")
        let status = Dictionary(uniqueKeysWithValues: rows.map { ($0["ファイル（入力フォルダーから）"]!, $0["状態"]!) })
        #expect(status.count == oracle.files.count)
        for f in oracle.files { #expect(status[f.path] == f.status, "\(f.path)") }
        #expect(rows.map { $0["No"]! } == (1...rows.count).map(String.init))
        let register = rows.first { $0["ファイル（入力フォルダーから）"] == "既認定者名簿.xlsx" }!
        #expect(register["種類"] == "既認定者名簿")
        #expect(w.result.text("入力チェック", "A5") == "入力の問題はありません")
    }

    // MARK: Golden cells

    @Test("every cell equals the committed golden file, read by our reader and by openpyxl")
    func golden() throws {
        let w = try Self.write()
        defer { w.cleanUp() }
        let notices = try ReadWorkbook(w.output.appendingPathComponent(Self.noticeName))
        for (file, read) in [(Self.resultName, w.result), ("認定台帳.xlsx", w.ledger), (Self.noticeName, notices)] {
            let goldenURL = Self.golden("\(Self.scenario).\(file).json")
            let ours = Golden.from(read)
            if Self.updateGolden {
                try FileManager.default.createDirectory(at: goldenURL.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Golden.write(ours, to: goldenURL)
            }
            let expected = try Golden.read(goldenURL)
            let diff = Golden.differences(ours, expected)
            #expect(diff.isEmpty, "our reader, \(file): \(diff.prefix(20).joined(separator: "\n"))")
            if OpenPyXL.available {
                let theirs = Golden.from(openpyxl: try OpenPyXL.dump(w.output.appendingPathComponent(file)))
                let diff = Golden.differences(theirs, expected)
                #expect(diff.isEmpty, "openpyxl, \(file): \(diff.prefix(20).joined(separator: "\n"))")
            }
        }
    }

    // MARK: Formatting

    @Test(
        "formatting: panes, filters, A4 landscape fit to width, print titles, header and footer, fonts, formats, charts, properties",
        .enabled(if: OpenPyXL.available))
    func formatting() throws {
        let w = try Self.write()
        defer { w.cleanUp() }
        let dump = try OpenPyXL.dump(w.output.appendingPathComponent(Self.resultName))
        let layout = dump["layout"] as! [String: [String: Any]]
        let formats = dump["formats"] as! [String: [String: String]]
        #expect(dump["font"] as? String == "游ゴシック")

        for sheet in Self.resultSheets {
            let l = layout[sheet]!
            #expect(l["orientation"] as? String == "landscape", "\(sheet)")
            #expect(l["paper"] as? String == "9", "\(sheet): A4")
            #expect(l["fitToPage"] as? Bool == true, "\(sheet)")
            // fitToWidth 1 is the default: openpyxl reports it as nil when the attribute is left out.
            #expect((l["fitToWidth"] as? Int ?? 1) == 1, "\(sheet)")
            // One page for the summary, the trend and the sensitivity table (1, the default, is left
            // out too); the tables run as many pages down as needed (0).
            #expect((l["fitToHeight"] as? Int ?? 1) == (["サマリー", "年度推移", "しきい値感度"].contains(sheet) ? 1 : 0), "\(sheet)")
            let header = l["header"] as! [Any]
            #expect(header[0] as? String == "さくら市 DX人材認定", "\(sheet)")
            #expect(header[1] as? String == "認定結果（令和7年度）", "\(sheet)")
            #expect(header[2] as? String == "&A", "\(sheet)")
            #expect(!((header.compactMap { $0 as? String }).joined().contains("&D")), "no print date: reruns stay identical")
            #expect((l["footer"] as! [Any])[1] as? String == "&P / &N ページ", "\(sheet)")
        }
        let tables: [(String, String, String)] = [
            ("認定判定", "C6", "A5:O20"), ("プロジェクト評価", "D6", "A5:O9"), ("審査員", "D7", "A6:N13"), ("所属別", "B5", "A4:I15"),
            ("しきい値感度", "A11", "A10:D19"), ("入力ファイル", "C5", "A4:H76"), ("入力チェック", "C5", "A4:I4"),
        ]
        for (sheet, freeze, filter) in tables {
            let l = layout[sheet]!
            #expect(l["freeze"] as? String == freeze, "\(sheet)")
            #expect(l["filter"] as? String == filter, "\(sheet)")
            #expect((l["printTitleRows"] as? String)?.hasPrefix("$\(filter.dropFirst().prefix { $0 != ":" })") == true, "\(sheet): heading repeated")
        }
        #expect(layout["認定判定"]!["printArea"] as? String == "'認定判定'!$A$1:$N$20", "sources column left out of print")
        #expect(formats["認定判定"]!["F6"] == "0.0")
        #expect(formats["プロジェクト評価"]!["J6"] == "0.0")
        #expect(formats["審査員"]!["J7"] == "+0.0;-0.0;0.0")
        #expect(formats["審査員"]!["K7"] == "0.00")
        // (入力チェック has no rows in this run, so nothing to colour.)
        for sheet in ["認定判定", "プロジェクト評価", "審査員", "所属別", "しきい値感度", "入力ファイル", "サマリー", "年度推移"] {
            #expect((layout[sheet]!["conditionalFormats"] as? Int ?? 0) > 0, "\(sheet): conditional colours")
        }
        #expect(layout["サマリー"]!["charts"] as? Int == 2)
        #expect(layout["プロジェクト評価"]!["charts"] as? Int == 1)
        #expect(layout["しきい値感度"]!["charts"] as? Int == 1)
        #expect(layout["年度推移"]!["charts"] as? Int == 1)
        // Widths fit the Japanese text: the reasons column is wide, the ID column narrow.
        let widths = layout["認定判定"]!["widths"] as! [String: Double]
        #expect(widths["N"]! >= 50 && widths["A"]! < 15)

        let properties = dump["properties"] as! [String: Any]
        #expect(properties["title"] as? String == "さくら市 DX人材認定 認定結果（令和7年度）")
        #expect((properties["subject"] as? String)?.hasPrefix("令和7年度") == true)
        // 1 April 0:00 Japan time (FiscalYear.firstDay), stored in UTC like the distributed sheets.
        #expect((properties["created"] as? String)?.hasPrefix("2025-03-31T15:00:00") == true)

        let ledger = try OpenPyXL.dump(w.output.appendingPathComponent("認定台帳.xlsx"))
        let ledgerLayout = ledger["layout"] as! [String: [String: Any]]
        #expect(ledgerLayout["認定者一覧"]!["freeze"] as? String == "C5")
        #expect(ledgerLayout["認定履歴"]!["filter"] as? String == "A4:G45")
        #expect(((ledger["properties"] as! [String: Any])["created"] as? String)?.hasPrefix("2025-03-31T15:00:00") == true)
    }

    // MARK: The ledger, read back

    @Test("the ledger's 認定履歴 reads back through PreviousLedger with every event")
    func ledgerReadsBack() throws {
        let w = try Self.write()
        defer { w.cleanUp() }
        let grants = try PreviousLedger.read(w.output.appendingPathComponent("認定台帳.xlsx"))
        let events = w.run.certification.events
        #expect(events.count == 41)
        #expect(grants.count == events.count)
        for (grant, event) in zip(grants, events) {
            #expect(grant.staffID == event.staffID.value)
            #expect(grant.tier == event.tier)
            #expect(grant.year == event.year)
            #expect(grant.name == event.name)
            #expect(grant.department == event.department)
            #expect(grant.source == .previousLedger)
        }
        #expect(
            grants.first
                == Certifier.KnownGrant(
                    staffID: "10001", name: "斎藤 剛", department: "学校教育課", tier: .advisor,
                    year: FiscalYear(2022), source: .previousLedger))
        let people = w.ledger.table("認定者一覧", header: "職員番号")
        #expect(people.count == 36)
        let first = people[0]
        #expect(first["職員番号"] == "10001")
        #expect(first["現在の区分"] == "DXエキスパート")
        #expect(first["アドバイザー\nの認定年度"] == "令和4年度")
        #expect(first["エキスパート\nの認定年度"] == "令和5年度")
        #expect(first["認定の根拠"] == "アドバイザー：既認定者名簿\nエキスパート：判定")
        #expect(first["参加の履歴（年度・プロジェクト・役割）"] == "令和5年度 P01 窓口DXチーム（リーダー）\n令和7年度 S02 窓口DX第2期チーム（リーダー）")
    }

    // MARK: Reproducibility

    @Test("a rerun on the same input writes byte-identical files, also when it reads the previous ledger")
    func rerunIsByteIdentical() throws {
        let first = try Self.write()
        defer { first.cleanUp() }
        let second = try Self.write()
        defer { second.cleanUp() }
        for name in Self.outputNames {
            let a = try Data(contentsOf: first.output.appendingPathComponent(name))
            let b = try Data(contentsOf: second.output.appendingPathComponent(name))
            #expect(a == b, "\(name) differs between two runs")
        }
        // A real rerun: the pipeline reads the first run's ledger from the output folder.
        let input = ReportFixture.scenario(Self.scenario).appendingPathComponent("input")
        let rerun = try Batch.compute(RunOptions(input: input, output: first.output, usePreviousLedger: true))
        #expect(!rerun.problems.contains { $0.location.file == "認定台帳.xlsx" }, "\(rerun.problems)")
        let before = try Self.outputNames.map { try Data(contentsOf: first.output.appendingPathComponent($0)) }
        _ = try ReportWriter.write(rerun, to: first.output)
        let after = try Self.outputNames.map { try Data(contentsOf: first.output.appendingPathComponent($0)) }
        #expect(before == after, "the ledger carried over must not change anything")
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: first.output.path).sorted() == Self.outputNames.sorted(),
            "no temporary files left")
    }

    @Test("a copy of the input folder (other file times, other place) gives the same bytes: only content counts")
    func copiedInputGivesSameBytes() throws {
        let first = try Self.write()
        defer { first.cleanUp() }
        let base = FixturePaths.tempDirectory("report-copy")
        defer { try? FileManager.default.removeItem(at: base) }
        let copy = base.appendingPathComponent("input")
        try FileManager.default.copyItem(at: ReportFixture.scenario(Self.scenario).appendingPathComponent("input"), to: copy)
        let later = Date(timeIntervalSince1970: 2_000_000_000)
        let walker = FileManager.default.enumerator(atPath: copy.path)!
        for case let relative as String in walker {
            try FileManager.default.setAttributes([.modificationDate: later], ofItemAtPath: copy.appendingPathComponent(relative).path)
        }
        let result = try Batch.compute(RunOptions(input: copy, output: base.appendingPathComponent("output"), usePreviousLedger: false))
        _ = try ReportWriter.write(result, to: base.appendingPathComponent("output"), input: copy)
        for name in Self.outputNames {
            let a = try Data(contentsOf: first.output.appendingPathComponent(name))
            let b = try Data(contentsOf: base.appendingPathComponent("output").appendingPathComponent(name))
            #expect(a == b, "\(name) depends on where the input is or on file times")
        }
    }
}
