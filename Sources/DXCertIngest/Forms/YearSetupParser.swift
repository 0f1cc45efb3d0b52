import DXCertRules
import Foundation
import OOXMLReader

/// Reads a 年度設定 workbook into a `YearSetup`, reporting every problem with sheet and cell.
///
/// Problems that make a row unusable (duplicate IDs, unknown project, missing category…) are
/// errors and the row is left out; the rest of the setup is still used.
public enum YearSetupParser {
    typealias Layout = FormLayout.YearSetup
    /// 目標人数, as the template's input rule allows.
    static let targetRange = 0...100_000
    /// 満点 of a criterion.
    static let maxScoreRange = 1...100
    /// Where each sheet's parser reports a problem (severity, place, what is wrong, what was done).
    typealias ProblemSink = (Severity, SourceLocation, String, String) -> Void

    /// Parses `workbook`; nil when no fiscal year can be found (the whole file is then excluded).
    public static func parse(_ workbook: Workbook, file: String, diagnostics: Diagnostics) throws -> YearSetup? {
        var problems: [Problem] = []
        func problem(_ sev: Severity, _ loc: SourceLocation, _ msg: String, _ action: String) {
            problems.append(Problem(sev, loc, msg, action: action))
        }
        defer {
            for p in problems { diagnostics.report(p) }
        }

        guard let heading = try parseYearSheet(workbook, file: file, problem: problem) else { return nil }
        var setup = YearSetup(
            year: heading.year, meetingDate: heading.meetingDate, organisation: heading.organisation, criteria: [],
            file: file)
        setup.certificateDate = heading.certificate.date
        setup.issuer = heading.certificate.issuer
        setup.certificateNumberFormat = heading.certificate.format
        // 認定基準 first: the staff-ID width is needed to read IDs.
        var settingCells: SettingsCheck.Cells = [:]
        setup.settings = try parseSettings(workbook, file: file, cells: &settingCells, problem: problem)
        try parseTargets(workbook, file: file, settings: &setup.settings, problem: problem)
        let width = setup.settings.staffIDWidth

        setup.projects = try parseProjects(workbook, file: file, problem: problem)
        let projectIDs = Set(setup.projects.map(\.id))
        setup.participants = try parseParticipants(workbook, file: file, projectIDs: projectIDs, width: width, problem: problem)
        checkLeaders(setup, file: file, problem: problem)
        setup.judges = try parseJudges(workbook, file: file, width: width, problem: problem)
        setup.extraEvaluators = try parseExtraEvaluators(
            workbook, file: file, projectIDs: projectIDs,
            participants: setup.participants, width: width, problem: problem)
        // 評価項目 (defaults when the sheet is absent or empty)
        setup.criteria = try parseCriteria(workbook, file: file, problem: problem)
        setup.settingCells = settingCells
        SettingsCheck.check(&setup, cells: settingCells, problem: problem)
        return setup
    }

    // MARK: - Sheets

    /// The 年度 sheet's label/value pairs; nil (with an error at the year cell) when no fiscal year can be read.
    private static func parseYearSheet(
        _ workbook: Workbook, file: String,
        problem: ProblemSink
    ) throws -> (year: FiscalYear, meetingDate: String?, organisation: String, certificate: CertificateCells)? {
        let yearSheet = workbook.sheet(named: Layout.yearSheet) ?? workbook.worksheets.first
        var yearValue: FiscalYear?
        var meetingDate: String?
        var organisation = ""
        var certificate = CertificateCells()
        if let sheet = yearSheet {
            let scan = try FormScanner.scan(workbook, sheet, isHeader: { _ in false })
            let yearCell = FormScanner.value(after: Layout.yearLabel, in: scan)
            if let ref = FormScanner.uncachedValue(after: Layout.yearLabel, in: scan) {
                let note = FormScanner.uncachedNote(SourceLocation(file: file, sheet: sheet.name, cell: CellPosition(ref)))
                problem(note.severity, note.location, note.message, note.action)
            }
            yearValue = YearParser.parse(yearCell?.value)
            if yearValue == nil {
                let loc = SourceLocation(file: file, sheet: sheet.name, cell: yearCell.map { CellPosition($0.reference) })
                problem(
                    .error, loc, YearParser.problem(yearCell?.value),
                    "このファイルは取り込みません")
                return nil
            }
            if let d = FormScanner.value(after: Layout.meetingDateLabel, in: scan) {
                meetingDate = DateText.format(d.value)
            }
            organisation = TextNormalizer.display(FormScanner.value(after: Layout.organisationLabel, in: scan)?.value.text ?? "")
            certificate = parseCertificateCells(scan, at: SourceLocation(file: file, sheet: sheet.name), problem: problem)
        }
        guard let year = yearValue else { return nil }
        return (year, meetingDate, organisation, certificate)
    }

    /// The 年度 sheet's certificate cells (added in template version 2; a setup without them
    /// reads as all blank).
    struct CertificateCells {
        var date: CertificateDate?
        var issuer = ""
        var format = CertificateNumberFormat.standard
    }

    /// 認定日, 発行者 and 認定番号の形式. A value that cannot be used is a problem at its cell and
    /// the default is used instead.
    private static func parseCertificateCells(_ scan: FormScanner.Scan, at sheet: SourceLocation, problem: ProblemSink) -> CertificateCells {
        var cells = CertificateCells()
        if let cell = FormScanner.value(after: Layout.certificateDateLabel, in: scan) {
            let at = sheet.at(CellPosition(cell.reference))
            switch cell.value {
            case .date(let d):
                cells.date = CertificateDate.checkedDay(year: d.year, month: d.month, day: d.day)
            case .number(let n):
                if let d = ExcelDateTime.fromSerial(n, date1904: false), n > 1000 {
                    cells.date = CertificateDate.checkedDay(year: d.year, month: d.month, day: d.day)
                }
            default:
                let text = TextNormalizer.display(cell.value.text)
                if !text.isEmpty { cells.date = .text(text) }
            }
            if cells.date == nil {
                problem(
                    .warning, at, "認定日「\(TextNormalizer.display(cell.value.text))」を日付として読めません",
                    "「2026/3/31」のように日付を入力してください。今回は年度末（3月31日）を認定日にします")
            }
        }
        // Kept as typed but for the ends: the full-width spaces of 「真岡市長　〇〇　〇〇」 are meant.
        cells.issuer = (FormScanner.value(after: Layout.issuerLabel, in: scan)?.value.text ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        if let cell = FormScanner.value(after: Layout.numberFormatLabel, in: scan) {
            let text = TextNormalizer.display(cell.value.text)
            do {
                if !text.isEmpty { cells.format = try CertificateNumberFormat.parse(text) }
            } catch {
                let why: String
                switch error {
                case .unknownField(let field): why = "\(field) は使えない記号です"
                case .unclosedBrace: why = "「{」に対応する「}」がありません"
                case .serialCount(let n): why = n == 0 ? "連番（{連番} または {連番:3}）がありません" : "連番が\(n)か所にあります"
                }
                problem(
                    .warning, sheet.at(CellPosition(cell.reference)), "認定番号の形式「\(text)」を使えません：\(why)",
                    "{年度略}・{年度}・{連番}・{連番:桁数} と文字で書いてください（例：\(CertificateNumberFormat.standardText)）。今回は既定の形式で番号を付けます")
            }
        }
        return cells
    }

    /// プロジェクト: one project per row, IDs unique.
    private static func parseProjects(_ workbook: Workbook, file: String, problem: ProblemSink) throws -> [Project] {
        var projects: [Project] = []
        var projectIDs = Set<ProjectID>()
        try table(workbook, Layout.projectsSheet, [Layout.projectIDHeader, Layout.teamHeader], file: file, problem: problem) { row, h, loc in
            let id = IDNormalizer.project(FormScanner.cell(row, h.column(Layout.projectIDHeader))?.value)
            let team = TextNormalizer.displayText(FormScanner.cell(row, h.column(Layout.teamHeader))?.value)
            let theme = TextNormalizer.displayText(FormScanner.cell(row, h.column(Layout.themeHeader))?.value)
            if id.isEmpty && team.isEmpty && theme.isEmpty { return }
            let at = loc.at(CellPosition(row: row.index, column: h.column(Layout.projectIDHeader)!))
            guard !id.isEmpty else {
                problem(.error, at, "プロジェクトIDが空欄です（チーム名「\(team)」）", "この行を取り込みません")
                return
            }
            guard projectIDs.insert(id).inserted else {
                problem(.error, at, "プロジェクトID「\(id)」が重複しています", "2つ目以降の行を取り込みません")
                return
            }
            projects.append(Project(id: id, team: team, theme: theme, location: at))
        }

        return projects
    }

    /// 参加者: one participation per row, for a project of the setup, each person once per project.
    private static func parseParticipants(
        _ workbook: Workbook, file: String, projectIDs: Set<ProjectID>, width: Int,
        problem: ProblemSink
    ) throws -> [Participant] {
        var participants: [Participant] = []
        var seenParticipation = Set<StaffInProject>()
        var firstName: [StaffID: String] = [:]
        try table(
            workbook, Layout.participantsSheet, [Layout.staffIDHeader, Layout.nameHeader, Layout.projectIDHeader, Layout.roleHeader],
            file: file, problem: problem
        ) { row, h, loc in
            let idCell = FormScanner.cell(row, h.column(Layout.staffIDHeader))
            let name = TextNormalizer.displayText(FormScanner.cell(row, h.column(Layout.nameHeader))?.value)
            let projectCell = FormScanner.cell(row, h.column(Layout.projectIDHeader))
            let roleCell = FormScanner.cell(row, h.column(Layout.roleHeader))
            let dept = TextNormalizer.text(FormScanner.cell(row, h.column(Layout.departmentHeader))?.value)
            if idCell == nil && name.isEmpty && projectCell == nil && roleCell == nil { return }
            let idAt = loc.at(CellPosition(row: row.index, column: h.column(Layout.staffIDHeader)!))
            guard let staffID = StaffIDNormalizer.normalize(idCell?.value, width: width) else {
                problem(.error, idAt, "職員番号が空欄です（氏名「\(name)」）", "この行を取り込みません")
                return
            }
            let projectID = IDNormalizer.project(projectCell?.value)
            let projectAt = loc.at(CellPosition(row: row.index, column: h.column(Layout.projectIDHeader)!))
            guard projectIDs.contains(projectID) else {
                problem(
                    .error, projectAt,
                    projectID.isEmpty
                        ? "プロジェクトIDが空欄です（職員番号 \(staffID)）"
                        : "プロジェクトID「\(projectID)」はプロジェクトのシートにありません",
                    "この参加者の行を取り込みません")
                return
            }
            let roleText = TextNormalizer.text(roleCell?.value)
            let roleAt = loc.at(CellPosition(row: row.index, column: h.column(Layout.roleHeader)!))
            guard let role = Role(rawValue: roleText) ?? RoleParser.parse(roleText) else {
                problem(
                    .error, roleAt, "役割「\(roleText)」は「リーダー」か「メンバー」で入力してください（職員番号 \(staffID)）",
                    "この参加者の行を取り込みません")
                return
            }
            guard seenParticipation.insert(StaffInProject(staffID, in: projectID)).inserted else {
                problem(.error, idAt, "職員番号 \(staffID) がプロジェクト「\(projectID)」に重複して登録されています", "2つ目以降の行を取り込みません")
                return
            }
            if let other = firstName[staffID], TextNormalizer.nameKey(other) != TextNormalizer.nameKey(name) {
                problem(
                    .warning, idAt, "職員番号 \(staffID) の氏名が行によって異なります（「\(other)」と「\(name)」）",
                    "最初の行の氏名を使います")
            }
            if firstName[staffID] == nil { firstName[staffID] = name }
            participants.append(
                Participant(
                    staffID: staffID, name: name, department: dept, projectID: projectID,
                    role: role, location: idAt))
        }
        return participants
    }

    /// Every project needs exactly one leader (`YearSetup.soleLeader`); none or two is an error here, once.
    private static func checkLeaders(_ setup: YearSetup, file: String, problem: ProblemSink) {
        for project in setup.projects {
            let leaders = setup.leaders(of: project.id)
            if leaders.isEmpty {
                problem(
                    .error, project.location ?? SourceLocation(file: file, sheet: Layout.projectsSheet),
                    "プロジェクト「\(project.id)」（\(project.team)）にリーダーがいません", "このプロジェクトのリーダー評価は行えません")
            } else if leaders.count > 1 {
                problem(
                    .error, leaders[1].location ?? SourceLocation(file: file, sheet: Layout.participantsSheet),
                    "プロジェクト「\(project.id)」にリーダーが\(leaders.count)人います（\(leaders.map(\.name).joined(separator: "、"))）",
                    "リーダーは1人にしてください。配布シートは作成しません")
            }
        }
    }

    /// 審査員: one judge per row, IDs unique, a known category.
    private static func parseJudges(_ workbook: Workbook, file: String, width: Int, problem: ProblemSink) throws -> [Judge] {
        var judges: [Judge] = []
        var judgeIDs = Set<JudgeID>()
        try table(workbook, Layout.judgesSheet, [Layout.judgeIDHeader, Layout.nameHeader, Layout.categoryHeader], file: file, problem: problem) {
            row, h, loc in
            let id = IDNormalizer.judge(FormScanner.cell(row, h.column(Layout.judgeIDHeader))?.value)
            let name = TextNormalizer.displayText(FormScanner.cell(row, h.column(Layout.nameHeader))?.value)
            let categoryText = TextNormalizer.text(FormScanner.cell(row, h.column(Layout.categoryHeader))?.value)
            let dept = TextNormalizer.text(FormScanner.cell(row, h.column(Layout.departmentHeader))?.value)
            let staff = StaffIDNormalizer.normalize(FormScanner.cell(row, h.column(Layout.staffIDHeader))?.value, width: width)
            if id.isEmpty && name.isEmpty && categoryText.isEmpty { return }
            let at = loc.at(CellPosition(row: row.index, column: h.column(Layout.judgeIDHeader)!))
            guard !id.isEmpty else {
                problem(.error, at, "審査員IDが空欄です（氏名「\(name)」）", "この審査員を取り込みません")
                return
            }
            guard judgeIDs.insert(id).inserted else {
                problem(.error, at, "審査員ID「\(id)」が重複しています", "2つ目以降の行を取り込みません")
                return
            }
            let catAt = loc.at(CellPosition(row: row.index, column: h.column(Layout.categoryHeader)!))
            guard let category = CategoryParser.parse(categoryText) else {
                problem(
                    .error, catAt,
                    categoryText.isEmpty
                        ? "審査員「\(id)」（\(name)）の区分が空欄です"
                        : "審査員「\(id)」の区分「\(categoryText)」は幹部職員・一般職員・専門家のいずれかにしてください",
                    "この審査員を取り込みません")
                return
            }
            judges.append(Judge(id: id, name: name, category: category, department: dept, staffID: staff, location: at))
        }

        return judges
    }

    /// リーダー評価者 (optional sheet): staff of the leader's department who also evaluate the leader.
    private static func parseExtraEvaluators(
        _ workbook: Workbook, file: String, projectIDs: Set<ProjectID>, participants: [Participant],
        width: Int, problem: ProblemSink
    ) throws -> [ExtraEvaluator] {
        var evaluators: [ExtraEvaluator] = []
        let leaderOf = Dictionary(grouping: participants.filter { $0.role == .leader }, by: \.projectID).mapValues { Set($0.map(\.staffID)) }
        if workbook.sheet(named: Layout.evaluatorsSheet) != nil {
            try table(
                workbook, Layout.evaluatorsSheet, [Layout.staffIDHeader, Layout.nameHeader, Layout.projectIDHeader], file: file,
                problem: problem
            ) { row, h, loc in
                let staff = StaffIDNormalizer.normalize(FormScanner.cell(row, h.column(Layout.staffIDHeader))?.value, width: width)
                let name = TextNormalizer.displayText(FormScanner.cell(row, h.column(Layout.nameHeader))?.value)
                let projectID = IDNormalizer.project(FormScanner.cell(row, h.column(Layout.projectIDHeader))?.value)
                let dept = TextNormalizer.text(FormScanner.cell(row, h.column(Layout.departmentHeader))?.value)
                if staff == nil && name.isEmpty && projectID.isEmpty { return }
                let at = loc.at(CellPosition(row: row.index, column: h.column(Layout.staffIDHeader)!))
                guard let staff else {
                    problem(.error, at, "職員番号が空欄です（氏名「\(name)」）", "この評価者を取り込みません")
                    return
                }
                guard projectIDs.contains(projectID) else {
                    problem(
                        .error, loc.at(CellPosition(row: row.index, column: h.column(Layout.projectIDHeader)!)),
                        "プロジェクトID「\(projectID)」はプロジェクトのシートにありません", "この評価者を取り込みません")
                    return
                }
                if leaderOf[projectID]?.contains(staff) == true {
                    problem(.warning, at, "職員番号 \(staff) はプロジェクト「\(projectID)」のリーダー本人です", "自己評価はしないため取り込みません")
                    return
                }
                evaluators.append(
                    ExtraEvaluator(
                        staffID: staff, name: name, department: dept, projectID: projectID,
                        location: at))
            }
        }

        return evaluators
    }

    /// Reads the table of `sheetName` (found by name, else by its headers) and calls `body` per data row.
    private static func table(
        _ workbook: Workbook, _ sheetName: String, _ required: [String], file: String,
        problem: ProblemSink,
        body: (Row, HeaderMap, SourceLocation) throws -> Void
    ) throws {
        let candidates = [workbook.sheet(named: sheetName)].compactMap { $0 } + workbook.worksheets.filter { $0.name != sheetName }
        for sheet in candidates where sheet.kind == .worksheet {
            let loc = SourceLocation(file: file, sheet: sheet.name)
            var rows: [Row] = []
            let isHeader: (HeaderMap) -> Bool = { $0.has(required) }
            let scan = try FormScanner.scan(workbook, sheet, isHeader: isHeader) { row, _ in
                rows.append(row)
                return true
            }
            guard let header = scan.header else {
                if sheet.name == sheetName {
                    problem(
                        .error, loc, "シート「\(sheetName)」に見出し（\(required.joined(separator: "・"))）が見つかりません",
                        "このシートを取り込みません")
                    return
                }
                continue
            }
            for row in rows {
                for ref in FormScanner.uncached(row, columns: Set(header.labelledColumns)) {
                    let note = FormScanner.uncachedNote(loc.at(ref))
                    problem(note.severity, note.location, note.message, note.action)
                }
                try body(row, header, loc)
            }
            return
        }
        problem(.error, SourceLocation(file: file), "シート「\(sheetName)」がありません", "この表は空として扱います")
    }

    private static func parseSettings(
        _ workbook: Workbook, file: String, cells: inout SettingsCheck.Cells,
        problem: ProblemSink
    ) throws -> Settings {
        var settings = Settings()
        guard workbook.sheet(named: Layout.settingsSheet) != nil else {
            problem(.warning, SourceLocation(file: file), "シート「\(Layout.settingsSheet)」がありません", "すべて既定値を使います")
            return settings
        }
        try table(workbook, Layout.settingsSheet, [Layout.settingHeader, Layout.valueHeader], file: file, problem: problem) { row, h, loc in
            guard let labelCell = FormScanner.cell(row, h.column(Layout.settingHeader)) else { return }
            let label = TextNormalizer.normalize(labelCell.value.text)
            guard let def = SettingDefinition.named(label) else {
                problem(.warning, loc.at(labelCell.reference), "設定項目「\(label)」は使われていません", "この行は無視します")
                return
            }
            let valueColumn = h.column(Layout.valueHeader)!
            let valueCell = FormScanner.cell(row, valueColumn)
            if cells[def.label] == nil { cells[def.label] = loc.at(CellPosition(row: row.index, column: valueColumn)) }
            let text = TextNormalizer.text(valueCell?.value)
            if text.isEmpty {
                if def.kind != .text && def.kind != .categoryOrder {
                    problem(
                        .info, loc.at(CellPosition(row: row.index, column: valueColumn)),
                        "「\(def.label)」が空欄です", "既定値 \(def.defaultText) を使います")
                }
                if def.kind == .text || def.kind == .categoryOrder { _ = def.apply(&settings, "") }
                return
            }
            if let error = def.apply(&settings, text) {
                problem(
                    .error, loc.at(CellPosition(row: row.index, column: valueColumn)),
                    "「\(def.label)」の値「\(text)」が正しくありません：\(error)", "既定値 \(def.defaultText) を使います")
            }
        }
        return settings
    }

    private static func parseTargets(
        _ workbook: Workbook, file: String, settings: inout Settings,
        problem: ProblemSink
    ) throws {
        guard workbook.sheet(named: Layout.targetsSheet) != nil else { return }
        var s = settings
        try table(workbook, Layout.targetsSheet, [Layout.tierHeader, Layout.targetHeader], file: file, problem: problem) { row, h, loc in
            let tierText = TextNormalizer.text(FormScanner.cell(row, h.column(Layout.tierHeader))?.value)
            guard !tierText.isEmpty else { return }
            let at = loc.at(CellPosition(row: row.index, column: h.column(Layout.targetHeader)!))
            guard let tier = TierParser.parse(tierText) else {
                problem(.warning, at, "認定区分「\(tierText)」が分かりません", "この行は無視します")
                return
            }
            let value = FormScanner.cell(row, h.column(Layout.targetHeader))?.value
            guard case .number(let n)? = value.flatMap(NumberCell.number), let count = WholeNumber.exact(n, in: Self.targetRange) else {
                let range = Self.targetRange
                let what =
                    value.map { "「\($0.text)」は" + (WholeNumber.problem($0.text, in: range) ?? "正しくありません") }
                    ?? "が空欄です（\(range.lowerBound)〜\(range.upperBound) の整数を入力してください）"
                problem(.error, at, "\(tier.label)の目標人数\(what)", "既定値 \(s.targets[tier] ?? 0) を使います")
                return
            }
            s.targets[tier] = count
        }
        settings = s
    }

    private static func parseCriteria(
        _ workbook: Workbook, file: String,
        problem: ProblemSink
    ) throws -> [Criterion] {
        guard workbook.sheet(named: Layout.criteriaSheet) != nil else {
            problem(.info, SourceLocation(file: file), "シート「\(Layout.criteriaSheet)」がありません", "既定の評価項目を使います")
            return DefaultCriteria.all
        }
        var criteria: [Criterion] = []
        var seen = Set<String>()
        try table(
            workbook, Layout.criteriaSheet, [Layout.evaluationKindHeader, Layout.criterionIDHeader, Layout.criterionNameHeader],
            file: file, problem: problem
        ) { row, h, loc in
            let kindText = TextNormalizer.text(FormScanner.cell(row, h.column(Layout.evaluationKindHeader))?.value)
            let categoryText = TextNormalizer.text(FormScanner.cell(row, h.column(Layout.targetCategoryHeader))?.value)
            let id = IDNormalizer.criterion(FormScanner.cell(row, h.column(Layout.criterionIDHeader))?.value)
            let name = TextNormalizer.displayText(FormScanner.cell(row, h.column(Layout.criterionNameHeader))?.value)
            if kindText.isEmpty && id.isEmpty && name.isEmpty { return }
            let at = loc.at(CellPosition(row: row.index, column: h.column(Layout.criterionIDHeader)!))
            guard !id.isEmpty, !name.isEmpty else {
                problem(.error, at, "評価項目の項目IDまたは項目名が空欄です", "この項目を取り込みません")
                return
            }
            var kinds: [EvaluationKind] = []
            if kindText.contains(Layout.leaderKind) || kindText.contains("リーダー") {
                kinds = [.leader]
            } else if kindText.contains(Layout.meetingKind) {
                if categoryText.isEmpty || categoryText.contains("全") {
                    kinds = JudgeCategory.allCases.map { .meeting($0) }
                } else if let c = CategoryParser.parse(categoryText) {
                    kinds = [.meeting(c)]
                } else {
                    problem(
                        .error, loc.at(CellPosition(row: row.index, column: h.column(Layout.targetCategoryHeader) ?? 1)),
                        "評価項目「\(id)」の対象区分「\(categoryText)」が分かりません", "この項目を取り込みません")
                    return
                }
            } else {
                problem(
                    .error, loc.at(CellPosition(row: row.index, column: h.column(Layout.evaluationKindHeader)!)),
                    "評価項目「\(id)」の評価の種類「\(kindText)」は「報告会」か「メンバー評価」にしてください", "この項目を取り込みません")
                return
            }
            var maxScore = 5
            if let v = FormScanner.cell(row, h.column(Layout.maxHeader))?.value {
                guard case .number(let n)? = NumberCell.number(v), let m = WholeNumber.exact(n, in: Self.maxScoreRange) else {
                    problem(
                        .error, loc.at(CellPosition(row: row.index, column: h.column(Layout.maxHeader)!)),
                        "評価項目「\(id)」の満点「\(v.text)」は\(WholeNumber.problem(v.text, in: Self.maxScoreRange) ?? "1〜100の整数にしてください")",
                        "この項目を取り込みません")
                    return
                }
                maxScore = m
            }
            var weight = 1.0
            if let v = FormScanner.cell(row, h.column(Layout.weightHeader))?.value {
                guard case .number(let n)? = NumberCell.number(v), n > 0, n <= 100 else {
                    problem(
                        .error, loc.at(CellPosition(row: row.index, column: h.column(Layout.weightHeader)!)),
                        "評価項目「\(id)」の重み「\(v.text)」は0より大きい数値にしてください", "この項目を取り込みません")
                    return
                }
                weight = n
            }
            let description = TextNormalizer.displayText(FormScanner.cell(row, h.column(Layout.descriptionHeader))?.value)
            let scaleText = FormScanner.cell(row, h.column(Layout.scaleHeader))?.value.text ?? ""
            let scale = scaleText.split(whereSeparator: { "／/\n".contains($0) }).map { TextNormalizer.display(String($0)) }
                .filter { !$0.isEmpty }
            for kind in kinds {
                let key = "\(kind.label)|\(id)"
                guard seen.insert(key).inserted else {
                    problem(.error, at, "評価項目ID「\(id)」が\(kind.label)で重複しています", "2つ目以降の行を取り込みません")
                    continue
                }
                criteria.append(
                    Criterion(
                        kind: kind, id: id, name: name, maxScore: maxScore, weight: weight,
                        scale: scale.isEmpty ? nil : scale, description: description))
            }
        }
        let kinds: [EvaluationKind] = JudgeCategory.allCases.map { .meeting($0) } + [.leader]
        for kind in kinds where !criteria.contains(where: { $0.kind == kind }) {
            problem(
                .warning, SourceLocation(file: file, sheet: Layout.criteriaSheet), "\(kind.label)の評価項目がありません",
                "既定の評価項目を使います")
            criteria += DefaultCriteria.all.filter { $0.kind == kind }
        }
        return criteria
    }
}
