import DXCertRules
import Foundation
import XLSXWriter

/// 認定判定: one row per participant of the year — who, in which project and role, the key
/// figures, each tier's rule met or not, the decision and its reasons in plain Japanese.
///
/// The reasons are `Decision.reasons` (each criterion with its figure, bar and 達成／未達),
/// one per line in a wrapped cell. The files behind the decision sit in the last column,
/// which is left out of the print area: a list of a dozen file paths per person would triple
/// the printed pages, and the same files are listed per person on the 入力ファイル sheet.
enum DecisionSheet {
    static let name = "認定判定"

    enum Header {
        static let staffID = "職員番号"
        static let name = "氏名"
        static let department = "所属"
        static let project = "プロジェクト"
        static let role = "役割"
        static let report = "報告会\n評価"
        static let leader = "メンバー\n評価"
        static let previous = "前年度まで\nの認定"
        static let decision = "判定"
        static let granted = "今回の認定"
        static let reasons = "判定の理由"
        static let sources = "根拠ファイル（印刷対象外）"

        /// Narrow tier columns: the heading breaks inside the word (`アドバイ／ザー`).
        static func tier(_ t: Tier) -> String {
            switch t {
            case .advisor: return "アドバイ\nザー"
            case .expert: return "エキス\nパート"
            case .specialist: return "スペシャ\nリスト"
            }
        }
    }

    /// 判定 column values.
    enum Verdict {
        static let new = "新規認定"
        static let kept = "維持（前回認定）"
        static let unchanged = "変更なし"
    }

    /// Tier column values.
    enum TierMark {
        static let met = "達成"
        static let unmet = "未達"
        static let held = "認定済"
    }

    static func write(_ context: ReportContext, to workbook: XLSXWorkbook) throws {
        // One row per participant: streamed, written top to bottom.
        let sheet = try workbook.addWorksheet(name: name, constantMemory: true)
        let writer = SheetWriter(sheet: sheet, page: context.page)
        let table = self.table(context)
        let widths = SheetWriter.widths(for: table)
        let printed = Array(widths.dropLast())

        let granted = context.decisions.filter { $0.granted != nil }
        let byTier = Tier.allCases.map { t in "\(t.shortLabel) \(granted.filter { $0.granted == t }.count)" }.joined(separator: "・")
        let headerRow = try writer.writeTitle(
            "認定判定（\(context.year.label)）",
            subtitle: "参加者 \(context.decisions.count)人　今回の認定 \(granted.count)人（\(byTier)）",
            notes: [
                barsNote(context.settings),
                "「判定の理由」には、各基準の実績・基準値・達成／未達と、次の区分に足りないものを示します。区分の列：達成＝基準を満たす、未達＝満たさない、認定済＝前年度までに認定。",
            ],
            widths: printed)
        let placement = try writer.writeTable(table, headerRow: headerRow)

        if let data = placement.data {
            let tierColumns = RangeAddress(
                firstRow: data.first.row, firstColumn: table.column(Header.tier(.advisor))!,
                lastRow: data.last.row, lastColumn: table.column(Header.tier(.specialist))!)
            try sheet.addConditionalFormat(ConditionalFormat(.cellValue(.equal(.text(TierMark.met))), style: ReportStyles.good), to: tierColumns)
            try sheet.addConditionalFormat(ConditionalFormat(.cellValue(.equal(.text(TierMark.unmet))), style: ReportStyles.bad), to: tierColumns)
            try sheet.addConditionalFormat(ConditionalFormat(.cellValue(.equal(.text(TierMark.held))), style: ReportStyles.muted), to: tierColumns)

            let decision = table.column(Header.decision)!
            let highlighted = RangeAddress(firstRow: data.first.row, firstColumn: 0, lastRow: data.last.row, lastColumn: 1)
            let verdict = RangeAddress(
                firstRow: data.first.row, firstColumn: decision, lastRow: data.last.row,
                lastColumn: table.column(Header.granted)!)
            let anchor = placement.anchor(column: decision)
            for range in [highlighted, verdict] {
                try sheet.addConditionalFormat(ConditionalFormat(.formula("=\(anchor)=\"\(Verdict.new)\""), style: ReportStyles.good), to: range)
                try sheet.addConditionalFormat(ConditionalFormat(.formula("=\(anchor)=\"\(Verdict.kept)\""), style: ReportStyles.neutral), to: range)
            }
        }
        let lastRow = max(placement.lastRow, placement.firstRow)
        try sheet.setPrintArea(RangeAddress(firstRow: 0, firstColumn: 0, lastRow: lastRow, lastColumn: printed.count - 1))
        try writer.setUpPrinting()
    }

    static func table(_ context: ReportContext) -> ReportTable {
        let columns =
            [
                ReportColumn(Header.staffID, min: 8, max: 14),
                ReportColumn(Header.name, min: 10, max: 20),
                ReportColumn(Header.department, min: 10, max: 20),
                ReportColumn(Header.project, min: 12, max: 28),
                ReportColumn(Header.role, min: 8, max: 10),
                .score(Header.report, note: "参加したプロジェクトの報告会評価（100点満点）。2つ参加した場合は高い方。"),
                .score(Header.leader, note: "リーダーとして率いたプロジェクトのメンバー評価（100点満点）。評価者が最少人数に満たない場合は空欄。"),
                ReportColumn(Header.previous, min: 10, max: 16),
            ]
            + Tier.allCases.map { t in
                ReportColumn(Header.tier(t), .centered, min: 8, max: 9, note: "\(t.label)の基準の判定。達成／未達／認定済（前年度までに認定）。")
            } + [
                ReportColumn(
                    Header.decision, .centered, min: 10, max: 10,
                    note: "新規認定：今年度の判定で認定。維持（前回認定）：前回の実行で認定済みのため維持（今回の入力では基準未達）。変更なし：認定なし。"),
                ReportColumn(Header.granted, min: 10, max: 16),
                ReportColumn(Header.reasons, min: 30, max: 80),
                ReportColumn(
                    Header.sources, .singleLine, min: 16, max: 40,
                    note: "判定に使ったファイル（入力フォルダーからの相対パス）。印刷範囲には含めていません。"),
            ]
        let decisions = context.decisions
        let row: (Int) -> [ReportValue] = { i in
            let d = decisions[i]
            let marks: [ReportValue] = Tier.allCases.map { tier in
                if let previous = d.previousTier, tier <= previous { return .text(TierMark.held) }
                guard let outcome = d.outcomes.first(where: { $0.tier == tier }) else { return .blank }
                return .text(outcome.met ? TierMark.met : TierMark.unmet)
            }
            return [
                .text(d.staffID.value),
                .nonEmpty(d.name),
                .nonEmpty(d.department),
                .nonEmpty(d.participations.map { context.projectLabel($0.projectID) }.joined(separator: "\n")),
                .nonEmpty(d.participations.map(\.role.rawValue).joined(separator: "\n")),
                .optional(d.meetingScore),
                .optional(d.leaderEvaluation),
                .text(d.previousTier?.shortLabel ?? "なし"),
            ] + marks + [
                .text(verdict(d)),
                .nonEmpty(d.granted?.shortLabel ?? ""),
                .nonEmpty(d.reasons.joined(separator: "\n")),
                .nonEmpty(d.sources.joined(separator: "、")),
            ]
        }
        return ReportTable(columns: columns, count: decisions.count, row: row, emptyMessage: "この年度の参加者がいません", frozenColumns: 2)
    }

    /// 新規認定 / 維持（前回認定） / 変更なし.
    static func verdict(_ d: Decision) -> String {
        guard d.granted != nil else { return Verdict.unchanged }
        return d.grantSource == .previousLedger ? Verdict.kept : Verdict.new
    }

    /// The bars in force, in one line.
    static func barsNote(_ s: Settings) -> String {
        let specialistPrior = s.specialistRequiresExpert ? "、前年度までのエキスパート認定が必要" : ""
        return "基準：アドバイザー＝報告会評価\(Figure.bar(s.advisorMeetingBar))"
            + "／エキスパート＝アドバイザー認定済みでリーダー、報告会評価\(Figure.bar(s.expertMeetingBar))・メンバー評価\(Figure.bar(s.expertLeaderBar))"
            + "／スペシャリスト＝\(s.specialistConsecutiveYears)年連続でリーダー、各年度の報告会評価\(Figure.bar(s.specialistMeetingBar))・メンバー評価\(Figure.bar(s.specialistLeaderBar))\(specialistPrior)"
    }
}
