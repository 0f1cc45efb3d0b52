import DXCertRules
import Foundation
import XLSXWriter

/// 審査員: one row per judge of the year's setup — sheet sent or missing, projects scored
/// against expected, own-team projects left out, mean given, leniency and agreement with the
/// panel (methods named in the notes), and what standardization did.
enum JudgeSheet {
    static let name = "審査員"

    enum Header {
        static let category = "区分"
        static let id = "審査員ID"
        static let name = "氏名"
        static let department = "所属"
        static let submitted = "提出"
        static let scored = "採点数"
        static let expected = "採点\n予定数"
        static let ownTeam = "自チームの\nため対象外"
        static let mean = "平均点\n（素点）"
        static let leniency = "甘辛（他の\n審査員との差）"
        static let agreement = "一致度\n（相関係数）"
        static let standardization = "標準化"
        static let flags = "注意"
        static let file = "ファイル"
    }

    enum Mark {
        static let submitted = "提出済"
        static let missing = "未提出"
    }

    /// The method notes, also attached to the headings.
    static let leniencyMethod = "甘辛＝（この審査員の点数 − 同じプロジェクトを採点した他の審査員の平均点）をプロジェクトについて平均したもの。プラスは甘め、マイナスは辛め。"
    static let agreementMethod = "一致度＝この審査員の点数と、同じプロジェクトを採点した他の審査員の平均点との、プロジェクトごとのピアソン相関係数（3件以上採点した場合）。1に近いほど他の審査員と評価の傾向が一致。"

    static func write(_ context: ReportContext, to workbook: XLSXWorkbook) throws {
        let sheet = try workbook.addWorksheet(name: name)
        let writer = SheetWriter(sheet: sheet, page: context.page)
        let table = self.table(context)
        let widths = SheetWriter.widths(for: table)
        let s = context.settings
        let judges = context.scores.judges
        let missing = judges.filter { !$0.submitted }.count
        let headerRow = try writer.writeTitle(
            "審査員（\(context.year.label)）",
            subtitle: "審査員 \(judges.count)人（提出 \(judges.count - missing)人・未提出 \(missing)人）",
            notes: [
                leniencyMethod, agreementMethod,
                "平均点・甘辛・一致度は標準化前の点数（素点）で計算。未提出は赤、一致度が\(NumberFormatting.plain(s.lowAgreementCorrelation))未満や採点漏れは黄色。",
            ],
            widths: widths)
        let placement = try writer.writeTable(table, headerRow: headerRow)

        if let submitted = placement.data(column: table.column(Header.submitted)!) {
            try sheet.addConditionalFormat(ConditionalFormat(.cellValue(.equal(.text(Mark.missing))), style: ReportStyles.bad), to: submitted)
        }
        if let agreement = placement.data(column: table.column(Header.agreement)!) {
            let cell = placement.anchor(column: agreement.first.column)
            try sheet.addConditionalFormat(
                ConditionalFormat(
                    .formula("=AND(ISNUMBER(\(cell)),\(cell)<\(NumberFormatting.plain(s.lowAgreementCorrelation)))"), style: ReportStyles.neutral),
                to: agreement)
        }
        if let scored = placement.data(column: table.column(Header.scored)!) {
            let submitted = placement.anchor(column: table.column(Header.submitted)!)
            let count = placement.anchor(column: scored.first.column)
            let expected = placement.anchor(column: table.column(Header.expected)!)
            try sheet.addConditionalFormat(
                ConditionalFormat(.formula("=AND(\(submitted)=\"\(Mark.submitted)\",\(count)<\(expected))"), style: ReportStyles.neutral), to: scored)
        }
        if let flags = placement.data(column: table.column(Header.flags)!) {
            try sheet.addConditionalFormat(ConditionalFormat(.noBlanks, style: ReportStyles.neutral), to: flags)
        }
        try writer.setUpPrinting()
    }

    static func table(_ context: ReportContext) -> ReportTable {
        let s = context.settings
        let columns = [
            ReportColumn(Header.category, min: 8, max: 12),
            ReportColumn(Header.id, min: 8, max: 14),
            ReportColumn(Header.name, min: 10, max: 24),
            ReportColumn(Header.department, min: 10, max: 30),
            ReportColumn(Header.submitted, .centered, min: 7, max: 10),
            .count(Header.scored, note: "採点に使えたプロジェクトの件数。"),
            .count(Header.expected, note: "年度のプロジェクトのうち、自分が参加するチームを除いた件数。"),
            ReportColumn(Header.ownTeam, min: 10, max: 24, note: "審査員が参加するプロジェクト（リーダー・メンバー）。採点しません。"),
            .score(Header.mean, note: "この審査員がつけた点数（100点満点、標準化前）の平均。"),
            ReportColumn(Header.leniency, .number(ReportStyles.signedFormat), min: 9, max: 14, note: leniencyMethod),
            ReportColumn(Header.agreement, .number(ReportStyles.correlationFormat), min: 9, max: 14, note: agreementMethod),
            ReportColumn(
                Header.standardization, min: 10, max: 36,
                note: "審査員ごとの標準化（z得点を年度全体の平均・標準偏差に戻す）の結果。"),
            ReportColumn(Header.flags, min: 12, max: 30),
            ReportColumn(Header.file, min: 12, max: 40),
        ]
        let ordered = context.scores.judges.sorted { a, b in
            a.judge.category != b.judge.category ? a.judge.category < b.judge.category : a.judge.id < b.judge.id
        }
        let rows: [[ReportValue]] = ordered.map { j in
            var flags: [String] = []
            if !j.submitted {
                flags.append("シート未提出")
            } else if j.projectsScored < j.projectsExpected {
                flags.append("未採点 \(j.projectsExpected - j.projectsScored)件")
            }
            if let a = j.agreement, a < s.lowAgreementCorrelation {
                flags.append("一致度が低い（\(NumberFormatting.plain(s.lowAgreementCorrelation))未満）")
            }
            return [
                .text(j.judge.category.rawValue),
                .text(j.judge.id.value),
                .nonEmpty(j.judge.name),
                .nonEmpty(j.judge.department),
                .text(j.submitted ? Mark.submitted : Mark.missing),
                .count(j.projectsScored),
                .count(j.projectsExpected),
                .nonEmpty(j.ownTeamExcluded.map(\.value).joined(separator: "、")),
                .optional(j.meanGiven),
                .optional(j.leniency),
                .optional(j.agreement),
                .nonEmpty(standardization(j, settings: s)),
                .nonEmpty(flags.joined(separator: "\n")),
                .nonEmpty(j.file ?? ""),
            ]
        }
        return ReportTable(columns: columns, rows: rows, emptyMessage: "この年度の審査員がいません", frozenColumns: 3)
    }

    /// What standardization did for the judge, in words.
    static func standardization(_ j: JudgeStatistics, settings: Settings) -> String {
        guard settings.standardize else { return "しない（設定）" }
        guard let note = j.standardization else { return j.submitted ? "対象なし" : "" }
        if note.applied {
            return "適用（この審査員の平均\(NumberFormatting.oneDecimal(note.judgeMean))・標準偏差\(NumberFormatting.oneDecimal(note.judgeSD))、\(note.count)件）"
        }
        return "適用せず：" + (note.skippedBecause ?? "")
    }
}
