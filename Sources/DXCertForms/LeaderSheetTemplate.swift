import DXCertIngest
import DXCertRules
import Foundation
import XLSXWriter

/// Writes リーダー評価シート: one per evaluator per leader, and the blank template.
///
/// Layout (what `LeaderSheetParser` reads back): label/value rows 年度, 評価者 職員番号,
/// 評価者 氏名, 対象リーダー 職員番号, 対象リーダー 氏名, プロジェクトID, チーム名 (label in
/// A:B, value from C); the header 項目ID | 評価項目 | 着眼点 | 満点 | 評価 | 選べる評価（高い順）;
/// one row per criterion; the total row 合計（100点換算）; a コメント row (label in A, the
/// comment from C). Nothing else is written below the header.
public enum LeaderSheetTemplate {
    /// Writes the sheet of `assignment` for `setup`'s year to `url`.
    ///
    /// - Parameters:
    ///   - answers: values written into the input cells as the evaluator would have entered them.
    ///   - created: the workbook's creation and modification time; default 1 April of the year.
    /// - Throws: `TemplateError`.
    public static func write(
        _ assignment: LeaderAssignment, setup: YearSetup, to url: URL, answers: LeaderAnswers? = nil,
        created: Date? = nil
    ) throws {
        let criteria = setup.criteria(for: .leader)
        guard !criteria.isEmpty else {
            throw TemplateError.nothingToWrite(path: url.path, detail: "メンバー評価の評価項目がありません")
        }
        let answers = answers ?? LeaderAnswers()
        let known = Set(criteria.map(\.id))
        if let unknown = answers.scores.keys.sorted().first(where: { !known.contains($0) }) {
            throw TemplateError.unknownAnswer(path: url.path, detail: "評価項目「\(unknown)」はメンバー評価の項目にありません")
        }
        let key = FormLayout.Identity.self
        var identity = IdentityRecord(kind: .leaderEvaluation)
        identity.add(key.year, String(setup.year.year))
        identity.add(key.evaluatorID, assignment.evaluatorID.value)
        identity.add(key.evaluatorName, assignment.evaluatorName)
        identity.add(key.leaderID, assignment.leader.staffID.value)
        identity.add(key.leaderName, assignment.leader.name)
        identity.add(key.projectID, assignment.project.id.value)
        identity.add(key.criteria, list: criteria.map(\.id.value))
        let form = LeaderForm(
            year: setup.year, assignment: assignment, organisation: setup.organisation, criteria: criteria,
            partial: setup.settings.partialScoring, password: setup.settings.sheetPassword,
            answers: answers, identity: identity)
        try TemplateError.writing(url.path) {
            try form.write(to: url, created: created ?? FormWorkbook.created(for: setup.year))
        }
    }

    /// Writes the blank template with the default leadership criteria.
    static func writeBlank(to url: URL) throws {
        let form = LeaderForm(
            year: nil, assignment: nil, organisation: "", criteria: DefaultCriteria.all.filter { $0.kind == .leader },
            partial: false, password: nil, answers: LeaderAnswers(),
            identity: IdentityRecord(kind: .leaderEvaluation))
        try TemplateError.writing(url.path) {
            try form.write(to: url, created: FormWorkbook.templateCreated)
        }
    }
}

/// One leader sheet to write: pre-filled or blank.
struct LeaderForm {
    typealias Layout = FormLayout.LeaderSheet

    var year: FiscalYear?
    var assignment: LeaderAssignment?
    var organisation: String
    var criteria: [Criterion]
    var partial: Bool
    var password: String?
    var answers: LeaderAnswers
    var identity: IdentityRecord

    var isBlank: Bool { assignment == nil }

    static let choicesHeader = "選べる評価（高い順）"
    let scoreColumn = 4
    let titleRow = 0, subtitleRow = 1, instructionRow = 2, firstFieldRow = 4
    var headerRow: Int { firstFieldRow + 8 }
    var firstCriterionRow: Int { headerRow + 1 }
    var totalRow: Int { firstCriterionRow + criteria.count }
    var commentRow: Int { totalRow + 2 }

    func write(to url: URL, created: Date) throws {
        let workbook = try FormWorkbook.create(url)
        do {
            let title = (year.map { "\($0.label) " } ?? "") + "DX人材認定 " + Layout.title
            try FormWorkbook.setProperties(workbook, title: title, organisation: organisation, created: created)
            let sheet = try workbook.addWorksheet(name: Layout.sheetName)
            let choices = ChoiceLists(workbook: workbook, password: password)
            try writeSheet(sheet, title: title, choices: choices)
            try IdentityWriter.write(identity, to: workbook, password: password)
            try workbook.close()
        } catch {
            workbook.discard()
            throw error
        }
    }

    private func writeSheet(_ sheet: XLSXWorksheet, title: String, choices: ChoiceLists) throws {
        let scaleWidth = criteria.flatMap(\.scale).map(FormText.width).max() ?? 10
        let form = try FormSheet(sheet, widths: [8, 22, 40, 7, min(max(scaleWidth + 3, 15), 24), 20])
        try form.title(titleRow, title, height: 30)
        try form.merged(subtitleRow, 0, form.lastColumn, .text(organisation), style: FormStyles.subtitle)
        try form.block(instructionRow, instructions())

        let a = assignment
        let fields: [(String, String)] = [
            (Layout.yearLabel, year?.label ?? ""),
            (Layout.evaluatorIDLabel, a?.evaluatorID.value ?? ""),
            (Layout.evaluatorNameLabel, a?.evaluatorName ?? ""),
            (Layout.leaderIDLabel, a?.leader.staffID.value ?? ""),
            (Layout.leaderNameLabel, a?.leader.name ?? ""),
            (Layout.projectIDLabel, a?.project.id.value ?? ""),
            (Layout.teamLabel, a?.project.team ?? ""),
        ]
        for (offset, (label, value)) in fields.enumerated() {
            try form.field(
                firstFieldRow + offset, label: label, value: .text(value), labelColumns: 0...1, valueColumns: 2...3,
                valueStyle: isBlank ? FormStyles.inputText : FormStyles.value)
        }
        if isBlank {
            try sheet.addDataValidation(
                FormValidation.hint(title: "年度", message: "例：令和6年度（R6、2024 でも構いません）"),
                to: RangeAddress(CellAddress(row: firstFieldRow, column: 2)))
            for row in [firstFieldRow + 1, firstFieldRow + 3] {
                try sheet.addDataValidation(
                    FormValidation.hint(title: "職員番号", message: "職員番号を入力してください（先頭の0もそのまま入力できます）。"),
                    to: RangeAddress(CellAddress(row: row, column: 2)))
            }
        }

        let headers = [
            Layout.criterionIDHeader, Layout.criterionHeader, Layout.descriptionHeader, Layout.maxHeader, Layout.scoreHeader, Self.choicesHeader,
        ]
        for (column, text) in headers.enumerated() {
            try sheet.write(text, at: CellAddress(row: headerRow, column: column), style: FormStyles.header)
        }
        try sheet.setRow(headerRow, height: 22)

        var values: [AnswerValue?] = []
        for (offset, c) in criteria.enumerated() {
            let row = firstCriterionRow + offset
            try sheet.write(c.id.value, at: CellAddress(row: row, column: 0), style: FormStyles.cellCentered)
            try sheet.write(c.name, at: CellAddress(row: row, column: 1), style: FormStyles.cell)
            try sheet.write(c.description, at: CellAddress(row: row, column: 2), style: FormStyles.cell)
            try sheet.write(Double(c.maxScore), at: CellAddress(row: row, column: 3), style: FormStyles.number)
            let value = answers.scores[c.id].flatMap(MeetingForm.nonBlank)
            values.append(value)
            let at = CellAddress(row: row, column: scoreColumn)
            switch value {
            case .number(let n)?: try sheet.write(n, at: at, style: FormStyles.scoreInput)
            case .text(let t)?: try sheet.write(t, at: at, style: FormStyles.scoreInput)
            case nil: try sheet.writeBlank(at: at, style: FormStyles.scoreInput)
            }
            let scale = FormText.scale(c.scale)
            try sheet.write(scale, at: CellAddress(row: row, column: 5), style: FormStyles.small)
            let textLines = max(FormText.lines(c.description, columnWidth: 39), FormText.lines(c.name, columnWidth: 21))
            try sheet.setRow(
                row,
                height: max(
                    FormText.rowHeight(lines: FormText.lines(scale, columnWidth: 22), fontSize: 9),
                    FormText.rowHeight(lines: textLines)))
            try sheet.addDataValidation(scoreValidation(c, rule: try choices.rule(c.scale)), to: RangeAddress(at))
        }

        try form.merged(totalRow, 0, 3, .text(Layout.totalLabel), style: FormStyles.totalLabel)
        let total = TotalFormula(
            terms: criteria.enumerated().map { offset, c in
                TotalFormula.Term(
                    cell: CellAddress(row: firstCriterionRow + offset, column: scoreColumn), weight: c.weight,
                    maxScore: c.maxScore)
            }, partial: partial)
        try sheet.writeFormula(
            total.formula, at: CellAddress(row: totalRow, column: scoreColumn), result: total.result(values),
            style: FormStyles.total)
        try sheet.setRow(totalRow, height: 24)

        try form.merged(commentRow, 0, 1, .text(Layout.commentLabel), style: FormStyles.label)
        try form.merged(commentRow, 2, form.lastColumn, .text(answers.comment), style: FormStyles.commentInput)
        try sheet.setRow(commentRow, height: max(90, FormText.rowHeight(lines: FormText.lines(answers.comment, columnWidth: form.width(2, 5)))))

        try sheet.setPrintArea(RangeAddress(firstRow: 0, firstColumn: 0, lastRow: commentRow, lastColumn: form.lastColumn))
        let who = assignment.map { "評価者 \($0.evaluatorID.value) \($0.evaluatorName)" } ?? ""
        try form.pageSetup(landscape: false, headerLeft: title, headerRight: who, repeatRows: nil)
        try sheet.setSelection(RangeAddress(CellAddress(row: firstCriterionRow, column: scoreColumn)))
        try sheet.protect(password: password, options: FormStyles.formProtection)
    }

    private func instructions() -> String {
        var lines = ["記入のしかた"]
        if isBlank {
            lines.append("・年度、評価者（あなた）と対象リーダーの職員番号・氏名、プロジェクトID、チーム名を入力してください。")
        } else {
            lines.append("・プロジェクト「\(assignment!.project.team)」のリーダー、\(assignment!.leader.name) さんのリーダーシップについて評価してください。")
        }
        lines.append("・黄色のセルに、各項目の評価を「▼」の一覧から選んでください。空欄は「未採点」として扱います（0点ではありません）。")
        lines.append(partial ? "・合計（100点換算）は、選んだ項目だけで自動計算されます。" : "・合計（100点換算）は、すべての項目を選ぶと自動で表示されます。")
        lines.append("・記入が終わったら上書き保存して、事務局へ返送してください（ファイル名は変えても構いません）。")
        return lines.joined(separator: "\n")
    }

    private func scoreValidation(_ c: Criterion, rule: DataValidation.Rule) -> DataValidation {
        var message = ""
        if !c.description.isEmpty { message += "着眼点：\(c.description)\n" }
        message += "評価：\(c.scale.joined(separator: "／"))\n空欄は未採点として扱います。"
        return FormValidation.dropdown(
            rule, title: c.name, message: message,
            error: "「▼」の一覧から選んでください（\(c.scale.joined(separator: "／"))）。")
    }
}
