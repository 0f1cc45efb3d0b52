import DXCertRules
import Foundation
import XLSXWriter

/// サマリー: the year on one page — how the year ran, certifications and holders against the
/// targets, input problems by severity, a chart of holders vs targets and a chart of the
/// project scores.
///
/// The sheet is added first (it is the first tab) but filled last, because its project chart
/// reads the プロジェクト評価 sheet's cells.
enum SummarySheet {
    static let name = "サマリー"

    enum Label {
        static let year = "年度"
        static let meeting = "報告会の開催日"
        static let participants = "参加者（実人数）"
        static let projects = "プロジェクト"
        static let judges = "審査員の提出"
        static let evaluations = "メンバー評価の提出"
        static let files = "入力ファイル"
    }

    enum Header {
        static let tier = "認定区分"
        static let granted = "今年度の認定"
        static let holders = "認定者数"
        static let target = "目標人数"
        static let rate = "達成率"
        static let shortfall = "目標までの不足"
        static let severity = "重大度"
        static let count = "件数"
        static let band = "点数帯"
        static let projects = "プロジェクト数"
    }

    static let widths: [Double] = [26, 14, 14, 14, 12, 16]
    /// Charts start in this column (H), right of the tables.
    static let chartColumn = 7

    static let labelStyle = CellStyle(
        bold: true, fillColor: ReportStyles.totalFill,
        borders: .all(.init(.thin, color: ReportStyles.gridLine)), verticalAlignment: .top)
    static let valueStyle = CellStyle(
        borders: .all(.init(.thin, color: ReportStyles.gridLine)), horizontalAlignment: .right,
        verticalAlignment: .top)
    static let textValueStyle = CellStyle(borders: .all(.init(.thin, color: ReportStyles.gridLine)), verticalAlignment: .top)
    static let remarkStyle = CellStyle(borders: .all(.init(.thin, color: ReportStyles.gridLine)), verticalAlignment: .top, wrapText: true)

    /// Fills the summary of a year.
    static func write(
        _ context: ReportContext, sheet: XLSXWorksheet, workbook: XLSXWorkbook,
        projects: (table: ReportTable, placement: TablePlacement)
    ) throws {
        let writer = SheetWriter(sheet: sheet, page: context.page)
        let org = context.setup.organisation
        var row = try writer.writeTitle(
            "DX人材認定　認定結果サマリー（\(context.year.label)）",
            subtitle: (org.isEmpty ? "" : org + "　") + ReportContext.period(context.year),
            notes: ["このブックは入力フォルダーのシートから dxcert が作成しました。手で直しても再実行すると作り直されます。"],
            widths: widths)
        for (c, w) in widths.enumerated() { try sheet.setColumn(c, width: w) }
        try sheet.setColumn(widths.count, width: 3)

        row += 1
        try sheet.write("■ 実施状況", at: CellAddress(row: row, column: 0), style: ReportStyles.section)
        row += 1
        row = try writeFacts(facts(context), at: row, sheet: sheet)

        row += 1
        try sheet.write("■ 区分別の認定状況（\(context.year.label)末）", at: CellAddress(row: row, column: 0), style: ReportStyles.section)
        row += 1
        let tierTable = self.tierTable(context)
        let tiers = try writer.writeTable(tierTable, headerRow: row, widths: widths, filter: false)
        if let rate = tiers.data(column: tierTable.column(Header.rate)!) {
            let cell = tiers.anchor(column: rate.first.column)
            try sheet.addConditionalFormat(ConditionalFormat(.formula("=AND(ISNUMBER(\(cell)),\(cell)>=1)"), style: ReportStyles.good), to: rate)
            try sheet.addConditionalFormat(ConditionalFormat(.formula("=AND(ISNUMBER(\(cell)),\(cell)<1)"), style: ReportStyles.neutral), to: rate)
        }
        row = (tiers.totalsRow ?? tiers.lastRow) + 1
        try writeNote(
            "認定者数は各職員の最上位の区分で1人と数えます（スペシャリストをエキスパート・アドバイザーには数えません）。今年度の認定には、前回の実行から維持した認定と既認定者名簿の今年度分を含みます。",
            row: row, sheet: sheet)
        row += 2

        try sheet.write("■ 入力チェック", at: CellAddress(row: row, column: 0), style: ReportStyles.section)
        row += 1
        row = try writeSeverities(context.result.problems, at: row, writer: writer)

        try insertTierChart(tiers, sheet: sheet, workbook: workbook)
        try insertProjectChart(context, projects: projects, below: row, sheet: sheet, writer: writer, workbook: workbook)
        try writer.setUpPrinting(fitHeight: 1)
    }

    /// The summary when no year setup was found: why nothing was decided, and where to look.
    static func writeWithoutYear(_ result: RunResult, sheet: XLSXWorksheet, page: PageText) throws {
        let writer = SheetWriter(sheet: sheet, page: page)
        var row = try writer.writeTitle(
            "DX人材認定　入力の確認（年度不明）",
            subtitle: "年度設定が見つからないため、認定の判定は行っていません。",
            notes: ["年度設定（年度設定.xlsx）を入力フォルダーに入れて、もう一度実行してください。見つかったファイルとその扱いは「入力ファイル」、問題の一覧は「入力チェック」のシートにあります。"],
            widths: widths)
        for (c, w) in widths.enumerated() { try sheet.setColumn(c, width: w) }
        row += 1
        try sheet.write("■ 入力の状況", at: CellAddress(row: row, column: 0), style: ReportStyles.section)
        row += 1
        row = try writeFacts([(Label.files, .count(result.files.count), "件（\(InputFilesSheet.statusCounts(result.files))）")], at: row, sheet: sheet)
        row += 1
        try sheet.write("■ 入力チェック", at: CellAddress(row: row, column: 0), style: ReportStyles.section)
        row += 1
        try writeSeverities(result.problems, at: row, writer: writer)
        try writer.setUpPrinting(fitHeight: 1)
    }

    // MARK: Blocks

    typealias Fact = (label: String, value: ReportValue, remark: String)

    static func facts(_ context: ReportContext) -> [Fact] {
        let setup = context.setup
        let leaders = Set(setup.participants.filter { $0.role == .leader }.map(\.staffID)).count
        let scored = context.scores.projects.filter { $0.score != nil }.count
        let judges = context.scores.judges
        // As the scorer counted them: only projects with one leader have a leader to evaluate.
        let expectedEvaluations = context.scores.leaderEvaluations.values.reduce(0) { $0 + $1.expectedCount }
        let receivedEvaluations = context.scores.leaderEvaluations.values.reduce(0) { $0 + $1.evaluators.count }
        return [
            (Label.year, .text(context.year.label), "\(context.year.year)年4月〜\(context.year.year + 1)年3月"),
            (Label.meeting, .text(setup.meetingDate ?? "記載なし"), ""),
            (Label.participants, .count(context.participantCount), "人（うちリーダー \(leaders)人）"),
            (Label.projects, .count(setup.projects.count), "件（採点あり \(scored)件）"),
            (Label.judges, .count(context.judgesReceived), "人（予定 \(judges.count)人・未提出 \(judges.count - context.judgesReceived)人）"),
            (Label.evaluations, .count(receivedEvaluations), "件（予定 \(expectedEvaluations)件。集計に使えた評価）"),
            (Label.files, .count(context.result.files.count), "件（\(InputFilesSheet.statusCounts(context.result.files))）"),
        ]
    }

    /// Label | value | remark (remark merged over the remaining columns).
    private static func writeFacts(_ facts: [Fact], at start: Int, sheet: XLSXWorksheet) throws -> Int {
        var row = start
        for fact in facts {
            try sheet.write(fact.label, at: CellAddress(row: row, column: 0), style: labelStyle)
            switch fact.value {
            case .number(let n): try sheet.write(n, at: CellAddress(row: row, column: 1), style: valueStyle)
            case .text(let t): try sheet.write(t, at: CellAddress(row: row, column: 1), style: textValueStyle)
            default: try sheet.writeBlank(at: CellAddress(row: row, column: 1), style: valueStyle)
            }
            try sheet.mergeRange(
                RangeAddress(firstRow: row, firstColumn: 2, lastRow: row, lastColumn: widths.count - 1),
                value: .text(fact.remark), style: remarkStyle)
            row += 1
        }
        return row
    }

    private static func writeNote(_ text: String, row: Int, sheet: XLSXWorksheet) throws {
        var style = ReportStyles.note
        style.wrapText = true
        style.verticalAlignment = .top
        try sheet.mergeRange(
            RangeAddress(firstRow: row, firstColumn: 0, lastRow: row, lastColumn: widths.count - 1), value: .text(text), style: style)
        let lines = TextWidth.lineCount(text, width: widths.reduce(0, +))
        try sheet.setRow(row, height: Double(lines) * 14.5 + 2)
    }

    /// 重大度 | 件数, with errors red and warnings yellow when there are any.
    @discardableResult
    private static func writeSeverities(_ problems: [Problem], at row: Int, writer: SheetWriter) throws -> Int {
        let table = ReportTable(
            columns: [ReportColumn(Header.severity), .count(Header.count)],
            rows: Severity.allCases.reversed().map { s in [.text(s.label), .count(problems.filter { $0.severity == s }.count)] })
        let placement = try writer.writeTable(table, headerRow: row, widths: Array(widths.prefix(2)), filter: false)
        let count = placement.anchor(column: 1)
        let severity = placement.anchor(column: 0)
        if let data = placement.data {
            try writer.sheet.addConditionalFormat(
                ConditionalFormat(.formula("=AND(\(severity)=\"\(Severity.error.label)\",\(count)>0)"), style: ReportStyles.bad), to: data)
            try writer.sheet.addConditionalFormat(
                ConditionalFormat(.formula("=AND(\(severity)=\"\(Severity.warning.label)\",\(count)>0)"), style: ReportStyles.neutral), to: data)
        }
        try writer.sheet.mergeRange(
            RangeAddress(firstRow: row + 1, firstColumn: 2, lastRow: placement.lastRow, lastColumn: widths.count - 1),
            value: .text(problems.isEmpty ? "入力の問題はありません。" : "一覧は「入力チェック」シートにあります（ファイル・シート・セルの位置と対処）。"),
            style: CellStyle(fontSize: 10, fontColor: ReportStyles.noteColor, verticalAlignment: .top, wrapText: true))
        return placement.lastRow + 1
    }

    static func tierTable(_ context: ReportContext) -> ReportTable {
        let targets = context.settings.targets
        let newCounts = context.newCounts
        let holders = context.holderCounts
        let columns = [
            ReportColumn(Header.tier),
            .count(Header.granted),
            .count(Header.holders, note: "年度末の認定者（各自の最上位の区分で数える）。"),
            .count(Header.target, note: "年度設定の「目標」シートの人数（既定：図表3の60／30／10人）。"),
            ReportColumn(Header.rate, .number(ReportStyles.percentFormat), note: "認定者数 ÷ 目標人数。"),
            .count(Header.shortfall),
        ]
        func rate(_ n: Int, _ target: Int?) -> ReportValue {
            guard let target, target > 0 else { return .blank }
            return .number(Double(n) / Double(target))
        }
        let rows: [[ReportValue]] = Tier.allCases.map { t in
            let held = holders[t] ?? 0
            return [
                .text(t.label), .count(newCounts[t] ?? 0), .count(held), .optional(targets[t].map(Double.init)),
                rate(held, targets[t]), targets[t].map { .count(max(0, $0 - held)) } ?? .blank,
            ]
        }
        let totalHeld = holders.values.reduce(0, +)
        let totalTarget = Tier.allCases.compactMap { targets[$0] }.reduce(0, +)
        let totals: [ReportValue] = [
            .text("合計"), .count(newCounts.values.reduce(0, +)), .count(totalHeld), .count(totalTarget),
            rate(totalHeld, totalTarget),
            .count(Tier.allCases.reduce(0) { $0 + max(0, (targets[$1] ?? 0) - (holders[$1] ?? 0)) }),
        ]
        return ReportTable(columns: columns, rows: rows, totals: totals)
    }

    // MARK: Charts

    private static func insertTierChart(_ tiers: TablePlacement, sheet: XLSXWorksheet, workbook: XLSXWorkbook) throws {
        guard let categories = tiers.data(column: 0) else { return }
        let chart = try workbook.addChart(.column)
        let labels = ChartSeries.DataLabels(value: true, position: .outsideEnd)
        for (column, color) in [(2, RGBColor(0x4472C4)), (3, RGBColor(0xBFBFBF))] {
            try chart.addSeries(
                ChartSeries(
                    name: .cell(sheet: name, CellAddress(row: tiers.headerRow, column: column)),
                    categories: SheetRange(sheet: name, range: categories),
                    values: SheetRange(sheet: name, range: tiers.data(column: column)!),
                    color: color, dataLabels: labels))
        }
        try chart.setTitle("区分別の認定者数と目標")
        try chart.setAxisTitles(category: nil, value: "人数")
        try chart.setValueAxis(minimum: 0)
        try chart.setLegend(.bottom)
        try sheet.insertChart(chart, at: CellAddress(row: 4, column: chartColumn), placement: ChartPlacement(width: 520, height: 290))
    }

    /// Scores per project when there are few projects; otherwise how many projects fall in
    /// each 10-point band (a table under the input checks feeds the chart).
    private static func insertProjectChart(
        _ context: ReportContext, projects: (table: ReportTable, placement: TablePlacement),
        below row: Int, sheet: XLSXWorksheet, writer: SheetWriter, workbook: XLSXWorkbook
    ) throws {
        let scored = context.scores.projects.compactMap(\.score)
        guard !scored.isEmpty else { return }
        let chart = try workbook.addChart(.column)
        let anchor = CellAddress(row: 20, column: chartColumn)
        if context.scores.projects.count <= ProjectSheet.chartLimit,
            let values = projects.placement.data(column: projects.table.column(ProjectSheet.Header.score)!),
            let teams = projects.placement.data(column: projects.table.column(ProjectSheet.Header.team)!)
        {
            try chart.addSeries(
                ChartSeries(
                    name: .text("報告会評価"), categories: SheetRange(sheet: ProjectSheet.name, range: teams),
                    values: SheetRange(sheet: ProjectSheet.name, range: values), color: RGBColor(0x4472C4),
                    dataLabels: .init(value: true, numberFormat: ReportStyles.scoreFormat, position: .outsideEnd)))
            try chart.setTitle("プロジェクト別の報告会評価（順位順）")
            try chart.setValueAxis(minimum: 0, maximum: 100, majorUnit: 20)
        } else {
            let bands = Self.bands(scored)
            let table = ReportTable(
                columns: [ReportColumn(Header.band), .count(Header.projects)],
                rows: bands.map { [.text($0.label), .count($0.count)] })
            let start = row + 1
            try sheet.write("■ 報告会評価の分布", at: CellAddress(row: start, column: 0), style: ReportStyles.section)
            let placement = try writer.writeTable(table, headerRow: start + 1, widths: Array(widths.prefix(2)), filter: false)
            try chart.addSeries(
                ChartSeries(
                    name: .text("プロジェクト数"), categories: SheetRange(sheet: name, range: placement.data(column: 0)!),
                    values: SheetRange(sheet: name, range: placement.data(column: 1)!), color: RGBColor(0x4472C4),
                    dataLabels: .init(value: true, position: .outsideEnd)))
            try chart.setTitle("報告会評価の分布（\(scored.count)件）")
            try chart.setValueAxis(minimum: 0)
        }
        try chart.setLegend(.none)
        try sheet.insertChart(chart, at: anchor, placement: ChartPlacement(width: 520, height: 290))
    }

    /// Projects per 10-point band: `50点未満`, `50〜59点`, … `90点以上`.
    static func bands(_ scores: [Double]) -> [(label: String, count: Int)] {
        var out: [(String, Int)] = [("50点未満", scores.filter { $0 < 50 }.count)]
        for low in stride(from: 50, through: 80, by: 10) {
            out.append(("\(low)〜\(low + 9)点", scores.filter { $0 >= Double(low) && $0 < Double(low + 10) }.count))
        }
        out.append(("90点以上", scores.filter { $0 >= 90 }.count))
        return out
    }
}
