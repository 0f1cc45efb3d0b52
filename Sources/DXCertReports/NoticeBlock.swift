import DXCertRules
import Foundation
import XLSXWriter

/// Writes one participant's page, row by row.
struct NoticeBlock {
    let sheet: XLSXWorksheet
    let context: ReportContext
    /// Each certified person's grants (the ledger), by staff ID.
    let grants: [StaffID: [Tier: FiscalYear]]
    /// The next free row.
    var row = 0

    private var span: Double { NoticeWorkbook.widths.reduce(0, +) }
    private static let label = CellStyle(
        bold: true, fillColor: ReportStyles.headerFill, borders: .all(.init(.thin, color: ReportStyles.gridLine)), verticalAlignment: .top,
        wrapText: true)
    /// `label` for one row of a label over several rows: the frame's outer sides only.
    private static func label(top: Bool, bottom: Bool) -> CellStyle {
        var style = label
        if !top { style.borders.top = nil }
        if !bottom { style.borders.bottom = nil }
        return style
    }
    private static let cell = ReportStyles.body(.text)
    private static let number = ReportStyles.body(.number(ReportStyles.scoreFormat))
    private static let integer = ReportStyles.body(.number(ReportStyles.integerFormat))

    mutating func write(_ d: Decision) throws {
        try line("DX人材認定 個人通知（\(context.year.label)）", style: ReportStyles.title, height: 24)
        try field("氏名", d.name)
        try field("職員番号", d.staffID.value)
        try field("所属", d.department)
        for p in d.participations {
            let theme = context.setup.project(p.projectID)?.theme ?? ""
            try field("プロジェクト", "\(p.projectID) \(p.team)" + (theme.isEmpty ? "" : "（テーマ：\(theme)）"))
            try field("役割", p.role.rawValue)
        }
        try field("現在の区分", ReportContext.tierText(d.tierAfter))

        for p in d.participations { try meeting(p, decision: d) }
        for p in d.participations where p.role == .leader { try leader(p, decision: d) }
        try comments(d)

        try heading("今年度の判定")
        let decision = d.granted.map { "\($0.label)に認定しました" } ?? "新しい認定はありません（現在の区分：\(ReportContext.tierText(d.tierAfter))）"
        try field("判定", decision)
        try field("理由", d.reasons.joined(separator: "\n"))

        try nextTier(d)
        try history(d)
        row += 1
    }

    // MARK: Sections

    private mutating func meeting(_ p: Participation, decision d: Decision) throws {
        try heading("報告会評価（\(p.projectID) \(p.team)）")
        let score = context.scores.project(p.projectID)
        try field("報告会評価", score?.score.map { NumberFormatting.oneDecimal($0) + "点（100点満点）" } ?? "採点なし")
        if let bar = Self.bar("報告会評価", p, d) { try field("基準", bar) }
        guard let breakdown = context.result.breakdowns[p.projectID] else { return }
        try header(["審査員の区分", "評価項目（審査員の平均点）", "平均", "満点"])
        for category in JudgeCategory.allCases {
            let items = breakdown.criteria.filter { $0.category == category }
            let categoryScore = score?.categories[category]
            guard !items.isEmpty else { continue }
            // The category and its 0–100 score in column A, beside its criteria.
            let points = categoryScore?.score.map { NumberFormatting.oneDecimal($0) + "点" } ?? "採点なし"
            let lines = ["\(category.rawValue)（\(categoryScore?.judgeCount ?? 0)人）", "区分の点 \(points)"]
            if items.count == 1 {
                try text(lines.joined(separator: "\n"), column: 0, style: Self.label)
                try sheet.setRow(row, height: SheetWriter.height(lines: 2))
            }
            for (i, item) in items.enumerated() {
                if items.count > 1 {
                    // One framed box down column A beside the criteria, written row by row (the
                    // sheet streams its rows, so a merge over them would end the rows above): a
                    // line of the label in each of the first rows, the box's outer sides only.
                    let style = Self.label(top: i == 0, bottom: i == items.count - 1)
                    try text(i < lines.count ? lines[i] : "", column: 0, style: style)
                }
                try text(item.name, column: 1, style: Self.cell)
                try value(item.mean, column: 2)
                try sheet.write(item.maxScore, at: CellAddress(row: row, column: 3), style: Self.integer)
                row += 1
            }
        }
    }

    private mutating func leader(_ p: Participation, decision d: Decision) throws {
        try heading("メンバー評価（リーダーとして、\(p.projectID)）")
        let evaluation = context.scores.leaderEvaluations[p.projectID]
        let figure: String
        if let evaluation, let mean = evaluation.mean {
            figure =
                NumberFormatting.oneDecimal(mean) + "点（評価者\(evaluation.evaluators.count)人、必要\(context.settings.minimumEvaluators)人以上）"
                + (evaluation.sufficient ? "" : "　評価者不足")
        } else {
            figure = "評価なし（必要\(context.settings.minimumEvaluators)人以上）"
        }
        try field("メンバー評価", figure)
        if let bar = Self.bar("メンバー評価", p, d) { try field("基準", bar) }
    }

    /// The bar that decided the year for this project: the check of the tier granted, else of
    /// the lowest tier not reached (`Check.sentence`, e.g. `報告会評価（P01）：72.5点（基準 70点以上）→ 達成`).
    static func bar(_ kind: String, _ p: Participation, _ d: Decision) -> String? {
        let outcome = d.outcomes.first { $0.tier == d.granted } ?? d.outcomes.first { !$0.met }
        guard let outcome else { return nil }
        // The rules label a score check `報告会評価（P01）` or, per year, `報告会評価（R7 P01）`; match the
        // whole ID and this year, so that P1 is not P10 and R6's P01 (another project) is not R7's.
        let labels = ["\(kind)（\(p.projectID)）", "\(kind)（\(d.year.shortLabel) \(p.projectID)）"]
        let check = outcome.checks.first { labels.contains($0.label) }
        return check.map { "\(outcome.tier.label)：" + $0.sentence }
    }

    private mutating func comments(_ d: Decision) throws {
        try heading("審査員のコメント")
        var any = false
        for p in d.participations {
            guard let breakdown = context.result.breakdowns[p.projectID] else { continue }
            for category in JudgeCategory.allCases {
                guard let texts = breakdown.comments[category], !texts.isEmpty else { continue }
                any = true
                let prefix = d.participations.count > 1 ? "\(p.projectID) " : ""
                try field(prefix + category.rawValue, Self.commentLines(texts).joined(separator: "\n"))
            }
        }
        if !any { try field("コメント", "コメントはありません") }
    }

    /// `・text`, identical comments once with their count (`・text（3件）`), in first-seen order.
    static func commentLines(_ texts: [String]) -> [String] {
        var counts: [String: Int] = [:]
        var order: [String] = []
        for t in texts {
            if counts[t] == nil { order.append(t) }
            counts[t, default: 0] += 1
        }
        return order.map { counts[$0]! > 1 ? "・\($0)（\(counts[$0]!)件）" : "・\($0)" }
    }

    private mutating func nextTier(_ d: Decision) throws {
        try heading("次の区分まで")
        let next = NextTier.after(d, settings: context.settings)
        guard next.tier != nil else {
            try field("次の区分", next.summary)
            return
        }
        try field("次の区分", next.tier!.label)
        try header(["条件", "状況・まだ必要なこと", "", "達成"])
        try sheet.mergeRange(
            RangeAddress(firstRow: row - 1, firstColumn: 1, lastRow: row - 1, lastColumn: 2), value: .text("状況・まだ必要なこと"),
            style: ReportStyles.header)
        for c in next.conditions {
            let detail = c.met ? c.status : "\(c.status)\n→ \(c.needed)"
            try text(c.label, column: 0, style: Self.label)
            try sheet.mergeRange(
                RangeAddress(firstRow: row, firstColumn: 1, lastRow: row, lastColumn: 2), value: .text(detail), style: Self.cell)
            var mark = Self.cell
            mark.horizontalAlignment = .center
            mark.fontColor = c.met ? ReportStyles.goodFont : ReportStyles.badFont
            mark.fillColor = c.met ? ReportStyles.goodFill : ReportStyles.badFill
            try text(c.met ? "達成" : "未達", column: 3, style: mark)
            let lines = max(
                TextWidth.lineCount(detail, width: NoticeWorkbook.widths[1] + NoticeWorkbook.widths[2]),
                TextWidth.lineCount(c.label, width: NoticeWorkbook.widths[0]))
            try sheet.setRow(row, height: SheetWriter.height(lines: lines))
            row += 1
        }
    }

    private mutating func history(_ d: Decision) throws {
        try heading("認定の履歴")
        let grants = (self.grants[d.staffID] ?? [:]).filter { $0.value <= context.year }.sorted { $0.key < $1.key }
        if grants.isEmpty {
            try field("認定", "まだ認定はありません")
            return
        }
        for (tier, year) in grants { try field(tier.label, "\(year.label)に認定") }
    }

    // MARK: Rows

    /// A line of text across the page.
    mutating func line(_ text: String, style: CellStyle, height: Double? = nil) throws {
        var wrapped = style
        wrapped.wrapText = true
        wrapped.verticalAlignment = .top
        try sheet.mergeRange(
            RangeAddress(firstRow: row, firstColumn: 0, lastRow: row, lastColumn: NoticeWorkbook.widths.count - 1),
            value: .text(SheetWriter.clip(text)), style: wrapped)
        let lines = TextWidth.lineCount(text, width: span)
        try sheet.setRow(row, height: max(height ?? 0, SheetWriter.height(lines: lines, fontSize: style.fontSize ?? ReportStyles.font.size)))
        row += 1
    }

    /// A section heading, after a thin blank row.
    private mutating func heading(_ text: String) throws {
        try sheet.setRow(row, height: 6)
        row += 1
        try line(text, style: ReportStyles.section)
    }

    /// A label in column A and its text across B–D.
    private mutating func field(_ label: String, _ value: String) throws {
        try text(label, column: 0, style: Self.label)
        try sheet.mergeRange(
            RangeAddress(firstRow: row, firstColumn: 1, lastRow: row, lastColumn: NoticeWorkbook.widths.count - 1),
            value: .text(SheetWriter.clip(value.isEmpty ? "―" : value)), style: Self.cell)
        let lines = max(
            TextWidth.lineCount(value, width: NoticeWorkbook.widths.dropFirst().reduce(0, +)),
            TextWidth.lineCount(label, width: NoticeWorkbook.widths[0]))
        try sheet.setRow(row, height: SheetWriter.height(lines: lines))
        row += 1
    }

    private mutating func header(_ titles: [String]) throws {
        for (c, t) in titles.enumerated() { try text(t, column: c, style: ReportStyles.header) }
        row += 1
    }

    private func text(_ text: String, column: Int, style: CellStyle) throws {
        let cell = CellAddress(row: row, column: column)
        if text.isEmpty {
            try sheet.writeBlank(at: cell, style: style)
        } else {
            try sheet.write(SheetWriter.clip(text), at: cell, style: style)
        }
    }

    private func value(_ number: Double?, column: Int) throws {
        let cell = CellAddress(row: row, column: column)
        if let number {
            try sheet.write(ScoreComparison.denoised(number), at: cell, style: Self.number)
        } else {
            try sheet.write("なし", at: cell, style: Self.cell)
        }
    }
}
