import DXCertRules
import Foundation
import XLSXWriter

/// プロジェクト評価: one row per project in rank order — score per judge category, the overall
/// report score, rank (ties share), judges, spread, the members' evaluation of the leader and
/// flags — with a column chart of the category scores under the table.
enum ProjectSheet {
    static let name = "プロジェクト評価"

    enum Header {
        static let rank = "順位"
        static let id = "プロジェクト\nID"
        static let team = "チーム名"
        static let theme = "テーマ"
        static let leader = "リーダー"
        static let size = "参加\n人数"
        static let score = "報告会\n評価"
        static let judges = "審査\n員数"
        static let spread = "ばらつき\n（最高−最低）"
        static let leaderScore = "メンバー\n評価"
        static let evaluators = "評価者\n（提出／予定）"
        static let flags = "注意"

        /// `幹部職員（政策的観点）`.
        static func category(_ c: JudgeCategory) -> String { c.rawValue }
    }

    /// More projects than this get no per-project chart (it would be unreadable).
    static let chartLimit = 30

    /// The projects in the order of the sheet: rank, unscored last, then ID.
    static func ordered(_ scores: YearScores) -> [ProjectScore] {
        scores.projects.sorted { a, b in
            switch (a.rank, b.rank) {
            case (let x?, let y?) where x != y: return x < y
            case (_?, nil): return true
            case (nil, _?): return false
            default: return a.project.id < b.project.id
            }
        }
    }

    /// Writes the sheet and returns the table and where it is (the summary charts its cells).
    @discardableResult
    static func write(_ context: ReportContext, to workbook: XLSXWorkbook) throws -> (table: ReportTable, placement: TablePlacement) {
        let sheet = try workbook.addWorksheet(name: name)
        let writer = SheetWriter(sheet: sheet, page: context.page)
        let table = self.table(context)
        let widths = SheetWriter.widths(for: table)
        let s = context.settings
        let weights = JudgeCategory.allCases.map { "\($0.rawValue)\(NumberFormatting.plain(s.categoryWeights[$0] ?? 0))" }.joined(separator: "・")
        let scored = context.scores.projects.filter { $0.score != nil }.count
        let headerRow = try writer.writeTitle(
            "プロジェクト評価（\(context.year.label)）",
            subtitle: "プロジェクト \(context.scores.projects.count)件（採点あり \(scored)件）　報告会の開催日：\(context.setup.meetingDate ?? "記載なし")",
            notes: [
                "報告会評価＝区分ごとの審査員の平均点を、区分の重み（\(weights)）で加重平均（100点満点）。審査員のいない区分は除いて重みを按分し直します。同点は同順位。",
                "報告会評価がアドバイザーの基準（\(Figure.bar(s.advisorMeetingBar))）に届かないものは赤、届くものは緑。ばらつきが\(NumberFormatting.plain(s.spreadWarning))点以上のものは黄色。",
            ],
            widths: widths)
        let placement = try writer.writeTable(table, headerRow: headerRow)

        if let score = placement.data(column: table.column(Header.score)!) {
            try sheet.addConditionalFormat(
                ConditionalFormat(.cellValue(.greaterThanOrEqual(.number(s.advisorMeetingBar))), style: ReportStyles.good),
                to: score)
            try sheet.addConditionalFormat(
                ConditionalFormat(
                    .formula(
                        "=AND(ISNUMBER(\(placement.anchor(column: score.first.column))),\(placement.anchor(column: score.first.column))<\(NumberFormatting.plain(s.advisorMeetingBar)))"
                    ),
                    style: ReportStyles.bad), to: score)
        }
        if let spread = placement.data(column: table.column(Header.spread)!) {
            try sheet.addConditionalFormat(
                ConditionalFormat(.cellValue(.greaterThanOrEqual(.number(s.spreadWarning))), style: ReportStyles.neutral),
                to: spread)
        }
        if let flags = placement.data(column: table.column(Header.flags)!) {
            try sheet.addConditionalFormat(ConditionalFormat(.noBlanks, style: ReportStyles.neutral), to: flags)
        }
        if !placement.isEmpty && context.scores.projects.count <= chartLimit {
            try insertChart(table, placement, sheet: sheet, workbook: workbook)
        }
        try writer.setUpPrinting()
        return (table, placement)
    }

    /// Category scores and the overall score per project, under the table.
    private static func insertChart(_ table: ReportTable, _ placement: TablePlacement, sheet: XLSXWorksheet, workbook: XLSXWorkbook) throws {
        let chart = try workbook.addChart(.column)
        let team = table.column(Header.team)!
        let categories = SheetRange(sheet: name, range: placement.data(column: team)!)
        let colors: [RGBColor] = [RGBColor(0x4472C4), RGBColor(0xED7D31), RGBColor(0x70AD47), RGBColor(0x7F7F7F)]
        let columns = JudgeCategory.allCases.map { table.column(Header.category($0))! } + [table.column(Header.score)!]
        for (i, column) in columns.enumerated() {
            var series = ChartSeries(categories: categories, values: SheetRange(sheet: name, range: placement.data(column: column)!))
            series.name = .text(i < JudgeCategory.allCases.count ? legend(JudgeCategory.allCases[i]) : "報告会評価")
            series.color = colors[i]
            try chart.addSeries(series)
        }
        try chart.setTitle("区分別の評価（100点満点）")
        try chart.setValueAxis(minimum: 0, maximum: 100, majorUnit: 20)
        try chart.setLegend(.bottom)
        let width = Int(placement.widths.reduce(0, +) * 7.5)
        try sheet.insertChart(
            chart, at: CellAddress(row: (placement.totalsRow ?? placement.lastRow) + 2, column: 0),
            placement: ChartPlacement(width: max(640, min(width, 1100)), height: 340))
    }

    /// `幹部職員（政策的観点）`, but `一般職員` (its viewpoint only repeats the name).
    static func legend(_ c: JudgeCategory) -> String {
        c.viewpoint.hasPrefix(c.rawValue) ? c.rawValue : "\(c.rawValue)（\(c.viewpoint)）"
    }

    static func table(_ context: ReportContext) -> ReportTable {
        let columns =
            [
                ReportColumn(Header.rank, .centered, min: 6, max: 8),
                ReportColumn(Header.id, min: 8, max: 16),
                ReportColumn(Header.team, min: 12, max: 30),
                ReportColumn(Header.theme, min: 14, max: 36),
                ReportColumn(Header.leader, min: 10, max: 20),
                ReportColumn.count(Header.size),
            ]
            + JudgeCategory.allCases.map { c in
                ReportColumn.score(Header.category(c), note: "\(c.rawValue)の審査員（\(c.viewpoint)）の平均点。審査員がいない場合は空欄。")
            } + [
                .score(Header.score, note: "区分別の平均点の加重平均（100点満点）。"),
                .count(Header.judges, note: "このプロジェクトを採点した審査員の人数（自チームの審査員は除く）。"),
                .score(Header.spread, note: "審査員の点数の最高点と最低点の差。"),
                .score(Header.leaderScore, note: "メンバー（と同一所属職員）によるリーダー評価の平均（100点満点）。"),
                ReportColumn(Header.evaluators, .centered, min: 10, max: 14),
                ReportColumn(Header.flags, min: 16, max: 36),
            ]
        let rows: [[ReportValue]] = ordered(context.scores).map { p in
            let id = p.project.id
            let rows = context.participantsByProject[id] ?? []
            let leaders = rows.filter { $0.role == .leader }.map(\.name).joined(separator: "、")
            let size = Set(rows.map(\.staffID)).count
            let le = context.scores.leaderEvaluations[id]
            var flags = p.flags
            if let le, !le.sufficient {
                flags.append("メンバー評価の評価者不足（\(le.evaluators.count)人／必要\(context.settings.minimumEvaluators)人）")
            }
            let head: [ReportValue] = [
                p.rank.map { .count($0) } ?? .blank,
                .text(id.value),
                .nonEmpty(p.project.team),
                .nonEmpty(p.project.theme),
                .nonEmpty(leaders),
                .count(size),
            ]
            let categories: [ReportValue] = JudgeCategory.allCases.map { .optional(p.categories[$0]?.score) }
            let evaluators: ReportValue = le.map { .text("\($0.evaluators.count)／\($0.expectedCount)") } ?? .blank
            let tail: [ReportValue] = [
                .optional(p.score),
                .count(p.judgeCount),
                .optional(p.spread),
                .optional(le?.mean),
                evaluators,
                .nonEmpty(flags.joined(separator: "\n")),
            ]
            return head + categories + tail
        }
        return ReportTable(columns: columns, rows: rows, emptyMessage: "この年度のプロジェクトがありません", frozenColumns: 3)
    }
}
