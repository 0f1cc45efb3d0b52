import DXCertRules
import Foundation
import XLSXWriter

/// `認定台帳.xlsx`: the cumulative ledger.
///
/// - 認定者一覧: one row per certified person — staff ID (as text, leading zeros kept), name,
///   latest department, current tier, the year each tier was granted, where each grant came
///   from, and the person's projects and roles year by year.
/// - 認定履歴: one row per grant event. Its heading row uses the 既認定者名簿 labels
///   (`FormLayout.PriorRegister`: 職員番号, 氏名, 所属, 認定区分, 認定年度, 備考), so the next
///   run reads this sheet back through `PriorRegisterParser` and never revokes a grant.
///   The 認定者一覧 heading deliberately has no label starting with 認定区分 or 認定年度, so the
///   reader cannot mistake it for the events.
enum LedgerWorkbook {
    static let peopleSheet = "認定者一覧"
    static let eventsSheet = "認定履歴"

    typealias Layout = FormLayout.PriorRegister

    enum Header {
        static let staffID = Layout.staffIDHeader
        static let name = Layout.nameHeader
        static let department = "所属（最新）"
        static let current = "現在の区分"
        static let sources = "認定の根拠"

        static let history = "参加の履歴（年度・プロジェクト・役割）"

        static func grantYear(_ t: Tier) -> String { "\(t.shortLabel)\nの認定年度" }
    }

    /// The latest year the ledger covers (the last processed year, else the latest grant).
    static func asOf(_ result: RunResult) -> FiscalYear? {
        result.years.map(\.year).max() ?? result.certification.events.map(\.year).max()
    }

    /// Builds the workbook in memory; the caller closes it.
    static func build(_ result: RunResult, path: String) throws -> XLSXWorkbook {
        // Both sheets grow with the certified staff: streamed, written top to bottom.
        let workbook = try XLSXWorkbook(path: path, options: WorkbookOptions(defaultFont: ReportStyles.font, constantMemory: true))
        do {
            let latest = asOf(result)
            let organisation = result.years.last?.setup.organisation ?? ""
            try workbook.setProperties(
                ReportContext.properties(
                    organisation: organisation, document: "認定台帳",
                    subject: "DX人材の認定台帳（\(latest.map { $0.label + "末現在" } ?? "認定なし")）",
                    keywords: "DX人材認定, 認定台帳",
                    comments: "入力フォルダーのシートと前回の認定台帳から dxcert が作成。認定履歴シートは次回の実行で読み込みます（認定は取り消しません）。",
                    year: latest))
            let page = ReportContext.page(organisation: organisation, title: "認定台帳（\(latest.map { $0.label + "末現在" } ?? "")）")
            try writePeople(result, latest: latest, page: page, to: workbook)
            try writeEvents(result, latest: latest, page: page, to: workbook)
        } catch {
            workbook.discard()
            throw error
        }
        return workbook
    }

    // MARK: 認定者一覧

    static func peopleTable(_ result: RunResult) -> ReportTable {
        let columns =
            [
                ReportColumn(Header.staffID, min: 8, max: 14),
                ReportColumn(Header.name, min: 10, max: 20),
                ReportColumn(Header.department, min: 12, max: 24),
                ReportColumn(Header.current, min: 14, max: 18),
            ] + Tier.allCases.map { ReportColumn(Header.grantYear($0), .centered, min: 11, max: 14) } + [
                ReportColumn(
                    Header.sources, min: 14, max: 34,
                    note: "判定：このツールの判定で認定。既認定者名簿：ツール導入前の認定。前回までの認定台帳：以前の実行で認定（年度のデータがない、または今回は基準未達でも維持）。"),
                // One line per year and project: a column per year would make the sheet wider every year.
                ReportColumn(Header.history, min: 24, max: 48),
            ]
        let entries = result.certification.ledger.sorted { $0.staffID < $1.staffID }
        let row: (Int) -> [ReportValue] = { i in
            let e = entries[i]
            let history = e.participations.sorted { ($0.year, $0.projectID) < ($1.year, $1.projectID) }
                .map { "\($0.year.label) \($0.projectID) \($0.team)（\($0.role.rawValue)）" }
            return [.text(e.staffID.value), .nonEmpty(e.name), .nonEmpty(e.department), .text(ReportContext.tierText(e.currentTier))]
                + Tier.allCases.map { .nonEmpty(e.grants[$0]?.label ?? "") }
                + [.nonEmpty(sources(e)), .nonEmpty(history.joined(separator: "\n"))]
        }
        return ReportTable(columns: columns, count: entries.count, row: row, emptyMessage: "認定者はまだいません", frozenColumns: 2)
    }

    /// Where the grants came from: one word when all agree, else one line per tier.
    static func sources(_ e: LedgerEntry) -> String {
        let held = Tier.allCases.compactMap { t in e.grantSources[t].map { (t, $0) } }
        if let first = held.first, held.allSatisfy({ $0.1 == first.1 }) { return first.1.rawValue }
        return held.map { "\($0.0.shortLabel)：\($0.1.rawValue)" }.joined(separator: "\n")
    }

    private static func writePeople(_ result: RunResult, latest: FiscalYear?, page: PageText, to workbook: XLSXWorkbook) throws {
        let sheet = try workbook.addWorksheet(name: peopleSheet)
        let writer = SheetWriter(sheet: sheet, page: page)
        let table = peopleTable(result)
        let widths = SheetWriter.widths(for: table)
        let ledger = result.certification.ledger
        let byTier = Tier.allCases.reversed().map { t in "\(t.shortLabel) \(ledger.filter { $0.currentTier == t }.count)" }.joined(separator: "・")
        let headerRow = try writer.writeTitle(
            "認定台帳　認定者一覧（\(latest.map { $0.label + "末現在" } ?? "")）",
            subtitle: "認定者 \(ledger.count)人（現在の区分：\(byTier)）",
            notes: ["一度認定された区分は取り消しません。所属は最新の年度設定の所属です。参加の履歴は、このツールで処理した年度のプロジェクトと役割です。\(latest.map { $0.label } ?? "最新の年度")の認定は緑で示します。"],
            widths: widths)
        let placement = try writer.writeTable(table, headerRow: headerRow)
        if let latest, placement.data != nil {
            let first = table.column(Header.grantYear(.advisor))!
            let range = RangeAddress(
                firstRow: placement.firstRow, firstColumn: first, lastRow: placement.lastRow, lastColumn: first + Tier.allCases.count - 1)
            try sheet.addConditionalFormat(ConditionalFormat(.cellValue(.equal(.text(latest.label))), style: ReportStyles.good), to: range)
        }
        try writer.setUpPrinting()
    }

    // MARK: 認定履歴

    static func eventsTable(_ result: RunResult) -> ReportTable {
        let columns = [
            ReportColumn(Layout.yearHeader, min: 10, max: 12),
            ReportColumn(Layout.staffIDHeader, min: 8, max: 14),
            ReportColumn(Layout.nameHeader, min: 10, max: 20),
            ReportColumn(Layout.departmentHeader, min: 12, max: 24),
            ReportColumn(Layout.tierHeader, min: 14, max: 18),
            ReportColumn("根拠", min: 8, max: 20),
            ReportColumn(Layout.noteHeader, min: 20, max: 50),
        ]
        var decisions: [FiscalYear: [StaffID: Decision]] = [:]
        for (year, list) in result.certification.decisions {
            decisions[year] = Dictionary(list.map { ($0.staffID, $0) }, uniquingKeysWith: { a, _ in a })
        }
        let events = result.certification.events
        let row: (Int) -> [ReportValue] = { i in
            let e = events[i]
            return [
                .text(e.year.label), .text(e.staffID.value), .nonEmpty(e.name), .nonEmpty(e.department), .text(e.tier.label),
                .text(e.source.rawValue), .nonEmpty(note(e, decision: decisions[e.year]?[e.staffID])),
            ]
        }
        return ReportTable(columns: columns, count: events.count, row: row, emptyMessage: "認定の記録はまだありません", frozenColumns: 0)
    }

    /// The event's note; for a computed grant, the project it rests on.
    static func note(_ e: CertificationEvent, decision: Decision?) -> String {
        guard e.source == .computed, let decision,
            let outcome = decision.outcomes.first(where: { $0.tier == e.tier && $0.met }),
            !outcome.evidence.isEmpty
        else { return e.note }
        return ([e.note].filter { !$0.isEmpty } + ["根拠：\(outcome.evidence)"]).joined(separator: "　")
    }

    private static func writeEvents(_ result: RunResult, latest: FiscalYear?, page: PageText, to workbook: XLSXWorkbook) throws {
        let sheet = try workbook.addWorksheet(name: eventsSheet)
        let writer = SheetWriter(sheet: sheet, page: page)
        let table = eventsTable(result)
        let widths = SheetWriter.widths(for: table)
        let headerRow = try writer.writeTitle(
            "認定台帳　認定履歴",
            subtitle: "認定 \(result.certification.events.count)件（年度順）",
            notes: ["このシートは次回の実行で読み込み、これまでの認定を引き継ぎます。見出しの名前は変えないでください。"],
            widths: widths)
        let placement = try writer.writeTable(table, headerRow: headerRow)
        if let latest, let data = placement.data {
            try sheet.addConditionalFormat(
                ConditionalFormat(.formula("=\(placement.anchor(column: 0))=\"\(latest.label)\""), style: ReportStyles.good),
                to: data)
        }
        try writer.setUpPrinting()
    }
}
