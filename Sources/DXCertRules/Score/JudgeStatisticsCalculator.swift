import Foundation

/// Per-judge statistics for the 審査員 sheet: submissions, mean given, leniency against the
/// panel, and agreement (Pearson correlation with the other judges' mean per project).
enum JudgeStatisticsCalculator {
    static func compute(input: YearInput, scores: [JudgeScore], notes: [JudgeID: StandardizationNote]) -> [JudgeStatistics] {
        let setup = input.setup
        // Each project's (judge, raw) pairs in score order: the panel mean for every score of every
        // judge reads these plain pairs, not whole JudgeScore values (50 judges × 200 projects × 50).
        let byProject = Dictionary(grouping: scores, by: \.projectID).mapValues { $0.map { (judge: $0.judgeID, raw: $0.raw) } }
        let sheets = Dictionary(input.meetingSheets.map { ($0.judge.id, $0) }, uniquingKeysWith: { a, _ in a })
        let byJudge = Dictionary(grouping: scores, by: \.judgeID)
        return setup.judges.map { judge in
            let mine = byJudge[judge.id] ?? []
            var mineValues: [Double] = []
            var panelValues: [Double] = []
            for s in mine {
                let others = (byProject[s.projectID] ?? []).filter { $0.judge != judge.id }.map(\.raw)
                if let m = Statistics.mean(others) {
                    mineValues.append(s.raw)
                    panelValues.append(m)
                }
            }
            let diffs = zip(mineValues, panelValues).map { $0 - $1 }
            let own = setup.ownProjects(of: judge)
            return JudgeStatistics(
                judge: judge, submitted: sheets[judge.id] != nil, projectsScored: mine.count,
                projectsExpected: setup.projects.filter { !own.contains($0.id) }.count,
                ownTeamExcluded: own.sorted(),
                meanGiven: Statistics.mean(mine.map(\.raw)), leniency: Statistics.mean(diffs),
                agreement: Statistics.pearson(mineValues, panelValues),
                standardization: notes[judge.id], file: sheets[judge.id]?.source.file)
        }
    }
}
