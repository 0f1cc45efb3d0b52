import Foundation

/// Scores one fiscal year: judges' 0–100 scores, optional standardization, category means
/// (optionally trimmed), weighted project scores with renormalization, ranks, leader
/// evaluations and judge statistics. Settings come from the year's setup.
public enum Scorer {
    public static func score(_ input: YearInput) -> YearScores {
        let setup = input.setup
        let settings = setup.settings

        // 1. Each judge's score per project.
        var judgeScores: [JudgeScore] = []
        for sheet in input.meetingSheets {
            let criteria = setup.criteria(for: .meeting(sheet.judge.category))
            for entry in sheet.entries {
                guard let s = WeightedScore.compute(entry.scores, criteria: criteria, partial: settings.partialScoring) else { continue }
                judgeScores.append(
                    JudgeScore(
                        judgeID: sheet.judge.id, category: sheet.judge.category, projectID: entry.projectID,
                        raw: s, adjusted: s, blankCriteria: entry.blanks, file: sheet.source.file))
            }
        }

        // 2. Standardization.
        var notes: [JudgeID: StandardizationNote] = [:]
        let overallMean = Statistics.mean(judgeScores.map(\.raw))
        let overallSD = Statistics.populationSD(judgeScores.map(\.raw))
        if settings.standardize {
            let result = Standardizer.apply(
                &judgeScores, minimumProjects: settings.standardizeMinimumProjects,
                overallMean: overallMean, overallSD: overallSD)
            for n in result { notes[n.judgeID] = n }
        }

        // 3. Categories and project scores.
        let byProject = Dictionary(grouping: judgeScores, by: \.projectID)
        var projects: [ProjectScore] = []
        for project in setup.projects {
            let scores = byProject[project.id] ?? []
            var categories: [JudgeCategory: CategoryScore] = [:]
            var missing: [JudgeCategory] = []
            var weighted = 0.0
            var weightSum = 0.0
            for category in JudgeCategory.allCases {
                let values = scores.filter { $0.category == category }.map(\.adjusted)
                let trimmed = settings.trimmedMean && values.count >= settings.trimmedMeanMinimumJudges
                let score = trimmed ? Statistics.trimmedMean(values) : Statistics.mean(values)
                categories[category] = CategoryScore(category: category, score: score, judgeCount: values.count, trimmed: trimmed)
                let w = settings.categoryWeights[category] ?? 0
                if let score, w > 0 {
                    weighted += w * score
                    weightSum += w
                } else if w > 0 {
                    missing.append(category)
                }
            }
            var weightsUsed: [JudgeCategory: Double] = [:]
            if weightSum > 0 {
                for category in JudgeCategory.allCases where categories[category]?.score != nil {
                    let w = settings.categoryWeights[category] ?? 0
                    if w > 0 { weightsUsed[category] = w / weightSum }
                }
            }
            let all = scores.map(\.adjusted)
            let spread = all.isEmpty ? nil : all.max()! - all.min()!
            var flags: [String] = []
            if scores.isEmpty {
                flags.append("採点なし")
            } else if !missing.isEmpty {
                flags.append(missing.map(\.rawValue).joined(separator: "・") + "の審査員なし（重みを按分）")
            }
            if let spread, spread >= settings.spreadWarning, scores.count >= 2 {
                flags.append("ばらつき大（\(NumberFormatting.oneDecimal(spread))点差）")
            }
            projects.append(
                ProjectScore(
                    project: project, categories: categories, score: weightSum > 0 ? weighted / weightSum : nil,
                    weightsUsed: weightsUsed, missingCategories: scores.isEmpty ? [] : missing, rank: nil,
                    judgeCount: Set(scores.map(\.judgeID)).count, spread: spread, flags: flags,
                    files: SortedText.unique(scores.map(\.file))))
        }
        Ranker.rank(&projects, tieBreak: settings.tieBreak)

        // 4. Leader evaluations.
        var leaders: [ProjectID: LeaderEvaluationResult] = [:]
        let leaderCriteria = setup.criteria(for: .leader)
        let evaluationsByProject = Dictionary(grouping: input.leaderEvaluations, by: \.projectID)
        for project in setup.projects {
            guard let leader = setup.soleLeader(of: project.id) else { continue }
            let evaluations = evaluationsByProject[project.id] ?? []
            let evaluators = evaluations.compactMap { e -> EvaluatorScore? in
                guard let s = WeightedScore.compute(e.scores, criteria: leaderCriteria, partial: settings.partialScoring) else { return nil }
                return EvaluatorScore(evaluator: e.evaluator, name: e.evaluatorName, score: s, file: e.source.file)
            }.sorted { $0.evaluator < $1.evaluator }
            leaders[project.id] = LeaderEvaluationResult(
                projectID: project.id, leader: leader.staffID, evaluators: evaluators,
                mean: Statistics.mean(evaluators.map(\.score)),
                expectedCount: setup.expectedEvaluators(of: project.id).count,
                sufficient: evaluators.count >= settings.minimumEvaluators)
        }

        // 5. Judge statistics.
        let judges = JudgeStatisticsCalculator.compute(input: input, scores: judgeScores, notes: notes)
        var result = YearScores(
            year: setup.year, judgeScores: judgeScores, projects: projects, leaderEvaluations: leaders,
            judges: judges, overallMean: overallMean, overallSD: overallSD)
        for (i, p) in projects.enumerated() where result.projectIndex[p.project.id] == nil { result.projectIndex[p.project.id] = i }
        return result
    }
}
