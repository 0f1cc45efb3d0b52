import DXCertIngest
import DXCertRules
import Foundation
import OOXMLReader

/// Checks a parsed year setup for what the distribution sheets need beyond what
/// `YearSetupParser` already reports (duplicate IDs, leaders, unknown projects, categories
/// and roles are reported there, at their cells).
///
/// Errors stop `dxcert sheets` before anything is written; warnings are shown and the sheets
/// are still made.
enum SetupValidator {
    typealias Layout = FormLayout.YearSetup

    /// Reports into `diagnostics`; `workbook` (the setup file) gives criterion and setting cells.
    static func validate(_ setup: YearSetup, workbook: Workbook?, file: String, diagnostics: Diagnostics) throws {
        func report(_ severity: Severity, _ sheet: String?, _ cell: CellPosition?, _ message: String, _ action: String) {
            diagnostics.report(severity, SourceLocation(file: file, sheet: sheet, cell: cell), message, action: action, year: setup.year)
        }

        if setup.projects.isEmpty {
            report(.error, Layout.projectsSheet, nil, "プロジェクトが1つもありません", "プロジェクトを入力してください。配布シートは作成しません")
        }
        if setup.judges.isEmpty {
            report(.warning, Layout.judgesSheet, nil, "審査員が1人もいません", "報告会評価シートは作成しません")
        }

        // IDs travel in comma-separated identity lists: a comma would split one ID into two.
        for project in setup.projects where project.id.value.contains(",") {
            report(
                .error, Layout.projectsSheet, project.location?.cell, "プロジェクトID「\(project.id)」に「,」が含まれています",
                "「,」を使わないIDにしてください。配布シートは作成しません")
        }

        let criteriaRows = try criterionRows(workbook)
        var checked = Set<String>()
        for criterion in setup.criteria where checked.insert(criterion.kind.label + "|" + criterion.id.value).inserted {
            let at = criteriaRows[criterion.id]
            if criterion.id.value.contains(",") {
                report(
                    .error, Layout.criteriaSheet, at?.id, "評価項目ID「\(criterion.id)」に「,」が含まれています",
                    "「,」を使わないIDにしてください。配布シートは作成しません")
            }
            // Every dropdown text must read back as a score within the criterion's range.
            let unreadable = criterion.scale.filter { item in
                if case .value = ScoreParser.parse(.text(item), max: criterion.maxScore) { return false }
                return true
            }
            if !unreadable.isEmpty {
                report(
                    .error, Layout.criteriaSheet, at?.scale ?? at?.id,
                    "評価項目「\(criterion.id)」（\(criterion.name)）の評価段階\(unreadable.map { "「\($0)」" }.joined())が0〜\(criterion.maxScore)点の数字で始まっていません",
                    "「4：よい」のように点数で始めてください（満点は\(criterion.maxScore)点）。配布シートは作成しません")
            }
        }

        // People whose names go into file names and headings.
        for p in setup.participants where p.name.isEmpty {
            report(.warning, Layout.participantsSheet, p.location?.cell, "職員番号 \(p.staffID) の氏名が空欄です", "氏名なしでシートを作成します")
        }
        for j in setup.judges where j.name.isEmpty {
            report(.warning, Layout.judgesSheet, j.location?.cell, "審査員「\(j.id)」の氏名が空欄です", "氏名なしでシートを作成します")
        }
        for j in setup.judges {
            let own = setup.ownProjects(of: j)
            if !setup.projects.isEmpty, setup.projects.allSatisfy({ own.contains($0.id) }) {
                report(
                    .warning, Layout.judgesSheet, j.location?.cell, "審査員「\(j.id)」（\(j.name)）は、すべてのプロジェクトに参加しているため採点できるプロジェクトがありません",
                    "すべての行を評価対象外としたシートを作成します")
            }
        }

        // Extra evaluators: listed twice, or already members (they evaluate as members).
        var seenExtra = Set<StaffInProject>()
        for e in setup.extraEvaluators {
            let key = StaffInProject(e.staffID, in: e.projectID)
            if !seenExtra.insert(key).inserted {
                report(
                    .warning, Layout.evaluatorsSheet, e.location?.cell, "職員番号 \(e.staffID) がプロジェクト「\(e.projectID)」のリーダー評価者に重複しています",
                    "1人として扱います")
            } else if setup.members(of: e.projectID).contains(where: { $0.staffID == e.staffID }) {
                report(
                    .info, Layout.evaluatorsSheet, e.location?.cell, "職員番号 \(e.staffID) はプロジェクト「\(e.projectID)」のメンバーです",
                    "メンバーとしてリーダー評価シートを1つ作成します")
            }
        }
        for project in setup.projects where setup.soleLeader(of: project.id) != nil && setup.expectedEvaluators(of: project.id).isEmpty {
            report(
                .warning, Layout.projectsSheet, project.location?.cell, "プロジェクト「\(project.id)」（\(project.team)）にはリーダーを評価する人（メンバー・リーダー評価者）がいません",
                "このプロジェクトのリーダー評価シートは作成しません（判定は評価者不足になります）")
        }

        // The sheet password must be typeable in Excel's dialog (see XLSXWorksheet.protect).
        if let password = setup.settings.sheetPassword,
            !password.unicodeScalars.allSatisfy({ (0x20...0x7E).contains($0.value) }) || password.utf16.count > 255
        {
            report(
                .error, Layout.settingsSheet, try settingCell(workbook, label: "配布シートの保護パスワード"),
                "配布シートの保護パスワードには半角英数字と記号だけを使ってください（255文字まで）",
                "パスワードを直してください。配布シートは作成しません")
        }
    }

    /// Where each criterion ID is on the 評価項目 sheet (its ID cell and its scale cell).
    private static func criterionRows(_ workbook: Workbook?) throws -> [CriterionID: (id: CellPosition, scale: CellPosition?)] {
        guard let workbook, let sheet = workbook.sheet(named: Layout.criteriaSheet), sheet.kind == .worksheet else { return [:] }
        var out: [CriterionID: (id: CellPosition, scale: CellPosition?)] = [:]
        let isHeader: (HeaderMap) -> Bool = { $0.has([Layout.evaluationKindHeader, Layout.criterionIDHeader, Layout.criterionNameHeader]) }
        try FormScanner.scan(workbook, sheet, isHeader: isHeader) { row, h in
            guard let idColumn = h.column(Layout.criterionIDHeader) else { return false }
            let id = IDNormalizer.criterion(FormScanner.cell(row, idColumn)?.value)
            if !id.isEmpty, out[id] == nil {
                let scale = h.column(Layout.scaleHeader).map { CellPosition(row: row.index, column: $0) }
                out[id] = (CellPosition(row: row.index, column: idColumn), scale)
            }
            return true
        }
        return out
    }

    /// The value cell of a setting on the 認定基準 sheet.
    private static func settingCell(_ workbook: Workbook?, label: String) throws -> CellPosition? {
        guard let workbook, let sheet = workbook.sheet(named: Layout.settingsSheet), sheet.kind == .worksheet else { return nil }
        var found: CellPosition?
        let isHeader: (HeaderMap) -> Bool = { $0.has([Layout.settingHeader, Layout.valueHeader]) }
        try FormScanner.scan(workbook, sheet, isHeader: isHeader) { row, h in
            guard let labelCell = FormScanner.cell(row, h.column(Layout.settingHeader)),
                SettingDefinition.key(labelCell.value.text) == SettingDefinition.key(label),
                let valueColumn = h.column(Layout.valueHeader)
            else { return true }
            found = CellPosition(row: row.index, column: valueColumn)
            return false
        }
        return found
    }
}
