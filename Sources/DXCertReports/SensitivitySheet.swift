import DXCertRules
import Foundation
import XLSXWriter

/// しきい値感度: how many of the year's participants would newly qualify for each tier if the
/// tier's bars were 50, 55, … 90 (`Sensitivity`), under a block with the bars in force, the
/// year's certifications, the holders and the targets, and with a line chart.
enum SensitivitySheet {
    static let name = "しきい値感度"

    enum Header {
        static let tier = "区分"
        static let meetingBar = "現在の基準\n（報告会評価）"
        static let leaderBar = "現在の基準\n（メンバー評価）"
        static let granted = "今年度の認定"
        static let holders = "年度末の認定者"
        static let target = "目標人数"
        static let bar = "しきい値（点）"

        static func count(_ t: Tier) -> String { "\(t.shortLabel)\n（該当人数）" }
    }

    static func write(_ context: ReportContext, to workbook: XLSXWorkbook) throws {
        let sheet = try workbook.addWorksheet(name: name)
        let writer = SheetWriter(sheet: sheet, page: context.page)
        let s = context.settings
        // Computed once by the pipeline (Batch.compute), never re-derived here.
        let rows = context.result.sensitivity
        let current = currentTable(context)
        let main = table(rows)
        let currentWidths = SheetWriter.widths(for: current)
        let mainWidths = SheetWriter.widths(for: main)
        let widths = (0..<max(currentWidths.count, mainWidths.count)).map { c in
            max(c < currentWidths.count ? currentWidths[c] : 0, c < mainWidths.count ? mainWidths[c] : 0)
        }
        let headerRow = try writer.writeTitle(
            "しきい値感度（\(context.year.label)）",
            subtitle: "区分ごとに基準点を変えたとき、今年度の参加者のうち何人がその区分の基準を満たすか",
            notes: [
                "各行は、その区分の報告会評価とメンバー評価の基準点をどちらも「しきい値」にしたときの人数です（他の設定と前年度までの認定は実際のまま）。既にその区分以上に認定されている人は数えません。",
                "区分ごとに独立に数えるため、エキスパートとスペシャリストの両方に数えられる人がいます。太枠は現在の報告会評価の基準点の行です。",
            ],
            widths: widths)
        try writer.writeTable(current, headerRow: headerRow, widths: widths, filter: false)
        let mainHeader = headerRow + current.rowCount + 2
        let placement = try writer.writeTable(main, headerRow: mainHeader, widths: widths)

        if placement.data != nil {
            let barCell = placement.anchor(column: 0)
            for tier in Tier.allCases {
                let column = main.column(Header.count(tier))!
                try sheet.addConditionalFormat(
                    ConditionalFormat(.formula("=\(barCell)=\(NumberFormatting.plain(s.meetingBar(tier)))"), style: ReportStyles.emphasis),
                    to: placement.data(column: column)!)
            }
            try insertChart(main, placement, sheet: sheet, workbook: workbook)
        }
        try writer.setUpPrinting(fitHeight: 1)
    }

    private static func insertChart(_ table: ReportTable, _ placement: TablePlacement, sheet: XLSXWorksheet, workbook: XLSXWorkbook) throws {
        let chart = try workbook.addChart(.line)
        let categories = SheetRange(sheet: name, range: placement.data(column: 0)!)
        for tier in Tier.allCases {
            let column = table.column(Header.count(tier))!
            try chart.addSeries(
                ChartSeries(
                    name: .text(tier.label), categories: categories,
                    values: SheetRange(sheet: name, range: placement.data(column: column)!),
                    color: ReportStyles.tierColors[tier]))
        }
        try chart.setTitle("しきい値と該当人数")
        try chart.setAxisTitles(category: "しきい値（点）", value: "人数")
        try chart.setLegend(.bottom)
        let right = placement.columnCount + 1
        try sheet.insertChart(
            chart, at: CellAddress(row: placement.headerRow, column: right),
            placement: ChartPlacement(width: 520, height: 300))
    }

    /// The bars in force and where the year stands against the targets.
    static func currentTable(_ context: ReportContext) -> ReportTable {
        let s = context.settings
        let columns = [
            ReportColumn(Header.tier, min: 14, max: 20),
            ReportColumn(Header.meetingBar, .centered, min: 10, max: 16),
            ReportColumn(Header.leaderBar, .centered, min: 10, max: 16),
            .count(Header.granted),
            .count(Header.holders, note: "年度末にこの区分が最上位の認定者の人数。"),
            .count(Header.target),
        ]
        let newCounts = context.newCounts
        let holders = context.holderCounts
        let rows: [[ReportValue]] = Tier.allCases.map { t in
            [
                .text(t.label), .text(Figure.bar(s.meetingBar(t))), .text(s.leaderBar(t).map(Figure.bar) ?? "—"),
                .count(newCounts[t] ?? 0), .count(holders[t] ?? 0), .optional(s.targets[t].map(Double.init)),
            ]
        }
        return ReportTable(columns: columns, rows: rows)
    }

    static func table(_ rows: [Sensitivity.Row]) -> ReportTable {
        let columns =
            [ReportColumn(Header.bar, .number("General"), min: 10, max: 14)]
            + Tier.allCases.map { ReportColumn.count(Header.count($0)) }
        let values: [[ReportValue]] = rows.map { r in
            [.number(r.bar)] + Tier.allCases.map { .count(r.counts[$0] ?? 0) }
        }
        return ReportTable(columns: columns, rows: values)
    }
}
