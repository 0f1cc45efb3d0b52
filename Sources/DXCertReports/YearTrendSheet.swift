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
        static let projects = "プロジェク\nト"
        static let judges = "審査員\n（提出／予定）"
        static let holdersTotal = "認定者計"
        static let departmentsWithHolder = "認定者の\nいる所属"
        static let departments = "所属数\n（累計）"
        static let moved = "所属を異動\nした認定者"

        static func granted(_ t: Tier) -> String { "\(t.shortLabel)\n（新規認定）" }
        static func holders(_ t: Tier) -> String { "\(t.shortLabel)\n（認定者）" }
        static func target(_ t: Tier) -> String { "\(t.shortLabel)\n（目標）" }
    }

    static func write(_ context: ReportContext, to workbook: XLSXWorkbook) throws {
        let sheet = try workbook.addWorksheet(name: name)
        let writer = SheetWriter(sheet: sheet, page: context.page)
        // Computed once by the pipeline (Batch.compute), never re-derived here.
        let rows = context.result.trend
        let table = self.table(rows)
        let widths = SheetWriter.widths(for: table)
        let span = rows.isEmpty ? context.year.label : "\(rows.first!.year.label)〜\(rows.last!.year.label)"
        let headerRow = try writer.writeTitle(
            "年度推移（\(span)）",
            subtitle: "年度ごとの参加、認定、年度末の認定者数と目標、認定者のいる所属。制度が続いているかを見るための表です。",
            notes: [
                "認定者は各年度末に認定を持っている人を、各自の最上位の区分で1人と数えます（後の年度の認定は含めません）。新規認定は「サマリー」の今年度の認定と同じ数え方（既認定者名簿・前回から維持した認定を含む）、目標はその年度の年度設定の人数です。",
                "所属は年度設定の所属です。その年度に参加していない認定者は、最後に参加した年度の所属（参加がなければ既認定者名簿などの所属）で数えます。所属数（累計）は、その年度までに参加者・認定者の所属として出てきた所属の数です。",
                "所属を異動した認定者：年度の初めに認定を持っていて、その年度に参加し、前に参加した年度と所属が違う人の数です。",
            ],
            widths: widths)
        let placement = try writer.writeTable(table, headerRow: headerRow, widths: widths, filter: false)
        if placement.data != nil {
            // A tier's holders reaching its target are green, as on the サマリー.
            for tier in Tier.allCases {
                let held = placement.anchor(column: table.column(Header.holders(tier))!)
                let target = placement.anchor(column: table.column(Header.target(tier))!)
                try sheet.addConditionalFormat(
                    ConditionalFormat(.formula("=AND(ISNUMBER(\(target)),\(target)>0,\(held)>=\(target))"), style: ReportStyles.good),
                    to: placement.data(column: table.column(Header.holders(tier))!)!)
            }
            try insertChart(table, placement, sheet: sheet, workbook: workbook)
        }
        try writer.setUpPrinting(fitHeight: 1)
    }

    static func table(_ rows: [YearTrend.Row]) -> ReportTable {
        let columns =
            [
                ReportColumn(Header.year, min: 11, max: 14),
                .count(Header.participants, note: "その年度の年度設定の参加者（職員番号で数えた実人数）。"),
                .count(Header.projects),
                ReportColumn(
                    Header.judges, .centered, min: 10, max: 14,
                    note: "集計に使えるシートを提出した審査員の数／年度設定の審査員の数。"),
            ]
            + Tier.allCases.map {
                ReportColumn.count(Header.granted($0), note: "その年度の認定の件数（既認定者名簿のその年度の分、前回から維持した認定を含む）。")
            }
            + Tier.allCases.flatMap {
                [
                    ReportColumn.count(Header.holders($0), note: "年度末にこの区分が最上位の認定者の人数。目標以上は緑。"),
                    ReportColumn.count(Header.target($0), note: "その年度の年度設定の「目標」シートの人数。"),
                ]
            }
            + [
                .count(Header.holdersTotal),
                .count(Header.departmentsWithHolder, note: "年度末に認定者が1人以上いる所属の数。"),
                .count(Header.departments, note: "その年度までに参加者・認定者の所属として出てきた所属の数（空欄は数えません）。"),
                .count(Header.moved, note: "年度の初めに認定を持ち、その年度に参加して、前に参加した年度と所属が違う人の数。"),
            ]
        let values: [[ReportValue]] = rows.map { r in
            [.text(r.year.label), .count(r.participants), .count(r.projects), .text("\(r.judgesReceived)／\(r.judgesPlanned)")]
                + Tier.allCases.map { .count(r.newCertifications[$0] ?? 0) }
                + Tier.allCases.flatMap { t in [.count(r.holders[t] ?? 0), .optional(r.targets[t].map(Double.init))] }
                + [.count(r.totalHolders), .count(r.departmentsWithHolder), .count(r.departments), .count(r.movedHolders)]
        }
        return ReportTable(columns: columns, rows: values, emptyMessage: "処理した年度がありません")
    }

    /// Holders per tier over the years (solid lines with markers) and each tier's target
    /// (dashed, same colour), under the table.
    private static func insertChart(_ table: ReportTable, _ placement: TablePlacement, sheet: XLSXWorksheet, workbook: XLSXWorkbook) throws {
        let chart = try workbook.addChart(.line)
        let categories = SheetRange(sheet: name, range: placement.data(column: 0)!)
        // One year is one point: a target line needs a marker to show at all.
        let single = placement.firstRow == placement.lastRow
        for tier in Tier.allCases {
            let color = ReportStyles.tierColors[tier]
            try chart.addSeries(
                ChartSeries(
                    name: .text("\(tier.shortLabel)（認定者）"), categories: categories,
                    values: SheetRange(sheet: name, range: placement.data(column: table.column(Header.holders(tier))!)!),
                    color: color, dataLabels: .init(value: true, position: .above), marker: .init(.circle, size: 6)))
            try chart.addSeries(
                ChartSeries(
                    name: .text("\(tier.shortLabel)（目標）"), categories: categories,
                    values: SheetRange(sheet: name, range: placement.data(column: table.column(Header.target(tier))!)!),
                    color: color, dash: .dash, marker: single ? .init(.diamond, size: 6) : .init(.none)))
        }
        try chart.setTitle("区分別の認定者数と目標の推移")
        try chart.setAxisTitles(category: nil, value: "人数")
        try chart.setValueAxis(minimum: 0)
        try chart.setLegend(.right)
        let width = Int(placement.widths.reduce(0, +) * 7.0)
        try sheet.insertChart(
            chart, at: CellAddress(row: (placement.totalsRow ?? placement.lastRow) + 2, column: 0),
            placement: ChartPlacement(width: min(max(width, 640), 900), height: 330))
    }
}
