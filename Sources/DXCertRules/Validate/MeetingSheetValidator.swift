import Foundation

/// Checks judges' report-meeting sheets against the year's setup.
///
/// Unknown judge → the file is excluded. Unknown or missing project IDs, invalid scores,
/// own-team rows and incomplete rows are reported at their cells; the rest is used.
enum MeetingSheetValidator {
    struct Result {
        var accepted: [AcceptedMeetingSheet] = []
        var ownTeam: [OwnTeamExclusion] = []
        var excluded: [(String, String)] = []
    }

    static func validate(_ sheets: consuming [MeetingScoreSheet], setup: YearSetup, diagnostics: Diagnostics) -> Result {
        var result = Result()
        let year = setup.year
        var byJudge: [JudgeID: [(MeetingScoreSheet, Judge)]] = [:]
        for sheet in consume sheets {
            guard let judge = identifyJudge(sheet, setup: setup, diagnostics: diagnostics) else {
                result.excluded.append((sheet.source.file, "審査員を特定できないため"))
                continue
            }
            byJudge[judge.id, default: []].append((sheet, judge))
        }
        var chosen: [(MeetingScoreSheet, Judge)] = []
        for judgeID in byJudge.keys.sorted() {
            let group = byJudge[judgeID]!
            if group.count > 1 {
                let resolved = DuplicateResolver.resolve(
                    group, source: { $0.0.source }, who: "審査員「\(judgeID)」",
                    year: year, diagnostics: diagnostics)
                chosen.append(resolved.keep)
                result.excluded += resolved.dropped
            } else {
                chosen.append(group[0])
            }
        }
        byJudge = [:]
        // Each judge's rows are read on their own (on every core), taken in judge order; a few
        // sheets at a time, each let go once read (only its entries are kept).
        let read = (consume chosen).concurrentMapReleasing(chunk: 8) { sheet, judge in
            let (entries, ownTeam) = readRows(sheet, judge: judge, setup: setup, diagnostics: diagnostics)
            return (AcceptedMeetingSheet(judge: judge, source: sheet.source, entries: entries), ownTeam)
        }
        for (accepted, ownTeam) in read {
            result.ownTeam += ownTeam
            result.accepted.append(accepted)
        }
        return result
    }

    /// Finds the judge of a sheet by ID (else by name), checking name and category.
    private static func identifyJudge(_ sheet: MeetingScoreSheet, setup: YearSetup, diagnostics: Diagnostics) -> Judge? {
        let year = setup.year
        let id = sheet.judgeID.value
        let fileLoc = SourceLocation(file: sheet.source.file, sheet: sheet.source.sheet)
        var judge = setup.judges.first { $0.id == id }
        if judge == nil, id.isEmpty, !sheet.judgeName.value.isEmpty {
            let key = TextNormalizer.nameKey(sheet.judgeName.value)
            let matches = setup.judges.filter { TextNormalizer.nameKey($0.name) == key }
            if matches.count == 1 {
                judge = matches[0]
                diagnostics.report(
                    .warning, sheet.judgeID.location ?? fileLoc,
                    "審査員IDが空欄のため、氏名「\(sheet.judgeName.value)」から審査員「\(matches[0].id)」と判断しました",
                    action: "審査員「\(matches[0].id)」のシートとして取り込みます", year: year)
            }
        }
        guard let judge else {
            let what =
                id.isEmpty
                ? "審査員IDが空欄で、氏名「\(sheet.judgeName.value)」も年度設定の審査員と一致しません"
                : "審査員ID「\(id)」は\(year.label)の年度設定の審査員にありません"
            diagnostics.report(.error, sheet.judgeID.location ?? fileLoc, what, action: "このファイルは取り込みません", year: year)
            return nil
        }
        let name = sheet.judgeName.value
        if !name.isEmpty, TextNormalizer.nameKey(name) != TextNormalizer.nameKey(judge.name) {
            diagnostics.report(
                .warning, sheet.judgeName.location ?? fileLoc,
                "審査員「\(judge.id)」の氏名が年度設定（\(judge.name)）と一致しません（シート：\(name)）",
                action: "審査員IDで照合して取り込みます", year: year)
        }
        if let category = sheet.category.value, category != judge.category {
            diagnostics.report(
                .warning, sheet.category.location ?? fileLoc,
                "審査員「\(judge.id)」の区分がシート（\(category.rawValue)）と年度設定（\(judge.category.rawValue)）で異なります",
                action: "年度設定の区分（\(judge.category.rawValue)）で集計します", year: year)
        }
        return judge
    }

    /// Reads the rows of an accepted sheet into entries by project.
    private static func readRows(
        _ sheet: MeetingScoreSheet, judge: Judge, setup: YearSetup,
        diagnostics: Diagnostics
    ) -> ([JudgeProjectEntry], [OwnTeamExclusion]) {
        let year = setup.year
        let matcher = CriterionMatcher(setup.criteria(for: .meeting(judge.category)))
        let own = setup.ownProjects(of: judge)
        let fileLoc = SourceLocation(file: sheet.source.file, sheet: sheet.source.sheet)

        if let first = sheet.rows.first {
            let (extra, missing) = matcher.unmatched(first.scores)
            for label in extra where sheet.rows.contains(where: { row in row.scores.contains { $0.label == label && $0.value != nil } }) {
                diagnostics.report(
                    .warning, fileLoc, "見出し「\(label)」は\(judge.category.rawValue)の評価項目にありません",
                    action: "この列の点数は使いません", year: year)
            }
            for c in missing {
                diagnostics.report(
                    .error, fileLoc, "評価項目「\(c.name)」（\(c.id)）の列がシートにありません",
                    action: "この項目は未採点として扱います", year: year)
            }
        }

        var entries: [JudgeProjectEntry] = []
        var ownTeam: [OwnTeamExclusion] = []
        var seen = Set<ProjectID>()
        for row in sheet.rows {
            var projectID = row.projectID
            if projectID.isEmpty {
                // A row whose ID was deleted: recognise it by team name when that is unambiguous.
                let matches = setup.projects.filter { !row.team.isEmpty && TextNormalizer.nameKey($0.team) == TextNormalizer.nameKey(row.team) }
                if matches.count == 1 {
                    projectID = matches[0].id
                    diagnostics.report(
                        .warning, row.location, "プロジェクトIDが空欄のため、チーム名「\(row.team)」から「\(projectID)」と判断しました",
                        action: "プロジェクト「\(projectID)」の点数として使います", year: year)
                } else {
                    diagnostics.report(
                        .error, row.location, "プロジェクトIDのない行に点数があります",
                        action: "この行を集計から除外しました", year: year)
                    continue
                }
            }
            guard setup.project(projectID) != nil else {
                if row.isBlank {
                    // A note typed under the table (「※点数は…」): nothing to score, nothing lost.
                    diagnostics.report(
                        .info, row.location, "表の中に「\(projectID)」という行があります（点数なし）",
                        action: "この行は読み飛ばしました", year: year)
                    continue
                }
                diagnostics.report(
                    .error, row.location, "プロジェクトID「\(projectID)」は\(year.label)の年度設定にありません",
                    action: "この行を集計から除外しました", year: year)
                continue
            }
            guard seen.insert(projectID).inserted else {
                diagnostics.report(
                    .error, row.location, "プロジェクト「\(projectID)」の行が2つ以上あります",
                    action: "最初の行だけを使います", year: year)
                continue
            }
            if own.contains(projectID) {
                let scored = !row.isBlank
                ownTeam.append(OwnTeamExclusion(judgeID: judge.id, projectID: projectID, scoredAnyway: scored))
                if scored {
                    diagnostics.report(
                        .warning, row.location,
                        "審査員「\(judge.id)」（\(judge.name)）は自分が参加するプロジェクト「\(projectID)」を採点しています",
                        action: "自チームのため、この行の点数は使いません", year: year)
                }
                continue
            }
            let (scores, blanks) = matcher.read(row.scores, diagnostics: diagnostics, year: year)
            // Blank cells only matter when a criterion has no score (a fully scored row has none).
            let blankCells = blanks.isEmpty ? [] : matcher.blankCells(row.scores)
            if scores.isEmpty {
                // Not scored. Invalid cells were reported above; a row left wholly blank is noted here.
                if !blankCells.isEmpty && blankCells.count == Set(row.scores.compactMap { matcher.match($0)?.id }).count {
                    let team = setup.project(projectID)?.team ?? ""
                    diagnostics.report(
                        .info, row.location, "プロジェクト「\(projectID)」（\(team)）は未採点です（点数が1つも入力されていません）",
                        action: "この審査員の点数なしで集計しました", year: year)
                }
                continue
            }
            if !blanks.isEmpty && setup.settings.partialScoring && !blankCells.isEmpty {
                diagnostics.report(
                    .info, row.location,
                    "プロジェクト「\(projectID)」の行に空欄の項目があります（\(CriterionMatcher.describe(blankCells))）",
                    action: "部分採点する設定のため、採点された項目だけで計算しました", year: year)
            }
            if !blanks.isEmpty && !setup.settings.partialScoring {
                let names = blanks.compactMap { id in matcher.criteria.first { $0.id == id }?.name }
                diagnostics.report(
                    .warning, row.location,
                    "プロジェクト「\(projectID)」の行に未採点の項目があります（\(names.joined(separator: "、"))）",
                    action: "部分採点しない設定のため、この行を集計から除外しました", year: year)
                continue
            }
            entries.append(
                JudgeProjectEntry(
                    projectID: projectID, scores: scores, blanks: blanks, comment: row.comment,
                    location: row.location))
        }
        for project in setup.projects where !own.contains(project.id) && !seen.contains(project.id) {
            diagnostics.report(
                .info, fileLoc, "プロジェクト「\(project.id)」（\(project.team)）の行がシートにありません",
                action: "この審査員は未採点として扱います", year: year)
        }
        return (entries, ownTeam)
    }
}
