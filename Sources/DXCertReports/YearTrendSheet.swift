import DXCertRules
import Foundation
import XLSXWriter

/// 年度推移: one row per processed year up to the report year (`RunResult.trend`, computed once
/// by the pipeline) — participants, projects, judges, new certifications and holders per tier
/// against the targets, departments with a holder, holders who moved department — and a line
/// chart of the holders per tier with the targets as dashed lines. The view of the scheme's
/// continuity on one A4 page.
enum YearTrendSheet {
    static let name = "年度推移"

    enum Header {
        static let year = "年度"
        static let participants = "参加者\n（実人数）"
        static let projects = "プロジェクト"
        static let judges = "審査員\n提出／予定"
        static let target = "目標"
        static let holdersTotal = "計"
        static let departmentsWithHolder = "認定者の\nいる所属"
        static let departments = "所属数\n（累計）"
        static let moved = "異動した\n認定者"
    }

    /// The band over the table's headings: a label over a range of columns.
    enum Band {
        static let granted = "新規認定"
        static let holders = "年度末の認定者と目標"
        static let departments = "所属"
    }

    /// Column positions: the tier headings repeat under two bands, so columns are found by
    /// position, not by heading.
    enum Column {
        static let year = 0
        static let judges = 3
        static func granted(_ t: Tier) -> Int { 3 + t.rawValue }
        static func holders(_ t: Tier) -> Int { 5 + 2 * t.rawValue }
        static func target(_ t: Tier) -> Int { holders(t) + 1 }
        static let holdersTotal = 13
        static let departmentsWithHolder = 14
        static let departments = 15
        static let moved = 16
        static let count = 17
    }

    static func write(_ context: ReportContext, to workbook: XLSXWorkbook) throws {
        let sheet = try workbook.addWorksheet(name: name)
        let writer = SheetWriter(sheet: sheet, page: context.page)
        // Computed once by the pipeline (Batch.compute), never re-derived here.
        let rows = context.result.trend
        let table = self.table(rows)
        let widths = SheetWriter.widths(for: table)
        let (first, last) = (rows.first?.year ?? context.year, rows.last?.year ?? context.year)
        let span = first == last ? last.label : "\(first.label)〜\(last.label)"
        let bandRow = try writer.writeTitle(
            "年度推移（\(span)）",
            subtitle: "年度ごとの参加、認定、年度末の認定者数と目標、認定者のいる所属。制度が続いているかを見るための表です。",
            notes: [
                "認定者は各年度末に認定を持っている人を、各自の最上位の区分で1人と数えます（後の年度の認定は含めません）。新規認定は「サマリー」の今年度の認定と同じ数え方（既認定者名簿・前回から維持した認定を含む）、目標はその年度の年度設定の人数です。",
                "所属は年度設定の所属です。その年度に参加していない認定者は、最後に参加した年度の所属（参加がなければ既認定者名簿などの所属）で数えます。所属数（累計）は、その年度までに参加者・認定者の所属として出てきた所属の数です。",
                "異動した認定者：年度の初めに認定を持っていて、その年度に参加し、前に参加した年度と所属が違う人の数です。",
            ],
            widths: widths)
        try writeBands(at: bandRow, sheet: sheet)
        let placement = try writer.writeTable(table, headerRow: bandRow + 1, widths: widths, filter: false)
        if placement.data != nil {
            // A tier's holders reaching its target are green, as on the サマリー.
            for tier in Tier.allCases {
                let held = placement.anchor(column: Column.holders(tier))
                let target = placement.anchor(column: Column.target(tier))
                try sheet.addConditionalFormat(
                    ConditionalFormat(.formula("=AND(ISNUMBER(\(target)),\(target)>0,\(held)>=\(target))"), style: ReportStyles.good),
                    to: placement.data(column: Column.holders(tier))!)
            }
            try insertChart(placement, sheet: sheet, workbook: workbook)
        }
        try writer.setUpPrinting(fitHeight: 1)
    }

    /// 新規認定 | 年度末の認定者と目標 | 所属 over their columns; blank heading cells over the rest.
    private static func writeBands(at row: Int, sheet: XLSXWorksheet) throws {
        for column in 0..<Column.granted(.advisor) {
            try sheet.writeBlank(at: CellAddress(row: row, column: column), style: ReportStyles.header)
        }
        let bands = [
            (Band.granted, Column.granted(.advisor), Column.granted(.specialist)),
            (Band.holders, Column.holders(.advisor), Column.holdersTotal),
            (Band.departments, Column.departmentsWithHolder, Column.moved),
        ]
        for (label, first, last) in bands {
            try sheet.mergeRange(
                RangeAddress(firstRow: row, firstColumn: first, lastRow: row, lastColumn: last), value: .text(label),
                style: ReportStyles.header)
        }
        try sheet.setRow(row, height: SheetWriter.height(lines: 1))
    }

    static func table(_ rows: [YearTrend.Row]) -> ReportTable {
        var columns = Array(repeating: ReportColumn(""), count: Column.count)
        columns[Column.year] = ReportColumn(Header.year, min: 11, max: 14)
        columns[1] = .count(Header.participants, note: "その年度の年度設定の参加者（職員番号で数えた実人数）。")
        columns[2] = .count(Header.projects)
        columns[Column.judges] = ReportColumn(
            Header.judges, .centered, min: 10, max: 14, note: "集計に使えるシートを提出した審査員の数／年度設定の審査員の数。")
        for tier in Tier.allCases {
            columns[Column.granted(tier)] = .count(
                DecisionSheet.Header.tier(tier), note: "その年度の\(tier.label)の認定の件数（既認定者名簿のその年度の分、前回から維持した認定を含む）。")
            columns[Column.holders(tier)] = .count(
                DecisionSheet.Header.tier(tier), note: "年度末に\(tier.label)が最上位の認定者の人数。目標以上は緑。")
            columns[Column.target(tier)] = .count(Header.target, note: "その年度の年度設定の「目標」シートの\(tier.label)の人数。")
        }
        columns[Column.holdersTotal] = .count(Header.holdersTotal, note: "年度末の認定者の合計（各自の最上位の区分で1人）。")
        columns[Column.departmentsWithHolder] = .count(Header.departmentsWithHolder, note: "年度末に認定者が1人以上いる所属の数。")
        columns[Column.departments] = .count(Header.departments, note: "その年度までに参加者・認定者の所属として出てきた所属の数（空欄は数えません）。")
        columns[Column.moved] = .count(Header.moved, note: "年度の初めに認定を持ち、その年度に参加して、前に参加した年度と所属が違う人の数。")
        let values: [[ReportValue]] = rows.map { r in
            var row = Array(repeating: ReportValue.blank, count: Column.count)
            row[Column.year] = .text(r.year.label)
            row[1] = .count(r.participants)
            row[2] = .count(r.projects)
            row[Column.judges] = .text("\(r.judgesReceived)／\(r.judgesPlanned)")
            for tier in Tier.allCases {
                row[Column.granted(tier)] = .count(r.newCertifications[tier] ?? 0)
                row[Column.holders(tier)] = .count(r.holders[tier] ?? 0)
                row[Column.target(tier)] = .optional(r.targets[tier].map(Double.init))
            }
            row[Column.holdersTotal] = .count(r.totalHolders)
            row[Column.departmentsWithHolder] = .count(r.departmentsWithHolder)
            row[Column.departments] = .count(r.departments)
            row[Column.moved] = .count(r.movedHolders)
            return row
        }
        return ReportTable(columns: columns, rows: values, emptyMessage: "処理した年度がありません")
    }

    /// Holders per tier over the years (solid lines with markers) and each tier's target
    /// (dashed, same colour), under the table.
    private static func insertChart(_ placement: TablePlacement, sheet: XLSXWorksheet, workbook: XLSXWorkbook) throws {
        let chart = try workbook.addChart(.line)
        let categories = SheetRange(sheet: name, range: placement.data(column: Column.year)!)
        // One year is one point: a target line needs a marker to show at all.
        let single = placement.firstRow == placement.lastRow
        for tier in Tier.allCases {
            let color = ReportStyles.tierColors[tier]
            try chart.addSeries(
                ChartSeries(
                    name: .text("\(tier.shortLabel)（認定者）"), categories: categories,
                    values: SheetRange(sheet: name, range: placement.data(column: Column.holders(tier))!),
                    color: color, dataLabels: .init(value: true, position: .above), marker: .init(.circle, size: 6)))
            try chart.addSeries(
                ChartSeries(
                    name: .text("\(tier.shortLabel)（目標）"), categories: categories,
                    values: SheetRange(sheet: name, range: placement.data(column: Column.target(tier))!),
                    color: color, dash: .dash, marker: single ? .init(.diamond, size: 9) : .init(.none)))
        }
        try chart.setTitle("区分別の認定者数と目標の推移")
        try chart.setAxisTitles(category: nil, value: "人数")
        try chart.setValueAxis(minimum: 0)
        try chart.setLegend(.right)
        // As wide as the table (Excel's column of width w is about 7w + 5 pixels), so that the
        // page, fitted to the table's width, is filled; half as high as wide.
        let width = Int(placement.widths.reduce(0) { $0 + $1 * 7 + 5 })
        try sheet.insertChart(
            chart, at: CellAddress(row: placement.lastRow + 2, column: 0),
            placement: ChartPlacement(width: width, height: max(300, width / 2)))
    }
}
