import DXCertIngest
import DXCertRules
import Foundation
import XLSXWriter

/// Writes the 年度設定 workbook: blank for the clerk to fill before the report meeting
/// (`templates/`), or filled from a `YearSetup` (sample input, tests).
///
/// Every label and sheet name comes from `FormLayout.YearSetup`, so `YearSetupParser` reads a
/// filled copy back. Defaults are pre-filled from the one place they are defined:
/// `SettingDefinition.all` (認定基準), `DefaultCriteria.all` (評価項目), `Settings().targets`
/// (目標). Tables have no example rows (the batch would read them as data): examples sit in a
/// grey italic line above each header and on the 説明 sheet.
public enum YearSetupTemplate {
    typealias Layout = FormLayout.YearSetup

    /// Rows covered by each column's input rule.
    static let validatedRows = 5000
    /// Rows of the プロジェクト sheet offered in the project-ID dropdowns.
    static let projectListRows = 1000
    /// Tables start here (0-based): title, instructions, example, header.
    static let headerRow = 3

    /// Writes the blank template.
    static func write(to url: URL) throws {
        try write(nil, to: url, created: FormWorkbook.templateCreated)
    }

    /// Writes `setup` as a filled 年度設定, as a clerk would have typed it into the template:
    /// year, meeting date, organisation, every table, the criteria, the settings' current values
    /// and the targets. `YearSetupParser` reads it back to the same setup (texts as the batch
    /// normalizes them, docs/rules.md §6.6).
    ///
    /// - Parameter created: the workbook's creation and modification time; default 1 April of the year.
    /// - Throws: `TemplateError`.
    public static func write(_ setup: YearSetup, to url: URL, created: Date? = nil) throws {
        try write(Optional(setup), to: url, created: created ?? FormWorkbook.created(for: setup.year))
    }

    /// Blank when `setup` is nil: the same bytes as before filled setups existed (golden test).
    private static func write(_ setup: YearSetup?, to url: URL, created: Date) throws {
        try TemplateError.writing(url.path) {
            let workbook = try FormWorkbook.create(url)
            do {
                try FormWorkbook.setProperties(
                    workbook, title: "DX人材認定 年度設定", organisation: setup?.organisation ?? "",
                    created: created)
                try writeInstructions(try workbook.addWorksheet(name: Layout.instructionsSheet))
                try writeYear(try workbook.addWorksheet(name: Layout.yearSheet), setup: setup)
                try writeProjects(try workbook.addWorksheet(name: Layout.projectsSheet), rows: projectRows(setup))
                try writeParticipants(try workbook.addWorksheet(name: Layout.participantsSheet), rows: participantRows(setup))
                try writeJudges(try workbook.addWorksheet(name: Layout.judgesSheet), rows: judgeRows(setup))
                try writeEvaluators(try workbook.addWorksheet(name: Layout.evaluatorsSheet), rows: evaluatorRows(setup))
                try writeCriteria(try workbook.addWorksheet(name: Layout.criteriaSheet), criteria: setup?.criteria ?? DefaultCriteria.all)
                try writeSettings(try workbook.addWorksheet(name: Layout.settingsSheet), settings: setup?.settings)
                try writeTargets(try workbook.addWorksheet(name: Layout.targetsSheet), targets: (setup?.settings ?? Settings()).targets)
                try workbook.worksheet(named: Layout.instructionsSheet)?.activate()
                try IdentityWriter.write(IdentityRecord(kind: .yearSetup), to: workbook, password: nil)
                try workbook.close()
            } catch {
                workbook.discard()
                throw error
            }
        }
    }

    // MARK: - Rows of a filled setup

    /// Text, or no value at all when empty (an empty string would still be a cell).
    private static func text(_ s: String) -> CellContent {
        s.isEmpty ? .blank : .text(s)
    }

    private static func projectRows(_ setup: YearSetup?) -> [[CellContent]] {
        (setup?.projects ?? []).map { [text($0.id.value), text($0.team), text($0.theme)] }
    }

    private static func participantRows(_ setup: YearSetup?) -> [[CellContent]] {
        (setup?.participants ?? []).map {
            [text($0.staffID.value), text($0.name), text($0.department), text($0.projectID.value), text($0.role.rawValue)]
        }
    }

    private static func judgeRows(_ setup: YearSetup?) -> [[CellContent]] {
        (setup?.judges ?? []).map {
            [text($0.id.value), text($0.name), text($0.category.rawValue), text($0.department), text($0.staffID?.value ?? "")]
        }
    }

    private static func evaluatorRows(_ setup: YearSetup?) -> [[CellContent]] {
        (setup?.extraEvaluators ?? []).map { [text($0.staffID.value), text($0.name), text($0.department), text($0.projectID.value)] }
    }

    /// The meeting date as a date cell when it reads as `2025年2月14日` (what the parser
    /// gives back for a date), else as the text it is.
    private static func meetingDateCell(_ text: String?) -> CellContent {
        guard let text, !text.isEmpty else { return .text("") }
        let parts = text.split(whereSeparator: { "年月日".contains($0) }).compactMap { Int($0) }
        if parts.count == 3, text.hasSuffix("日"), (1...12).contains(parts[1]), (1...31).contains(parts[2]) {
            return .date(SheetDateTime(year: parts[0], month: parts[1], day: parts[2]))
        }
        return .text(text)
    }

    /// The certificate date as a date cell, or the text the clerk typed.
    private static func certificateDateCell(_ date: CertificateDate?) -> CellContent {
        switch date {
        case nil: return .text("")
        case .day(let year, let month, let day)?: return .date(SheetDateTime(year: year, month: month, day: day))
        case .text(let text)?: return .text(text)
        }
    }

    // MARK: - 説明

    private static func writeInstructions(_ sheet: XLSXWorksheet) throws {
        let form = try FormSheet(sheet, widths: [24, 24, 24, 24])
        var row = 0
        try form.title(row, "DX人材認定制度　年度設定（記入用）")
        row += 1
        try form.merged(row, 0, form.lastColumn, .text("dxcert 様式 第\(FormLayout.version)版"), style: FormStyles.subtitle)
        row += 2
        let sections: [(String, String)] = [
            (
                "このブックについて",
                """
                年度ごとに1つ作ります。プロジェクト・参加者・審査員・評価項目・認定基準を入力すると、dxcert が審査員ごとの\
                報告会評価シートと、評価者ごと・リーダーごとのリーダー評価シートを作ります（dxcert sheets --setup このファイル）。
                集計するときは、返ってきたシートと一緒に、このファイルも input フォルダーに入れてください。
                """
            ),
            (
                "入力のしかた",
                """
                ・色の付いたセル（薄い黄色）が入力欄です。ほかのセルは保護されています（パスワードなし。［校閲］→［シート保護の解除］で解除できます）。
                ・見出しの文字とシート名は変えないでください。dxcert は見出しの文字で表を読み取ります。
                ・表は上の行から詰めて入力してください。空いた行は読み飛ばします。色の付いた行が足りなければ、その下にも入力できます。
                ・職員番号とIDは文字として入力されます（先頭の0も残ります）。
                ・例の行は表に入れていません。各シートの見出しの上の灰色の行と、下の「入力例」を見てください。
                """
            ),
            (
                "シートごとの内容",
                """
                ・年度：年度（例：令和6年度）、報告会の開催日、団体名。認定証の認定日・発行者・認定番号の形式（空欄なら既定）。
                ・プロジェクト：BPRプロジェクト（チーム）ごとに1行。プロジェクトIDは重複しないように付けます（例：P01）。
                ・参加者：プロジェクトに参加する職員ごとに1行。各プロジェクトにリーダーは1人、ほかはメンバーです。2つのプロジェクトに参加する職員は2行に書きます。
                ・審査員：報告会の審査員ごとに1行。区分は 幹部職員（政策的観点）・一般職員・専門家（技術的観点、委託業者など）から選びます。\
                職員が審査員のときは職員番号を入れてください。その人が参加するプロジェクト（自チーム）は評価対象外になります。
                ・リーダー評価者：メンバーのほかにリーダーを評価する職員（リーダーと同じ所属の職員など）。メンバーは自動でリーダーの評価者になります。リーダー本人は評価しません。
                ・評価項目：報告会（審査員の区分ごと）とメンバー評価の項目。既定の項目が入っています。項目名・満点・重み・着眼点・評価段階を変えられます。
                ・認定基準：認定の基準点、区分の重み、標準化などの設定。既定値が入っています。各行の説明を読んで、必要なら変えてください。
                ・目標：認定区分ごとの目標人数。認定結果のサマリーで認定者数と比べます。
                """
            ),
            (
                "入力例",
                """
                プロジェクト：　P01 ｜ 窓口DXチーム ｜ 書かない窓口の実現
                参加者：　00123 ｜ 真岡 太郎 ｜ 市民課 ｜ P01 ｜ リーダー
                参加者：　00124 ｜ 益子 花子 ｜ 税務課 ｜ P01 ｜ メンバー
                審査員：　J01 ｜ 芳賀 次郎 ｜ 幹部職員 ｜ 総務部 ｜ 00456
                リーダー評価者：　00789 ｜ 二宮 三郎 ｜ 市民課 ｜ P01
                """
            ),
            (
                "配布用シートの作り方",
                """
                入力が終わったら保存して、dxcert sheets --setup 年度設定.xlsx を実行します。output/配布用/<年度>/ に、\
                審査員ごとの報告会評価シートと、評価者ごとのリーダー評価シートができます。入力に誤りがあるときは、\
                シートとセルの位置を示して知らせ、ファイルは作りません。
                """
            ),
        ]
        for (heading, text) in sections {
            try form.merged(row, 0, form.lastColumn, .text(heading), style: FormStyles.sectionTitle)
            try sheet.setRow(row, height: 22)
            row += 1
            try form.block(row, text)
            row += 2
        }
        try form.pageSetup(landscape: false, headerLeft: "DX人材認定 年度設定", headerRight: Layout.instructionsSheet, repeatRows: nil)
        try sheet.protect(password: nil, options: FormStyles.setupProtection)
    }

    // MARK: - 年度

    private static func writeYear(_ sheet: XLSXWorksheet, setup: YearSetup?) throws {
        let form = try FormSheet(sheet, widths: [20, 30, 46])
        try form.title(0, "年度の設定")
        try form.block(1, "色の付いたセルに入力してください。年度は配布シートの見出しとファイル名に、団体名は配布シートの見出しに、認定日・発行者・認定番号の形式は認定証に使います。")
        let fields: [(String, CellStyle, String, CellContent)] = [
            (
                Layout.yearLabel, FormStyles.inputText, "例：令和6年度（「R6」「2024」「2024年度」でも構いません）。必ず入力してください。",
                .text(setup?.year.label ?? "")
            ),
            (
                Layout.meetingDateLabel, FormStyles.dateInput, "例：2025/2/14。報告会評価シートの見出しに表示します（空欄でも構いません）。",
                meetingDateCell(setup?.meetingDate)
            ),
            (
                Layout.organisationLabel, FormStyles.inputText, "例：真岡市。配布シートの見出しに表示します（空欄でも構いません）。",
                .text(setup?.organisation ?? "")
            ),
            (
                Layout.certificateDateLabel, FormStyles.dateInput,
                "例：2026/3/31。認定証に印刷する日付です。空欄なら年度末（3月31日）にします。",
                certificateDateCell(setup?.certificateDate)
            ),
            (
                Layout.issuerLabel, FormStyles.inputText, "例：真岡市長　〇〇　〇〇。認定証に印刷します。空欄なら団体名を印刷します。",
                .text(setup?.issuer ?? "")
            ),
            (
                Layout.numberFormatLabel, FormStyles.inputText,
                "空欄なら \(CertificateNumberFormat.standardText)（例：第R7-001号）。{年度略}＝R7、{年度}＝令和7年度、{連番:3}＝3桁の連番（001）。",
                .text(setup.map { $0.certificateNumberFormat == .standard ? "" : $0.certificateNumberFormat.text } ?? "")
            ),
        ]
        var row = 3
        for (label, style, note, value) in fields {
            try form.field(row, label: label, value: value, labelColumns: 0...0, valueColumns: 1...1, valueStyle: style)
            // The explanation goes on the next row: on the label's own row it would be read as
            // the value whenever the value is left blank.
            try form.block(row + 1, note, style: FormStyles.note, first: 1, last: 2)
            row += 3
        }
        try sheet.addDataValidation(FormValidation.hint(title: "年度", message: "例：令和6年度、R6、2024"), to: RangeAddress(CellAddress(row: 3, column: 1)))
        try sheet.addDataValidation(
            FormValidation.date(title: "報告会の開催日", example: "2025/2/14"), to: RangeAddress(CellAddress(row: 6, column: 1)))
        try sheet.addDataValidation(
            FormValidation.date(title: "認定日", example: "2026/3/31", note: "（空欄なら年度末）"),
            to: RangeAddress(CellAddress(row: 12, column: 1)))
        try form.pageSetup(landscape: false, headerLeft: "DX人材認定 年度設定", headerRight: Layout.yearSheet, repeatRows: nil)
        try sheet.protect(password: nil, options: FormStyles.setupProtection)
    }

    // MARK: - Tables

    /// One column of an input table.
    struct Column {
        var header: String
        var width: Double
        /// Kept as typed (IDs, staff numbers): number format `@`.
        var isText: Bool
        var validation: DataValidation?
    }

    /// Writes a table sheet: title, instructions, a grey example line, the header and the
    /// `prefilled` rows. Below the header every cell of the table's columns is an input (the
    /// columns' default style: coloured, unlocked), so the table has no fixed length and the
    /// blank template prints as one page.
    private static func writeTable(
        _ sheet: XLSXWorksheet, title: String, instructions: String, example: String,
        columns: [Column], prefilled: [[CellContent]] = [], landscape: Bool = false
    ) throws {
        let form = try FormSheet(
            sheet, widths: columns.map(\.width),
            styles: columns.map { $0.isText ? FormStyles.inputText : FormStyles.input })
        try form.title(0, title)
        try form.block(1, instructions)
        try form.block(2, example, style: FormStyles.note)
        for (column, c) in columns.enumerated() {
            try sheet.write(c.header, at: CellAddress(row: headerRow, column: column), style: FormStyles.header)
        }
        let headerLines = columns.map { FormText.lines($0.header, columnWidth: $0.width - 1) }.max() ?? 1
        try sheet.setRow(headerRow, height: FormText.rowHeight(lines: headerLines))
        var row = headerRow + 1
        for values in prefilled {
            var lines = 1
            for (column, value) in values.enumerated() {
                var style = columns[column].isText ? FormStyles.inputText : FormStyles.input
                if case .number = value { style = FormStyles.inputNumber }
                try sheet.write(value, at: CellAddress(row: row, column: column), style: style)
                if case .text(let t) = value { lines = max(lines, FormText.lines(t, columnWidth: columns[column].width - 1)) }
            }
            try sheet.setRow(row, height: FormText.rowHeight(lines: lines))
            row += 1
        }
        for (column, c) in columns.enumerated() {
            guard let validation = c.validation else { continue }
            try sheet.addDataValidation(
                validation,
                to: RangeAddress(
                    firstRow: headerRow + 1, firstColumn: column,
                    lastRow: headerRow + validatedRows, lastColumn: column))
        }
        try sheet.freezePanes(row: headerRow + 1, column: 0)
        try sheet.setSelection(RangeAddress(CellAddress(row: headerRow + 1, column: 0)))
        try form.pageSetup(
            landscape: landscape, headerLeft: "DX人材認定 年度設定", headerRight: title,
            repeatRows: headerRow...headerRow)
        try sheet.protect(password: nil, options: FormStyles.setupProtection)
    }

    private static var projectIDList: DataValidation {
        let source = SheetRange(
            sheet: Layout.projectsSheet,
            range: RangeAddress(
                firstRow: headerRow + 1, firstColumn: 0,
                lastRow: headerRow + projectListRows, lastColumn: 0))
        return FormValidation.rule(
            .listSource(source), title: Layout.projectIDHeader,
            message: "「\(Layout.projectsSheet)」シートのプロジェクトIDから選ぶか、入力してください。",
            errorTitle: "プロジェクトIDを確認", error: "「\(Layout.projectsSheet)」シートにないプロジェクトIDです。", style: .warning)
    }

    private static func staffIDHint(_ extra: String = "") -> DataValidation {
        FormValidation.hint(title: Layout.staffIDHeader, message: "職員番号は文字として入力されます（先頭の0も残ります）。" + extra)
    }

    private static func writeProjects(_ sheet: XLSXWorksheet, rows: [[CellContent]]) throws {
        let unique = FormValidation.rule(
            .custom(formula: "=COUNTIF($A$\(headerRow + 2):$A$\(headerRow + 1 + validatedRows),A\(headerRow + 2))<=1"),
            title: Layout.projectIDHeader, message: "重複しないIDを付けてください（例：P01）。",
            errorTitle: "IDの重複", error: "このプロジェクトIDはすでに使われています。", style: .warning)
        try writeTable(
            sheet, title: "BPRプロジェクト一覧",
            instructions: "プロジェクト（チーム）ごとに1行入力します。プロジェクトIDは配布シートとファイル名に使います。重複しない短いID（例：P01）にしてください。",
            example: "例）P01 ｜ 窓口DXチーム ｜ 書かない窓口の実現",
            columns: [
                Column(header: Layout.projectIDHeader, width: 16, isText: true, validation: unique),
                Column(header: Layout.teamHeader, width: 30, isText: false, validation: nil),
                Column(header: Layout.themeHeader, width: 50, isText: false, validation: nil),
            ], prefilled: rows)
    }

    private static func writeParticipants(_ sheet: XLSXWorksheet, rows: [[CellContent]]) throws {
        let roles = Role.allCases.map(\.rawValue)
        try writeTable(
            sheet, title: "参加者（BPRプロジェクトのメンバー）",
            instructions: "参加する職員ごとに1行入力します。各プロジェクトにリーダーは1人です。2つのプロジェクトに参加する職員は2行に書きます。人事異動があっても、職員番号で同じ人として扱います。",
            example: "例）00123 ｜ 真岡 太郎 ｜ 市民課 ｜ P01 ｜ リーダー",
            columns: [
                Column(header: Layout.staffIDHeader, width: 14, isText: true, validation: staffIDHint()),
                Column(header: Layout.nameHeader, width: 20, isText: false, validation: nil),
                Column(header: Layout.departmentHeader, width: 24, isText: false, validation: nil),
                Column(header: Layout.projectIDHeader, width: 16, isText: true, validation: projectIDList),
                Column(
                    header: Layout.roleHeader, width: 12, isText: false,
                    validation: FormValidation.dropdown(
                        .list(roles), title: Layout.roleHeader,
                        message: "リーダーかメンバーを選んでください。",
                        error: "「リーダー」か「メンバー」を選んでください。")),
            ], prefilled: rows)
    }

    private static func writeJudges(_ sheet: XLSXWorksheet, rows: [[CellContent]]) throws {
        let categories = JudgeCategory.allCases.map(\.rawValue)
        try writeTable(
            sheet, title: "報告会の審査員",
            instructions: "審査員ごとに1行入力します。区分は 幹部職員（政策的観点）・一般職員・専門家（技術的観点、委託業者など）から選びます。審査員が職員の場合は職員番号を入れてください。その人が参加するプロジェクト（自チーム）は評価対象外になります。",
            example: "例）J01 ｜ 芳賀 次郎 ｜ 幹部職員 ｜ 総務部 ｜ 00456（職員でない審査員は職員番号を空欄に）",
            columns: [
                Column(
                    header: Layout.judgeIDHeader, width: 14, isText: true,
                    validation: FormValidation.hint(title: Layout.judgeIDHeader, message: "重複しないIDを付けてください（例：J01）。ファイル名に使います。")),
                Column(header: Layout.nameHeader, width: 24, isText: false, validation: nil),
                Column(
                    header: Layout.categoryHeader, width: 14, isText: false,
                    validation: FormValidation.dropdown(
                        .list(categories), title: Layout.categoryHeader,
                        message: "幹部職員・一般職員・専門家から選んでください。",
                        error: "幹部職員・一般職員・専門家のいずれかを選んでください。")),
                Column(header: Layout.departmentHeader, width: 24, isText: false, validation: nil),
                Column(header: Layout.staffIDHeader, width: 14, isText: true, validation: staffIDHint("職員でない審査員は空欄にします。")),
            ], prefilled: rows)
    }

    private static func writeEvaluators(_ sheet: XLSXWorksheet, rows: [[CellContent]]) throws {
        try writeTable(
            sheet, title: "リーダー評価者（メンバー以外）",
            instructions: "プロジェクトのメンバーは自動でリーダーの評価者になります。ここには、メンバーのほかにリーダーを評価する職員（リーダーと同じ所属の職員など）を入力します。いなければ空欄のままにします。",
            example: "例）00789 ｜ 二宮 三郎 ｜ 市民課 ｜ P01（P01のリーダーを評価します）",
            columns: [
                Column(header: Layout.staffIDHeader, width: 14, isText: true, validation: staffIDHint()),
                Column(header: Layout.nameHeader, width: 20, isText: false, validation: nil),
                Column(header: Layout.departmentHeader, width: 24, isText: false, validation: nil),
                Column(header: Layout.projectIDHeader, width: 16, isText: true, validation: projectIDList),
            ], prefilled: rows)
    }

    private static func writeCriteria(_ sheet: XLSXWorksheet, criteria: [Criterion]) throws {
        let rows: [[CellContent]] = criteria.map { c in
            let kind: String, category: String
            switch c.kind {
            case .meeting(let cat): (kind, category) = (Layout.meetingKind, cat.rawValue)
            case .leader: (kind, category) = (Layout.leaderKind, "")
            }
            return [
                .text(kind), text(category), .text(c.id.value), .text(c.name), .number(Double(c.maxScore)), .number(c.weight),
                text(c.description), text(c.scale.joined(separator: "／")),
            ]
        }
        let kinds = [Layout.meetingKind, Layout.leaderKind]
        let targets = JudgeCategory.allCases.map(\.rawValue) + ["全区分"]
        try writeTable(
            sheet, title: "評価項目",
            instructions:
                "報告会は審査員の区分ごと、メンバー評価はリーダーについての項目です。既定の項目が入っています。点数は満点までの整数で、評価段階は高い順に「／」で区切って書きます（各段階は「4：よい」のように点数で始めます）。合計は 100 × Σ（重み × 点数 ÷ 満点）÷ Σ重み です。",
            example: "例）報告会 ｜ 幹部職員 ｜ P4 ｜ 費用対効果 ｜ 5 ｜ 1 ｜ 効果に見合う費用か ｜ 5：非常によい／4：よい／3：ふつう／2：やや不十分／1：不十分",
            columns: [
                Column(
                    header: Layout.evaluationKindHeader, width: 13, isText: false,
                    validation: FormValidation.dropdown(
                        .list(kinds), title: Layout.evaluationKindHeader,
                        message: "報告会かメンバー評価を選んでください。",
                        error: "「報告会」か「メンバー評価」を選んでください。")),
                Column(
                    header: Layout.targetCategoryHeader, width: 11, isText: false,
                    validation: FormValidation.dropdown(
                        .list(targets), title: Layout.targetCategoryHeader,
                        message: "報告会の項目は審査員の区分を選びます（全区分で共通なら「全区分」）。メンバー評価は空欄にします。",
                        error: "幹部職員・一般職員・専門家・全区分から選んでください。")),
                Column(
                    header: Layout.criterionIDHeader, width: 8, isText: true,
                    validation: FormValidation.hint(title: Layout.criterionIDHeader, message: "評価の種類の中で重複しない短いID（例：P1）。「,」は使えません。")),
                Column(header: Layout.criterionNameHeader, width: 26, isText: false, validation: nil),
                Column(
                    header: Layout.maxHeader, width: 7, isText: false,
                    validation: FormValidation.rule(
                        .wholeNumber(.between(1, 100)), title: Layout.maxHeader,
                        message: "1〜100の整数", error: "満点は1〜100の整数で入力してください。")),
                Column(
                    header: Layout.weightHeader, width: 7, isText: false,
                    validation: FormValidation.rule(
                        .decimal(.between(0.001, 100)), title: Layout.weightHeader,
                        message: "0より大きい数（既定は1）", error: "重みは0より大きく100以下の数で入力してください。")),
                Column(header: Layout.descriptionHeader, width: 40, isText: false, validation: nil),
                Column(
                    header: Layout.scaleHeader, width: 56, isText: false,
                    validation: FormValidation.hint(title: "評価段階", message: "高い順に「／」で区切ります。例：5：非常によい／4：よい／3：ふつう／2：やや不十分／1：不十分。空欄なら満点から1までの数字です。")),
            ],
            prefilled: rows, landscape: true)
    }

    // MARK: - 認定基準, 目標

    /// `settings` nil: the blank template's defaults.
    private static func writeSettings(_ sheet: XLSXWorksheet, settings: Settings?) throws {
        let form = try FormSheet(sheet, widths: [40, 14, 70])
        try form.title(0, "認定基準（設定値を変えると判定が変わります）")
        try form.block(1, "既定値が入っています。変えるときは「設定値」の列だけを書き換えてください。空欄の設定は既定値を使います（パスワードと同点時の順位付けは空欄のままで構いません）。")
        try form.block(2, "出典：認定基準の「一定以上の評価」には数値の定めがないため、基準点はこのツールの暫定の既定値です。", style: FormStyles.note)
        let headers = [Layout.settingHeader, Layout.valueHeader, Layout.noteHeader]
        for (column, text) in headers.enumerated() {
            try sheet.write(text, at: CellAddress(row: headerRow, column: column), style: FormStyles.header)
        }
        try sheet.setRow(headerRow, height: 20)
        for (offset, definition) in SettingDefinition.all.enumerated() {
            let row = headerRow + 1 + offset
            try sheet.write(definition.label, at: CellAddress(row: row, column: 0), style: FormStyles.cell)
            let at = CellAddress(row: row, column: 1)
            let value = settings.map(definition.currentText) ?? definition.defaultText
            switch definition.kind {
            case .score, .integer, .weight, .correlation:
                if let number = Double(value) {
                    try sheet.write(number, at: at, style: FormStyles.scoreInput)
                } else {
                    try sheet.writeBlank(at: at, style: FormStyles.scoreInput)
                }
            case .onOff, .text, .categoryOrder:
                let style = CellStyle(
                    fillColor: FormStyles.inputFill, borders: FormStyles.border, horizontalAlignment: .center,
                    verticalAlignment: .center, numberFormat: "@", locked: false)
                if value.isEmpty {
                    try sheet.writeBlank(at: at, style: style)
                } else {
                    try sheet.write(value, at: at, style: style)
                }
            }
            try sheet.write(definition.note, at: CellAddress(row: row, column: 2), style: FormStyles.cell)
            let lines = max(FormText.lines(definition.note, columnWidth: 69), FormText.lines(definition.label, columnWidth: 39))
            try sheet.setRow(row, height: FormText.rowHeight(lines: lines))
            if let validation = settingValidation(definition) {
                try sheet.addDataValidation(validation, to: RangeAddress(at))
            }
        }
        try sheet.freezePanes(row: headerRow + 1, column: 0)
        try form.pageSetup(landscape: true, headerLeft: "DX人材認定 年度設定", headerRight: Layout.settingsSheet, repeatRows: headerRow...headerRow)
        try sheet.protect(password: nil, options: FormStyles.formProtection)
    }

    private static func settingValidation(_ d: SettingDefinition) -> DataValidation? {
        switch d.kind {
        case .score:
            return FormValidation.rule(
                .decimal(.between(0, 100)), title: "基準点", message: "0〜100の数値（既定 \(d.defaultText)）",
                error: "0〜100の数値を入力してください。")
        case .integer(let range):
            return FormValidation.rule(
                .wholeNumber(.between(range.lowerBound, range.upperBound)), title: "整数",
                message: "\(range.lowerBound)〜\(range.upperBound)の整数（既定 \(d.defaultText)）",
                error: "\(range.lowerBound)〜\(range.upperBound)の整数を入力してください。")
        case .weight:
            return FormValidation.rule(
                .decimal(.between(0, 100)), title: "重み", message: "0〜100の数値（既定 \(d.defaultText)）",
                error: "0〜100の数値を入力してください。")
        case .correlation:
            return FormValidation.rule(
                .decimal(.between(-1, 1)), title: "相関係数", message: "-1〜1の数値（既定 \(d.defaultText)）",
                error: "-1〜1の数値を入力してください。")
        case .onOff:
            return FormValidation.dropdown(
                .list(["する", "しない"]), title: "する／しない", message: "「する」か「しない」を選んでください（既定 \(d.defaultText)）。",
                error: "「する」か「しない」を選んでください。")
        case .text:
            return FormValidation.hint(title: "パスワード", message: "半角英数字と記号で入力してください（日本語は使えません）。空欄ならパスワードなしで保護します。")
        case .categoryOrder:
            return FormValidation.hint(title: "同点時の順位付け", message: "例：幹部職員>専門家>一般職員。空欄なら同順位です。")
        }
    }

    private static func writeTargets(_ sheet: XLSXWorksheet, targets: [Tier: Int]) throws {
        let form = try FormSheet(sheet, widths: [24, 14, 50])
        try form.title(0, "目標人数")
        try form.block(1, "認定区分ごとの目標人数です（図表3：アドバイザー60名・エキスパート30名・スペシャリスト10名）。認定結果のサマリーで認定者数と比べます。")
        for (column, text) in [Layout.tierHeader, Layout.targetHeader].enumerated() {
            try sheet.write(text, at: CellAddress(row: headerRow, column: column), style: FormStyles.header)
        }
        for (offset, tier) in Tier.allCases.enumerated() {
            let row = headerRow + 1 + offset
            try sheet.write(tier.label, at: CellAddress(row: row, column: 0), style: FormStyles.cell)
            try sheet.write(Double(targets[tier] ?? 0), at: CellAddress(row: row, column: 1), style: FormStyles.scoreInput)
            try sheet.setRow(row, height: 20)
        }
        try sheet.addDataValidation(
            FormValidation.rule(
                .wholeNumber(.between(0, 100_000)), title: Layout.targetHeader, message: "0以上の整数",
                error: "目標人数は0以上の整数で入力してください。"),
            to: RangeAddress(firstRow: headerRow + 1, firstColumn: 1, lastRow: headerRow + Tier.allCases.count, lastColumn: 1))
        try form.pageSetup(landscape: false, headerLeft: "DX人材認定 年度設定", headerRight: Layout.targetsSheet, repeatRows: nil)
        try sheet.protect(password: nil, options: FormStyles.formProtection)
    }
}
