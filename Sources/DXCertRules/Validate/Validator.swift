import Foundation

/// Cross-checks everything read: sheets against their year's setup, duplicates, own-team
/// scoring, missing submissions. Every problem is reported with file, sheet and cell; the run
/// goes on with what is usable.
public enum Validator {
    public static func validate(_ files: consuming [IngestedFile], diagnostics: Diagnostics) -> ValidationResult {
        var ingested = files
        // By path as bytes: Swift hashes a Japanese `String` by normalizing it, on every lookup
        // (20,000 files, six lookups each), and two files whose names differ only in Unicode
        // form are two files.
        var excluded: [UTF8Key: String] = [:]  // path → reason
        var persons: [UTF8Key: String] = [:]  // path → person
        var years: [UTF8Key: FiscalYear] = [:]  // path → year

        // Setups: one per year; a second one for the same year loses to the newer file.
        var setups: [FiscalYear: (YearSetup, IngestedFile)] = [:]
        for file in ingested {
            guard case .yearSetup(let setup) = file.content else { continue }
            years[UTF8Key(file.file.path)] = setup.year
            if let (_, existingFile) = setups[setup.year] {
                // The workbook's own modified time decides (never the file system's: the output must
                // depend on the input's content only); equal or missing times fall back to path order.
                let newer = SetupOrder.isNewer(file, than: existingFile)
                let (keep, drop) = newer ? (file, existingFile) : (existingFile, file)
                diagnostics.report(
                    .error, SourceLocation(file: drop.file.path),
                    "\(setup.year.label)の年度設定が複数あります（「\(existingFile.file.path)」と「\(file.file.path)」）",
                    action: "更新日時が新しい「\(keep.file.path)」を使います", year: setup.year)
                excluded[UTF8Key(drop.file.path)] = "同じ年度の年度設定「\(keep.file.path)」を使うため"
                if newer { setups[setup.year] = (setup, file) }
            } else {
                setups[setup.year] = (setup, file)
            }
        }

        // Sheets by year.
        var meetingSheetsByYear: [FiscalYear: [MeetingScoreSheet]] = [:]
        var leadersByYear: [FiscalYear: [LeaderEvaluationSheet]] = [:]
        var priors: [PriorCertification] = []
        /// The year a sheet states, when it can be read and has a setup; otherwise reported and excluded.
        func usableYear(_ field: Field<FiscalYear?>, _ source: SubmissionSource) -> FiscalYear? {
            let path = UTF8Key(source.file)
            let location = field.location ?? SourceLocation(file: source.file)
            guard let year = field.value else {
                diagnostics.report(
                    .error, location, source.yearProblem ?? "年度が読み取れません。「令和6年度」「2024」のように入力してください",
                    action: "このファイルは取り込みません")
                excluded[path] = "年度が読み取れないため"
                return nil
            }
            years[path] = year
            guard setups[year] != nil else {
                diagnostics.report(
                    .error, location, "\(year.label)のシートですが、\(year.label)の年度設定が入力フォルダーにありません",
                    action: "このファイルは取り込みません", year: year)
                excluded[path] = "\(year.label)の年度設定がないため"
                return nil
            }
            return year
        }
        /// Reports what the parser noted on a returned sheet; false when the file cannot be used.
        func usable(_ source: SubmissionSource, year: FiscalYear?) -> Bool {
            for note in source.notes { diagnostics.report(note, year: year) }
            guard !source.notes.contains(where: \.excludesFile) else {
                excluded[UTF8Key(source.file)] = "識別情報とシートの記入内容が一致しないため"
                return false
            }
            return true
        }
        for i in ingested.indices {
            let file = ingested[i]
            // The sheets move to their year's list; the file keeps what its record needs, so a
            // sheet is let go as soon as it is validated (20,000 sheets are never held twice).
            ingested[i].content = .none
            switch file.content {
            case .meetingScore(let sheet):
                persons[UTF8Key(file.file.path)] = "審査員 \(sheet.judgeID.value) \(sheet.judgeName.value)".trimmingCharacters(in: .whitespaces)
                if usable(sheet.source, year: sheet.year.value), let year = usableYear(sheet.year, sheet.source) {
                    meetingSheetsByYear[year, default: []].append(sheet)
                }
            case .leaderEvaluation(let sheet):
                persons[UTF8Key(file.file.path)] =
                    "評価者 \(sheet.evaluatorID.value) \(sheet.evaluatorName.value) → リーダー \(sheet.leaderID.value) \(sheet.leaderName.value)"
                if usable(sheet.source, year: sheet.year.value), let year = usableYear(sheet.year, sheet.source) {
                    leadersByYear[year, default: []].append(sheet)
                }
            case .priorRegister(let rows):
                priors += rows
            case .yearSetup(let setup):
                persons[UTF8Key(file.file.path)] = setup.organisation
            case .none:
                break
            }
        }

        // One form of staff ID for the whole run (all years, the register, the previous ledger).
        let idForm = StaffIDForm.run(setups.values.map(\.0))
        reportWidthDifferences(setups.keys.sorted().compactMap { setups[$0]?.0 }, form: idForm, diagnostics: diagnostics)

        var yearInputs: [YearInput] = []
        for year in setups.keys.sorted() {
            guard let setup = setups[year].map({ idForm.apply(to: $0.0) }) else { continue }
            var input = YearInput(
                setup: setup, meetingSheets: [], leaderEvaluations: [], missingJudges: [],
                missingEvaluators: [], ownTeamExclusions: [])
            let reports = MeetingSheetValidator.validate(meetingSheetsByYear.removeValue(forKey: year) ?? [], setup: setup, diagnostics: diagnostics)
            input.meetingSheets = reports.accepted
            input.ownTeamExclusions = reports.ownTeam
            for (path, reason) in reports.excluded { excluded[UTF8Key(path)] = reason }
            let leaders = LeaderSheetValidator.validate(
                leadersByYear.removeValue(forKey: year) ?? [], setup: setup, idForm: idForm, diagnostics: diagnostics)
            input.leaderEvaluations = leaders.accepted
            for (path, reason) in leaders.excluded { excluded[UTF8Key(path)] = reason }

            // Missing submissions.
            let judged = Set(input.meetingSheets.map(\.judge.id))
            input.missingJudges = setup.judges.filter { !judged.contains($0.id) }
            for judge in input.missingJudges {
                diagnostics.report(
                    .warning, judge.location ?? SourceLocation(file: setup.file),
                    "審査員「\(judge.id)」（\(judge.name)、\(judge.category.rawValue)）の報告会評価シートが提出されていません",
                    action: "この審査員なしで集計します", year: year)
            }
            let evaluated = Set(input.leaderEvaluations.map { StaffInProject($0.evaluator, in: $0.projectID) })
            for project in setup.projects where setup.soleLeader(of: project.id) != nil {
                for e in setup.expectedEvaluators(of: project.id) where !evaluated.contains(StaffInProject(e.staffID, in: project.id)) {
                    input.missingEvaluators.append((project.id, e.staffID, e.name))
                    let location =
                        setup.participations(of: e.staffID).first { $0.projectID == project.id }?.location
                        ?? setup.extraEvaluators.first { $0.staffID == e.staffID && $0.projectID == project.id }?.location
                        ?? SourceLocation(file: setup.file)
                    diagnostics.report(
                        .warning, location,
                        "\(e.name)（職員番号 \(e.staffID)）からプロジェクト「\(project.id)」のリーダー評価が提出されていません",
                        action: "提出された評価だけで集計します", year: year)
                }
            }
            yearInputs.append(input)
        }

        // File records (problems grouped once: 20,000 files must not sort the list 20,000 times).
        let problemsByFile = Dictionary(grouping: diagnostics.problems.filter { $0.severity >= .warning }) { UTF8Key($0.location.file) }
        var records: [FileRecord] = []
        for file in ingested {
            let path = file.file.path
            let key = UTF8Key(path)
            var record = FileRecord(
                path: path, kind: file.kind, recognisedBy: file.recognisedBy, year: years[key],
                person: persons[key] ?? "", status: .imported, modified: file.workbookModified)
            if let skipped = file.skippedReason {
                record.status = .excluded
                record.skippedOnPurpose = true
                record.reason = skipped
            } else if let reason = file.excludedReason ?? excluded[key] {
                record.status = .excluded
                record.reason = reason
            } else {
                let problems = problemsByFile[key] ?? []
                if !problems.isEmpty {
                    record.status = .importedWithWarnings
                    let errors = problems.filter { $0.severity == .error }.count
                    let warnings = problems.count - errors
                    record.reason =
                        [errors > 0 ? "エラー\(errors)件" : nil, warnings > 0 ? "警告\(warnings)件" : nil]
                        .compactMap { $0 }.joined(separator: "・") + "（入力チェックを参照）"
                }
            }
            records.append(record)
        }
        return ValidationResult(years: yearInputs, priors: priors, files: records)
    }
}

extension Validator {
    /// A 職員番号の桁数 that differs between years: a warning at each setup whose width is not the
    /// run's, naming every setup's cell; IDs are compared in the run's form all the same.
    static func reportWidthDifferences(_ setups: [YearSetup], form: StaffIDForm, diagnostics: Diagnostics) {
        let widths = Set(setups.map(\.settings.staffIDWidth))
        guard widths.count > 1 else { return }
        let label = "職員番号の桁数"
        let list = setups.map { s in
            let cell = s.settingCells[label]?.cell.map { "セル \($0)" } ?? "設定なし"
            return "\(s.year.label)「\(s.file)」\(cell)：\(s.settings.staffIDWidth)"
        }.joined(separator: "、")
        for setup in setups where setup.settings.staffIDWidth != form.width {
            diagnostics.report(
                .warning, setup.settingCells[label] ?? SourceLocation(file: setup.file, sheet: FormLayout.YearSetup.settingsSheet),
                "「\(label)」が年度によって異なります（\(list)）",
                action: "同じ職員を年度をまたいで同じ人として扱うため、すべての年度で\(form.width)桁として照合しました。"
                    + "各年度の年度設定の桁数を\(form.width)にそろえてください",
                year: setup.year)
        }
    }
}
