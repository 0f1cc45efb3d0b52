import Foundation

/// Checks leader-evaluation sheets: the project and its leader, the evaluator (a member of the
/// project or an extra evaluator from the setup, never the leader), the scores.
enum LeaderSheetValidator {
    struct Result {
        var accepted: [AcceptedLeaderEvaluation] = []
        var excluded: [(String, String)] = []
    }

    static func validate(_ sheets: consuming [LeaderEvaluationSheet], setup: YearSetup, idForm: StaffIDForm, diagnostics: Diagnostics) -> Result {
        var result = Result()
        let year = setup.year
        let matcher = CriterionMatcher(setup.criteria(for: .leader))
        var groups: [StaffInProject: [AcceptedLeaderEvaluation]] = [:]

        // Each project's sole leader and expected evaluators, once for all its sheets.
        let rosters = Dictionary(
            setup.projects.map { ($0.id, Roster(leader: setup.soleLeader(of: $0.id), expected: setup.expectedEvaluators(of: $0.id))) },
            uniquingKeysWith: { first, _ in first })
        // Each sheet is checked on its own (on every core); the outcomes are taken in sheet order,
        // and sheets are let go as they are checked (only what the outcome needs is kept).
        let outcomes = (consume sheets).concurrentMapReleasing { sheet in
            check(sheet, setup: setup, rosters: rosters, idForm: idForm, matcher: matcher, diagnostics: diagnostics)
        }
        for outcome in outcomes {
            switch outcome {
            case .excluded(let file, let reason): result.excluded.append((file, reason))
            case .accepted(let key, let accepted): groups[key, default: []].append(accepted)
            }
        }
        for key in groups.keys.sorted() {
            let group = groups[key]!
            if group.count == 1 {
                result.accepted.append(group[0])
                continue
            }
            let first = group[0]
            let resolved = DuplicateResolver.resolve(
                group, source: { $0.source },
                who: "評価者 \(first.evaluator)（\(first.evaluatorName)）のプロジェクト「\(first.projectID)」",
                year: year, diagnostics: diagnostics)
            result.accepted.append(resolved.keep)
            result.excluded += resolved.dropped
        }
        return result
    }

    /// A project's `soleLeader` and `expectedEvaluators`, as the setup gives them.
    private struct Roster: Sendable {
        let leader: Participant?
        let expected: [(staffID: StaffID, name: String, department: String)]
    }

    /// What checking one sheet decided.
    private enum Outcome: Sendable {
        case excluded(String, String)
        case accepted(StaffInProject, AcceptedLeaderEvaluation)
    }

    /// Checks one sheet: its project, leader, evaluator and scores (problems reported at their cells).
    private static func check(
        _ sheet: LeaderEvaluationSheet, setup: YearSetup, rosters: [ProjectID: Roster], idForm: StaffIDForm, matcher: CriterionMatcher,
        diagnostics: Diagnostics
    ) -> Outcome {
        let year = setup.year
        let fileLoc = SourceLocation(file: sheet.source.file, sheet: sheet.source.sheet)
        func exclude(_ location: SourceLocation?, _ message: String, _ reason: String) -> Outcome {
            diagnostics.report(.error, location ?? fileLoc, message, action: "このファイルは取り込みません", year: year)
            return .excluded(sheet.source.file, reason)
        }
        let leaderID = idForm.canonical(sheet.leaderID.value)
        var projectID = sheet.projectID.value
        if projectID.isEmpty, let leaderID {
            let led = setup.participations(of: leaderID).filter { $0.role == .leader }.map(\.projectID)
            if led.count == 1 { projectID = led[0] }
        }
        guard let project = setup.project(projectID) else {
            return exclude(
                sheet.projectID.location,
                projectID.isEmpty
                    ? "プロジェクトIDが空欄で、評価するリーダーも特定できません"
                    : "プロジェクトID「\(projectID)」は\(year.label)の年度設定にありません", "プロジェクトを特定できないため")
        }
        let roster = rosters[project.id]
        guard let leader = roster?.leader else {
            return exclude(sheet.projectID.location, "プロジェクト「\(project.id)」のリーダーが年度設定で1人に決まっていません", "リーダーが決まらないため")
        }
        if let leaderID, leaderID != leader.staffID {
            return exclude(
                sheet.leaderID.location,
                "対象リーダーの職員番号 \(leaderID) はプロジェクト「\(project.id)」のリーダー（\(leader.staffID) \(leader.name)）ではありません",
                "対象リーダーがプロジェクトと一致しないため")
        }
        if !sheet.leaderName.value.isEmpty, TextNormalizer.nameKey(sheet.leaderName.value) != TextNormalizer.nameKey(leader.name) {
            diagnostics.report(
                .warning, sheet.leaderName.location ?? fileLoc,
                "対象リーダーの氏名「\(sheet.leaderName.value)」が年度設定（\(leader.name)）と一致しません",
                action: "職員番号で照合して取り込みます", year: year)
        }
        guard let evaluator = idForm.canonical(sheet.evaluatorID.value) else {
            return exclude(sheet.evaluatorID.location, "評価者の職員番号が空欄です", "評価者を特定できないため")
        }
        if evaluator == leader.staffID {
            return exclude(
                sheet.evaluatorID.location, "リーダー本人（職員番号 \(evaluator)）による評価です。リーダーは自分を評価しません",
                "本人による評価のため")
        }
        let expected = roster?.expected ?? []
        guard let registered = expected.first(where: { $0.staffID == evaluator }) else {
            let known = !setup.participations(of: evaluator).isEmpty
            return exclude(
                sheet.evaluatorID.location,
                known
                    ? "職員番号 \(evaluator) はプロジェクト「\(project.id)」のメンバーではなく、リーダー評価者としても登録されていません"
                    : "評価者の職員番号 \(evaluator) は\(year.label)の年度設定にありません",
                "評価者として登録されていないため")
        }
        if !sheet.evaluatorName.value.isEmpty, TextNormalizer.nameKey(sheet.evaluatorName.value) != TextNormalizer.nameKey(registered.name) {
            diagnostics.report(
                .warning, sheet.evaluatorName.location ?? fileLoc,
                "評価者の氏名「\(sheet.evaluatorName.value)」が年度設定（\(registered.name)）と一致しません",
                action: "職員番号で照合して取り込みます", year: year)
        }
        let (extra, missing) = matcher.unmatched(sheet.scores)
        for label in extra where sheet.scores.contains(where: { $0.label == label && $0.value != nil }) {
            diagnostics.report(.warning, fileLoc, "評価項目「\(label)」はメンバー評価の項目にありません", action: "この行の点数は使いません", year: year)
        }
        for c in missing {
            diagnostics.report(
                .error, fileLoc, "評価項目「\(c.name)」（\(c.id)）の行がシートにありません",
                action: "この項目は未採点として扱います", year: year)
        }
        let (scores, blanks) = matcher.read(sheet.scores, diagnostics: diagnostics, year: year)
        if scores.isEmpty {
            diagnostics.report(.warning, fileLoc, "評価が1つも入力されていません", action: "未提出として扱います", year: year)
            return .excluded(sheet.source.file, "評価が未入力のため")
        }
        if !blanks.isEmpty && setup.settings.partialScoring, case let blankCells = matcher.blankCells(sheet.scores), !blankCells.isEmpty {
            diagnostics.report(
                .info, blankCells[0].cell.location, "プロジェクト「\(project.id)」のリーダー評価に空欄の項目があります（\(CriterionMatcher.describe(blankCells))）",
                action: "部分採点する設定のため、採点された項目だけで計算しました", year: year)
        }
        if !blanks.isEmpty && !setup.settings.partialScoring {
            let names = blanks.compactMap { id in matcher.criteria.first { $0.id == id }?.name }
            diagnostics.report(
                .warning, fileLoc, "未採点の項目があります（\(names.joined(separator: "、"))）",
                action: "部分採点しない設定のため、この評価を集計から除外しました", year: year)
            return .excluded(sheet.source.file, "未採点の項目があるため")
        }
        let accepted = AcceptedLeaderEvaluation(
            projectID: project.id, leader: leader.staffID, evaluator: evaluator,
            evaluatorName: registered.name, scores: scores, blanks: blanks, source: sheet.source)
        return .accepted(StaffInProject(evaluator, in: project.id), accepted)
    }
}
