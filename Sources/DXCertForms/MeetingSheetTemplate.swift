import DXCertIngest
import DXCertRules
import Foundation
import XLSXWriter

/// Writes 報告会評価シート: one pre-filled per judge, and the blank template.
///
/// Layout (what `MeetingSheetParser` reads back): title and instructions; label/value rows
/// 年度 / 審査員ID / 氏名 / 区分 (label in A, value in B); the header row プロジェクトID |
/// チーム名 | テーマ | one column per criterion | 合計（100点換算） | コメント; directly under it
/// a hidden row with 項目ID in column A and each score column's criterion ID; one row per
/// project. Nothing is written below the table, so every row after the header is a project.
/// A second sheet explains the criteria (着眼点 and the scale).
public enum MeetingSheetTemplate {
    /// Writes the sheet of `judge` for `setup`'s year to `url`.
    ///
    /// - Parameters:
    ///   - answers: values written into the input cells as the judge would have entered them
    ///     (tests and sample input); the totals' cached values follow them.
    ///   - created: the workbook's creation and modification time; default 1 April of the year.
    ///   - ownTeamRow: writes the score area of the judge's own projects instead of the merged
    ///     自チームのため評価対象外 mark (the sample generator shows a judge who typed over it).
    /// - Throws: `TemplateError`.
    public static func write(
        judge: Judge, setup: YearSetup, to url: URL, answers: MeetingAnswers? = nil,
        created: Date? = nil
    ) throws {
        try write(judge: judge, setup: setup, to: url, answers: answers, created: created, ownTeamRow: nil)
    }

    /// `write` with a replacement for the own-team rows' score area (see `OwnTeamRow`).
    package static func write(
        judge: Judge, setup: YearSetup, to url: URL, answers: MeetingAnswers?, created: Date?,
        ownTeamRow: ((OwnTeamRow) throws -> Void)?
    ) throws {
        let criteria = setup.criteria(for: .meeting(judge.category))
        guard !criteria.isEmpty else {
            throw TemplateError.nothingToWrite(path: url.path, detail: "\(judge.category.rawValue)の評価項目がありません")
        }
        let own = setup.ownProjects(of: judge)
        var identity = IdentityRecord(kind: .meetingScore)
        let key = FormLayout.Identity.self
        identity.add(key.year, String(setup.year.year))
        identity.add(key.judgeID, judge.id.value)
        identity.add(key.judgeName, judge.name)
        identity.add(key.category, judge.category.rawValue)
        identity.add(key.criteria, list: criteria.map(\.id.value))
        identity.add(key.projects, list: setup.projects.map(\.id.value))
        identity.add(key.ownProjects, list: setup.projects.map(\.id).filter(own.contains).map(\.value))
        let form = MeetingForm(
            year: setup.year, judge: judge, organisation: setup.organisation, meetingDate: setup.meetingDate,
            criteria: criteria, groups: [], projects: setup.projects, own: own, partial: setup.settings.partialScoring,
            password: setup.settings.sheetPassword, answers: answers ?? MeetingAnswers(), identity: identity,
            ownTeamRow: ownTeamRow)
        try form.validateAnswers(path: url.path)
        try TemplateError.writing(url.path) {
            try form.write(to: url, created: created ?? FormWorkbook.created(for: setup.year))
        }
    }

    /// An own-team row's cells, handed to a replacement writer: the grey project cells are
    /// written; the score columns, the total column and the comment are the writer's.
    package struct OwnTeamRow {
        package let sheet: XLSXWorksheet
        package let row: Int
        package let project: Project
        /// Each score column with its criterion, in sheet order.
        package let scoreColumns: [(criterion: Criterion, column: Int)]
        package let totalColumn: Int
        package let commentColumn: Int
    }

    /// Writes the blank template: every default meeting criterion, grouped by judge category;
    /// the judge picks a category and scores that group's columns.
    static func writeBlank(to url: URL) throws {
        var criteria: [Criterion] = []
        var groups: [(JudgeCategory, Range<Int>)] = []
        for category in JudgeCategory.allCases {
            let start = criteria.count
            criteria += DefaultCriteria.all.filter { $0.kind == .meeting(category) }
            groups.append((category, start..<criteria.count))
        }
        let form = MeetingForm(
            year: nil, judge: nil, organisation: "", meetingDate: nil, criteria: criteria, groups: groups,
            projects: [], own: [], partial: false, password: nil, answers: MeetingAnswers(),
            identity: IdentityRecord(kind: .meetingScore), ownTeamRow: nil)
        try TemplateError.writing(url.path) {
            try form.write(to: url, created: FormWorkbook.templateCreated)
        }
    }
}

/// One report sheet to write: pre-filled (year and judge known) or blank.
struct MeetingForm {
    typealias Layout = FormLayout.MeetingSheet

    var year: FiscalYear?
    var judge: Judge?
    var organisation: String
    var meetingDate: String?
    /// The score columns, in order.
    var criteria: [Criterion]
    /// Blank template: which score columns belong to which category.
    var groups: [(JudgeCategory, Range<Int>)]
    var projects: [Project]
    var own: Set<ProjectID>
    var partial: Bool
    var password: String?
    var answers: MeetingAnswers
    var identity: IdentityRecord
    /// Replaces the merged mark of own-team rows (sample generator only).
    var ownTeamRow: ((MeetingSheetTemplate.OwnTeamRow) throws -> Void)?

    /// Input rows of the blank template.
    static let blankRows = 30
    static let explanationSheet = "評価項目の説明"

    var isBlank: Bool { judge == nil }

    // Columns.
    let idColumn = 0, teamColumn = 1, themeColumn = 2
    var firstScoreColumn: Int { 3 }
    var totalColumn: Int { firstScoreColumn + criteria.count }
    var commentColumn: Int { totalColumn + 1 }

    // Rows (0-based).
    let titleRow = 0, subtitleRow = 1, instructionRow = 2
    let fieldRows = (year: 4, judgeID: 5, name: 6, category: 7)
    let groupRow = 8
    let headerRow = 9
    var idRow: Int { headerRow + 1 }
    var firstProjectRow: Int { headerRow + 2 }
    var rowCount: Int { isBlank ? Self.blankRows : projects.count }

    /// Answers must name projects and criteria of this sheet: a typo in a test or sample
    /// generator should fail loudly, not produce a sheet that silently lacks the scores.
    func validateAnswers(path: String) throws {
        let projectIDs = Set(projects.map(\.id))
        let criterionIDs = Set(criteria.map(\.id))
        for (project, scores) in answers.scores {
            guard projectIDs.contains(project) else {
                throw TemplateError.unknownAnswer(path: path, detail: "プロジェクト「\(project)」はこのシートにありません")
            }
            for id in scores.keys where !criterionIDs.contains(id) {
                throw TemplateError.unknownAnswer(path: path, detail: "評価項目「\(id)」はこのシートにありません")
            }
        }
        for project in answers.comments.keys where !projectIDs.contains(project) {
            throw TemplateError.unknownAnswer(path: path, detail: "プロジェクト「\(project)」はこのシートにありません")
        }
    }

    func write(to url: URL, created: Date) throws {
        let workbook = try FormWorkbook.create(url)
        do {
            let title = (year.map { "\($0.label) " } ?? "") + "DX人材認定 " + Layout.title
            try FormWorkbook.setProperties(workbook, title: title, organisation: organisation, created: created)
            let main = try workbook.addWorksheet(name: Layout.sheetName)
            let explanation = try workbook.addWorksheet(name: Self.explanationSheet)
            let choices = ChoiceLists(workbook: workbook, password: password)
            try writeMain(main, title: title, choices: choices)
            try writeExplanation(explanation)
            try main.activate()
            try IdentityWriter.write(identity, to: workbook, password: password)
            try workbook.close()
        } catch {
            workbook.discard()
            throw error
        }
    }

    // MARK: - Main sheet

    private func columnWidths() -> [Double] {
        let ids = projects.map(\.id.value) + [Layout.projectIDHeader]
        var widths = [
            FormText.columnWidth(ids, minimum: 12, maximum: 16),
            FormText.columnWidth(projects.map(\.team) + [Layout.teamHeader], minimum: isBlank ? 20 : 14, maximum: 24),
            FormText.columnWidth(projects.map(\.theme), minimum: isBlank ? 30 : 20, maximum: 36),
        ]
        for c in criteria {
            let widest = c.scale.map(FormText.width).max() ?? 4
            widths.append(min(max(widest + 3, 14), 24))
        }
        widths.append(10)  // 合計（100点換算） breaks as 合計（100 | 点換算）
        widths.append(34)  // コメント
        return widths
    }

    private func writeMain(_ sheet: XLSXWorksheet, title: String, choices: ChoiceLists) throws {
        let form = try FormSheet(sheet, widths: columnWidths())
        try form.title(titleRow, title)
        var subtitle: [String] = []
        if !organisation.isEmpty { subtitle.append(organisation) }
        if let meetingDate, !meetingDate.isEmpty { subtitle.append("報告会：\(meetingDate)") }
        try form.merged(subtitleRow, 0, form.lastColumn, .text(subtitle.joined(separator: "　")), style: FormStyles.subtitle)
        try form.block(instructionRow, instructions())

        // Label/value rows. Values of a pre-filled sheet are locked; the blank's are inputs.
        let values: [(Int, String, String)] = [
            (fieldRows.year, Layout.yearLabel, year?.label ?? ""),
            (fieldRows.judgeID, Layout.judgeIDLabel, judge?.id.value ?? ""),
            (fieldRows.name, Layout.judgeNameLabel, judge?.name ?? ""),
            (fieldRows.category, Layout.categoryLabel, judge.map { FormText.category($0.category) } ?? ""),
        ]
        for (row, label, value) in values {
            try form.field(
                row, label: label, value: .text(value), labelColumns: 0...0, valueColumns: 1...2,
                valueStyle: isBlank ? FormStyles.inputText : FormStyles.value)
        }
        if isBlank { try blankFieldValidations(sheet, choices: choices) }

        try writeHeader(form)
        var validationRuns: [ClosedRange<Int>] = []
        var run: ClosedRange<Int>?
        for index in 0..<rowCount {
            let row = firstProjectRow + index
            let isOwn = !isBlank && own.contains(projects[index].id)
            if isOwn {
                try writeOwnRow(form, row: row, project: projects[index])
                if let r = run { validationRuns.append(r) }
                run = nil
            } else {
                try writeScoreRow(form, row: row, project: isBlank ? nil : projects[index])
                run = run.map { $0.lowerBound...row } ?? row...row
            }
        }
        if let r = run { validationRuns.append(r) }
        try scoreValidations(sheet, runs: validationRuns, choices: choices)
        if isBlank { try greyOtherCategories(sheet) }

        let lastRow = firstProjectRow + max(rowCount, 1) - 1
        try sheet.setPrintArea(RangeAddress(firstRow: 0, firstColumn: 0, lastRow: lastRow, lastColumn: form.lastColumn))
        let who = judge.map { "審査員 \($0.id) \($0.name)" } ?? ""
        try form.pageSetup(landscape: true, headerLeft: title, headerRight: who, repeatRows: headerRow...idRow)
        try sheet.freezePanes(row: firstProjectRow, column: 2)
        try sheet.setSelection(RangeAddress(CellAddress(row: firstProjectRow, column: firstScoreColumn)))
        try sheet.protect(password: password, options: FormStyles.formProtection)
    }

    private func instructions() -> String {
        var lines = ["記入のしかた"]
        if isBlank {
            lines.append("・年度・審査員ID・氏名・区分を入力し、表にプロジェクトID・チーム名・テーマを入力してください（事務局が入力して配る場合もあります）。")
            lines.append("・区分を選ぶと、ほかの区分の列は灰色になります。自分の区分の列だけ、評価を「▼」の一覧から選んでください。")
        } else {
            lines.append("・黄色のセルに、各項目の評価を「▼」の一覧から選んでください。項目の着眼点と評価段階は「\(Self.explanationSheet)」シートにあります。")
        }
        lines.append("・空欄は「未採点」として扱います（0点ではありません）。採点しないプロジェクトは空欄のままにしてください。")
        if !own.isEmpty {
            lines.append("・灰色の行は、あなたが参加しているプロジェクト（自チーム）のため評価対象外です。")
        }
        lines.append(
            partial
                ? "・合計（100点換算）は、選んだ項目だけで自動計算されます。"
                : "・合計（100点換算）は、その行のすべての項目を選ぶと自動で表示されます。")
        lines.append("・記入が終わったら上書き保存して、事務局へ返送してください（ファイル名は変えても構いません。行や列の追加・削除はしないでください）。")
        return lines.joined(separator: "\n")
    }

    private func writeHeader(_ form: FormSheet) throws {
        let sheet = form.sheet
        if isBlank {
            for (category, range) in groups where !range.isEmpty {
                try form.merged(
                    groupRow, firstScoreColumn + range.lowerBound, firstScoreColumn + range.upperBound - 1,
                    .text(FormText.category(category)), style: FormStyles.header)
            }
            try sheet.setRow(groupRow, height: 20)
        }
        var headers = [Layout.projectIDHeader, Layout.teamHeader, Layout.themeHeader] + criteria.map(\.name)
        headers += [Layout.totalHeader, Layout.commentHeader]
        var lines = 1
        for (column, text) in headers.enumerated() {
            try sheet.write(text, at: CellAddress(row: headerRow, column: column), style: FormStyles.header)
            lines = max(lines, FormText.lines(text, columnWidth: form.widths[column] - 1))
        }
        try sheet.setRow(headerRow, height: FormText.rowHeight(lines: lines))

        // The hidden row of criterion IDs: how the batch knows which column is which criterion
        // even when a judge renames a header.
        try sheet.write(Layout.criterionIDRowLabel, at: CellAddress(row: idRow, column: idColumn), style: FormStyles.idRow)
        for (offset, criterion) in criteria.enumerated() {
            try sheet.write(criterion.id.value, at: CellAddress(row: idRow, column: firstScoreColumn + offset), style: FormStyles.idRow)
        }
        try sheet.setRow(idRow, hidden: true)
    }

    private func writeScoreRow(_ form: FormSheet, row: Int, project: Project?) throws {
        let sheet = form.sheet
        let given = project.flatMap { answers.scores[$0.id] } ?? [:]
        if let project {
            try sheet.write(project.id.value, at: CellAddress(row: row, column: idColumn), style: FormStyles.cell)
            try sheet.write(project.team, at: CellAddress(row: row, column: teamColumn), style: FormStyles.cell)
            try sheet.write(project.theme, at: CellAddress(row: row, column: themeColumn), style: FormStyles.cell)
        } else {
            for column in [idColumn, teamColumn, themeColumn] {
                try sheet.writeBlank(at: CellAddress(row: row, column: column), style: FormStyles.inputText)
            }
        }
        var values: [AnswerValue?] = []
        for (offset, criterion) in criteria.enumerated() {
            let at = CellAddress(row: row, column: firstScoreColumn + offset)
            let value = given[criterion.id].flatMap(Self.nonBlank)
            values.append(value)
            try write(value, at: at, in: sheet, style: FormStyles.scoreInput)
        }
        try writeTotal(sheet, row: row, values: values)
        let comment = project.flatMap { answers.comments[$0.id] } ?? ""
        try sheet.write(comment, at: CellAddress(row: row, column: commentColumn), style: FormStyles.commentInput)
        let texts = [(teamColumn, project?.team ?? ""), (themeColumn, project?.theme ?? ""), (commentColumn, comment)]
        let lines = texts.map { FormText.lines($0.1, columnWidth: form.widths[$0.0] - 1) }.max() ?? 1
        try sheet.setRow(row, height: max(FormText.rowHeight(lines: lines), isBlank ? 24 : 30))
    }

    private func writeTotal(_ sheet: XLSXWorksheet, row: Int, values: [AnswerValue?]) throws {
        let at = CellAddress(row: row, column: totalColumn)
        if isBlank {
            // The category decides which group of columns counts.
            let categoryCell = CellAddress(row: fieldRows.category, column: 1).absoluteA1
            var formula = "\"\""
            for (category, range) in groups.reversed() where !range.isEmpty {
                let body = totalFormula(row: row, range: range).formula.dropFirst()
                formula = "IF(\(categoryCell)=\"\(category.rawValue)\",\(body),\(formula))"
            }
            try sheet.writeFormula("=" + formula, at: at, result: .text(""), style: FormStyles.total)
        } else {
            let total = totalFormula(row: row, range: 0..<criteria.count)
            try sheet.writeFormula(total.formula, at: at, result: total.result(values), style: FormStyles.total)
        }
    }

    private func totalFormula(row: Int, range: Range<Int>) -> TotalFormula {
        TotalFormula(
            terms: range.map { i in
                TotalFormula.Term(
                    cell: CellAddress(row: row, column: firstScoreColumn + i), weight: criteria[i].weight,
                    maxScore: criteria[i].maxScore)
            }, partial: partial)
    }

    /// An own-team row: grey and locked, the score area marked 自チームのため評価対象外.
    private func writeOwnRow(_ form: FormSheet, row: Int, project: Project) throws {
        let sheet = form.sheet
        try sheet.write(project.id.value, at: CellAddress(row: row, column: idColumn), style: FormStyles.ownTeam)
        try sheet.write(project.team, at: CellAddress(row: row, column: teamColumn), style: FormStyles.ownTeam)
        try sheet.write(project.theme, at: CellAddress(row: row, column: themeColumn), style: FormStyles.ownTeam)
        if let ownTeamRow {
            let columns = criteria.enumerated().map { (criterion: $0.element, column: firstScoreColumn + $0.offset) }
            try ownTeamRow(
                MeetingSheetTemplate.OwnTeamRow(
                    sheet: sheet, row: row, project: project, scoreColumns: columns,
                    totalColumn: totalColumn, commentColumn: commentColumn))
        } else {
            try form.merged(row, firstScoreColumn, totalColumn, .text(Layout.ownTeamMark), style: FormStyles.ownTeamMark)
            try sheet.write("", at: CellAddress(row: row, column: commentColumn), style: FormStyles.ownTeam)
        }
        let lines =
            [(teamColumn, project.team), (themeColumn, project.theme)]
            .map { FormText.lines($0.1, columnWidth: form.widths[$0.0] - 1) }.max() ?? 1
        try sheet.setRow(row, height: max(FormText.rowHeight(lines: lines), 30))
    }

    private func write(_ value: AnswerValue?, at: CellAddress, in sheet: XLSXWorksheet, style: CellStyle) throws {
        switch value {
        case .number(let n)?: try sheet.write(n, at: at, style: style)
        case .text(let t)?: try sheet.write(t, at: at, style: style)
        case nil: try sheet.writeBlank(at: at, style: style)
        }
    }

    static func nonBlank(_ value: AnswerValue) -> AnswerValue? {
        if case .text(let t) = value, t.isEmpty { return nil }
        return value
    }

    // MARK: - Validations

    /// One dropdown per criterion column and run of scorable rows; own-team rows get none.
    private func scoreValidations(_ sheet: XLSXWorksheet, runs: [ClosedRange<Int>], choices: ChoiceLists) throws {
        let perColumn = criteria.count * runs.count <= FormLimits.validationsPerSheet - 8
        for run in runs {
            if perColumn {
                for (offset, criterion) in criteria.enumerated() {
                    let column = firstScoreColumn + offset
                    try sheet.addDataValidation(
                        scoreValidation(criterion, rule: try choices.rule(criterion.scale)),
                        to: RangeAddress(
                            firstRow: run.lowerBound, firstColumn: column,
                            lastRow: run.upperBound, lastColumn: column))
                }
            } else {
                // Too many runs for one rule per column (libxlsxwriter's limit): one rule per
                // group of neighbouring columns with the same scale.
                var start = 0
                while start < criteria.count {
                    var end = start
                    while end + 1 < criteria.count, criteria[end + 1].scale == criteria[start].scale { end += 1 }
                    let generic = Criterion(
                        kind: criteria[start].kind, id: "", name: "評価", maxScore: criteria[start].maxScore,
                        scale: criteria[start].scale, description: "")
                    try sheet.addDataValidation(
                        scoreValidation(generic, rule: try choices.rule(criteria[start].scale)),
                        to: RangeAddress(
                            firstRow: run.lowerBound, firstColumn: firstScoreColumn + start,
                            lastRow: run.upperBound, lastColumn: firstScoreColumn + end))
                    start = end + 1
                }
            }
        }
    }

    private func scoreValidation(_ criterion: Criterion, rule: DataValidation.Rule) -> DataValidation {
        var message = ""
        if !criterion.description.isEmpty { message += "着眼点：\(criterion.description)\n" }
        message += "評価：\(criterion.scale.joined(separator: "／"))\n空欄は未採点として扱います。"
        return FormValidation.dropdown(
            rule, title: criterion.name, message: message,
            error: "「▼」の一覧から選んでください（\(criterion.scale.joined(separator: "／"))）。採点しない場合は空欄のままにしてください。")
    }

    private func blankFieldValidations(_ sheet: XLSXWorksheet, choices: ChoiceLists) throws {
        try sheet.addDataValidation(
            FormValidation.hint(title: "年度", message: "例：令和6年度（R6、2024 でも構いません）"),
            to: RangeAddress(CellAddress(row: fieldRows.year, column: 1)))
        try sheet.addDataValidation(
            FormValidation.hint(title: "審査員ID", message: "事務局から知らされた審査員IDを入力してください（例：J01）。"),
            to: RangeAddress(CellAddress(row: fieldRows.judgeID, column: 1)))
        let categories = JudgeCategory.allCases.map(\.rawValue)
        try sheet.addDataValidation(
            FormValidation.dropdown(
                try choices.rule(categories), title: "区分",
                message: "幹部職員・一般職員・専門家から選んでください。",
                error: "幹部職員・一般職員・専門家のいずれかを選んでください。"),
            to: RangeAddress(CellAddress(row: fieldRows.category, column: 1)))
    }

    /// Blank template: the columns of the other categories turn grey once a category is chosen.
    private func greyOtherCategories(_ sheet: XLSXWorksheet) throws {
        let categoryCell = CellAddress(row: fieldRows.category, column: 1).absoluteA1
        let lastRow = firstProjectRow + rowCount - 1
        for (category, range) in groups where !range.isEmpty {
            let area = RangeAddress(
                firstRow: firstProjectRow, firstColumn: firstScoreColumn + range.lowerBound,
                lastRow: lastRow, lastColumn: firstScoreColumn + range.upperBound - 1)
            try sheet.addConditionalFormat(
                ConditionalFormat(
                    .formula("=AND(\(categoryCell)<>\"\",\(categoryCell)<>\"\(category.rawValue)\")"),
                    style: CellStyle(fillColor: FormStyles.ownTeamFill)),
                to: area)
        }
    }

    // MARK: - Explanation sheet

    private func writeExplanation(_ sheet: XLSXWorksheet) throws {
        let headers = ["項目ID", "項目名", "着眼点", "満点", "重み", "選べる評価（高い順）"]
        let form = try FormSheet(sheet, widths: [8, 24, 44, 7, 7, 30])
        let heading = judge.map { "評価項目の説明（\(FormText.category($0.category))）" } ?? "評価項目の説明（区分ごと）"
        try form.title(0, heading, style: FormStyles.sectionTitle, height: 24)
        try form.block(1, "合計（100点換算）＝ 100 × Σ（重み × 評価の点 ÷ 満点）÷ Σ重み。評価の点は、選んだ評価の先頭の数字です（例：「4：よい」は4点）。空欄は未採点です。")
        var row = 3
        for (column, text) in headers.enumerated() {
            try sheet.write(text, at: CellAddress(row: row, column: column), style: FormStyles.header)
        }
        try sheet.setRow(row, height: 20)
        row += 1
        let sections: [(String?, [Criterion])] =
            isBlank
            ? groups.map { (FormText.category($0.0), Array(criteria[$0.1])) }
            : [(nil, criteria)]
        for (title, items) in sections {
            if let title {
                try form.merged(row, 0, form.lastColumn, .text(title), style: FormStyles.label)
                row += 1
            }
            for c in items {
                let scale = FormText.scale(c.scale)
                let values: [(CellContent, CellStyle)] = [
                    (.text(c.id.value), FormStyles.cellCentered), (.text(c.name), FormStyles.cell), (.text(c.description), FormStyles.cell),
                    (.number(Double(c.maxScore)), FormStyles.number), (.number(c.weight), FormStyles.number),
                    (.text(scale), FormStyles.small),
                ]
                for (column, (content, style)) in values.enumerated() {
                    try sheet.write(content, at: CellAddress(row: row, column: column), style: style)
                }
                let lines = max(FormText.lines(c.description, columnWidth: 43), FormText.lines(c.name, columnWidth: 23))
                try sheet.setRow(
                    row,
                    height: max(
                        FormText.rowHeight(lines: lines),
                        FormText.rowHeight(lines: FormText.lines(scale, columnWidth: 32), fontSize: 9)))
                row += 1
            }
        }
        try form.pageSetup(
            landscape: false, headerLeft: heading, headerRight: judge.map { "審査員 \($0.id) \($0.name)" } ?? "",
            repeatRows: 3...3)
        try sheet.protect(password: password, options: FormStyles.formProtection)
    }
}
