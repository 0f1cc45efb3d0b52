import DXCertRules
import Foundation
import XLSXWriter

/// 所属別: where in the organisation DX talent is, and where it is missing.
///
/// One row per department that appears among the year's participants (department as in the
/// year's setup) or among certified staff (their latest department in the ledger). Holders
/// are counted at their highest tier held at the end of the year; departments without any
/// holder are highlighted.
enum DepartmentSheet {
    static let name = "所属別"

    enum Header {
        static let department = "所属"
        static let participants = "今年度の\n参加者"
        static let leaders = "うちリーダー"
        static let granted = "今年度の\n認定"
        static let total = "認定者計"
        static let status = "状況"

        static func holders(_ t: Tier) -> String { "\(t.shortLabel)\n（認定者）" }
    }

    static let noHolder = "DX人材なし"
    static let unnamed = "（所属の記載なし）"

    struct Line: Equatable {
        var department: String
        var participants = 0
        var leaders = 0
        var granted = 0
        var holders: [Tier: Int] = [:]
        var total: Int { holders.values.reduce(0, +) }
    }

    /// The rows, by department name.
    static func lines(_ context: ReportContext) -> [Line] {
        var lines: [String: Line] = [:]
        func key(_ d: String) -> String { d.isEmpty ? unnamed : d }
        var seen: [String: Set<StaffID>] = [:]
        var led: [String: Set<StaffID>] = [:]
        for p in context.setup.participants {
            let k = key(p.department)
            seen[k, default: []].insert(p.staffID)
            if p.role == .leader { led[k, default: []].insert(p.staffID) }
            if lines[k] == nil { lines[k] = Line(department: k) }
        }
        for (k, ids) in seen { lines[k]!.participants = ids.count }
        for (k, ids) in led { lines[k]!.leaders = ids.count }
        for d in context.decisions where d.granted != nil {
            let k = key(d.department)
            lines[k, default: Line(department: k)].granted += 1
        }
        for h in context.holders {
            let k = key(h.entry.department)
            lines[k, default: Line(department: k)].holders[h.tier, default: 0] += 1
        }
        return lines.values.sorted { $0.department < $1.department }
    }

    static func write(_ context: ReportContext, to workbook: XLSXWorkbook) throws {
        let sheet = try workbook.addWorksheet(name: name)
        let writer = SheetWriter(sheet: sheet, page: context.page)
        let lines = self.lines(context)
        let table = self.table(lines)
        let widths = SheetWriter.widths(for: table)
        let without = lines.filter { $0.total == 0 }.count
        let headerRow = try writer.writeTitle(
            "所属別のDX人材（\(context.year.label)末）",
            subtitle: "\(lines.count)所属（DX人材のいない所属：\(without)）",
            notes: ["今年度の参加者は年度設定の所属、認定者は認定台帳の最新の所属で数えます。認定者は各自の最上位の区分で1人と数えます。認定者がいない所属は赤で示します。"],
            widths: widths)
        let placement = try writer.writeTable(table, headerRow: headerRow)
        if let data = placement.data {
            let total = placement.anchor(column: table.column(Header.total)!)
            for column in [0, table.column(Header.total)!, table.column(Header.status)!] {
                try sheet.addConditionalFormat(
                    ConditionalFormat(.formula("=\(total)=0"), style: ReportStyles.bad),
                    to: RangeAddress(firstRow: data.first.row, firstColumn: column, lastRow: data.last.row, lastColumn: column))
            }
        }
        try writer.setUpPrinting()
    }

    static func table(_ lines: [Line]) -> ReportTable {
        let columns =
            [
                ReportColumn(Header.department, min: 12, max: 30),
                .count(Header.participants, note: "今年度のプロジェクトに参加した人数（実人数）。"),
                .count(Header.leaders),
                .count(Header.granted, note: "今年度の判定で認定された人数。"),
            ] + Tier.allCases.map { ReportColumn.count(Header.holders($0), note: "年度末にこの区分が最上位の認定者の人数。") } + [
                .count(Header.total),
                ReportColumn(Header.status, .centered, min: 12, max: 16),
            ]
        let rows: [[ReportValue]] = lines.map { l in
            [.text(l.department), .count(l.participants), .count(l.leaders), .count(l.granted)]
                + Tier.allCases.map { .count(l.holders[$0] ?? 0) }
                + [.count(l.total), l.total == 0 ? .text(noHolder) : .blank]
        }
        let sum = { (f: (Line) -> Int) in ReportValue.count(lines.map(f).reduce(0, +)) }
        let totals: [ReportValue] =
            [.text("合計"), sum(\.participants), sum(\.leaders), sum(\.granted)]
            + Tier.allCases.map { t in sum { $0.holders[t] ?? 0 } } + [sum(\.total), .blank]
        return ReportTable(columns: columns, rows: rows, totals: totals, emptyMessage: "所属の情報がありません", frozenColumns: 1)
    }
}
