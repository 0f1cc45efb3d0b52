import Foundation

/// Per-judge statistics for the 審査員 sheet: submissions, mean given, leniency against the
/// panel, and agreement (Pearson correlation with the other judges' mean per project).
enum JudgeStatisticsCalculator {
    static func compute(input: YearInput, scores: [JudgeScore], notes: [JudgeID: StandardizationNote]) -> [JudgeStatistics] {
        let setup = input.setup
        // Each project's judges and raw scores in score order: the panel mean for every score of
        // every judge reads these plain arrays, not whole JudgeScore values (50 judges × 200
        // projects × 50), summed in the same order as `Statistics.mean`, so to the same bits.
        let byProject = Dictionary(grouping: scores, by: \.projectID).mapValues { (judges: $0.map(\.judgeID), raws: $0.map(\.raw)) }
        let sheets = Dictionary(input.meetingSheets.map { ($0.judge.id, $0) }, uniquingKeysWith: { a, _ in a })
        let byJudge = Dictionary(grouping: scores, by: \.judgeID)
        // Judges are independent: one per core, in the judges' order.
        return setup.judges.concurrentMap { judge in
            let mine = byJudge[judge.id] ?? []
            var mineValues: [Double] = []
            var panelValues: [Double] = []
            for s in mine {
                guard let panel = byProject[s.projectID] else { continue }
                var sum = 0.0
                var count = 0
                for (other, raw) in zip(panel.judges, panel.raws) where other != judge.id {
                    sum += raw
                    count += 1
                }
                if count > 0 {
                    mineValues.append(s.raw)
                    panelValues.append(sum / Double(count))
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
