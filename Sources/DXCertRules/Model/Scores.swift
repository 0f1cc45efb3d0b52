import Foundation

/// One judge's score for one project, on the 0–100 scale.
public struct JudgeScore: Sendable, Equatable {
    public var judgeID: JudgeID
    public var category: JudgeCategory
    public var projectID: ProjectID
    /// 100 × Σ(weight × score / max) / Σ weight over the scored criteria.
    public var raw: Double
    /// The score used downstream: standardized when standardization applied to this judge, else `raw`.
    public var adjusted: Double
    /// Criteria left blank (only with partial scoring).
    public var blankCriteria: [CriterionID]
    public var file: String
}

/// What standardization did for one judge.
public struct StandardizationNote: Sendable, Equatable {
    public var judgeID: JudgeID
    public var applied: Bool
    /// Why it was skipped (`評価件数が3件未満` / `全て同点`), nil when applied.
    public var skippedBecause: String?
    public var judgeMean: Double
    public var judgeSD: Double
    public var count: Int
}

/// A category's score for a project.
public struct CategoryScore: Sendable, Equatable {
    public var category: JudgeCategory
    /// Mean (or trimmed mean) of the category's judges; nil when no judge scored.
    public var score: Double?
    public var judgeCount: Int
    public var trimmed: Bool
}

/// The report-meeting result of one project.
public struct ProjectScore: Sendable, Equatable {
    public var project: Project
    public var categories: [JudgeCategory: CategoryScore]
    /// Weighted mean of category scores (weights renormalized over categories with judges); nil when nobody scored.
    public var score: Double?
    /// The weights actually used (renormalized to sum to 1).
    public var weightsUsed: [JudgeCategory: Double]
    /// Categories with a weight but no judge for this project.
    public var missingCategories: [JudgeCategory]
    /// Rank among projects with a score (ties share a rank); nil when unscored.
    public var rank: Int?
    public var judgeCount: Int
    /// Max − min of the judges' (adjusted) scores.
    public var spread: Double?
    /// Notes for the プロジェクト評価 sheet (`幹部職員の審査員なし`, `ばらつき大`).
    public var flags: [String]
    /// The judges' sheets behind the score.
    public var files: [String]
}

/// One evaluator's 0–100 score of a leader.
public struct EvaluatorScore: Sendable, Equatable {
    public var evaluator: StaffID
    public var name: String
    public var score: Double
    public var file: String
}

/// The members' evaluation of a project's leader.
public struct LeaderEvaluationResult: Sendable, Equatable {
    public var projectID: ProjectID
    public var leader: StaffID
    public var evaluators: [EvaluatorScore]
    /// Mean over evaluators; nil when none.
    public var mean: Double?
    public var expectedCount: Int
    /// False when fewer evaluators than the minimum (評価者不足).
    public var sufficient: Bool

    /// The figure to use in rules: the mean when there are enough evaluators.
    public var usableScore: Double? { sufficient ? mean : nil }
}

/// A judge's statistics for the 審査員 sheet.
public struct JudgeStatistics: Sendable, Equatable {
    public var judge: Judge
    public var submitted: Bool
    public var projectsScored: Int
    /// Projects the judge was expected to score (all but own team).
    public var projectsExpected: Int
    public var ownTeamExcluded: [ProjectID]
    /// Mean of the judge's raw 0–100 scores.
    public var meanGiven: Double?
    /// Mean of (judge's score − mean of the other judges' scores) over the judge's projects.
    public var leniency: Double?
    /// Pearson correlation between the judge's scores and the other judges' means (3+ projects).
    public var agreement: Double?
    public var standardization: StandardizationNote?
    public var file: String?
}

/// All scores of one fiscal year.
public struct YearScores: Sendable {
    public var year: FiscalYear
    public var judgeScores: [JudgeScore]
    public var projects: [ProjectScore]
    /// Leader evaluations by project ID.
    public var leaderEvaluations: [ProjectID: LeaderEvaluationResult]
    public var judges: [JudgeStatistics]
    /// Mean and population SD of all raw judge scores (the standardization target).
    public var overallMean: Double?
    public var overallSD: Double?

    /// Position of each project in `projects` (looked up per participant and rule).
    public var projectIndex: [ProjectID: Int] = [:]

    /// Judges who sent a usable sheet.
    public var judgesReceived: Int { judges.filter(\.submitted).count }

    /// The project score with this ID.
    public func project(_ id: ProjectID) -> ProjectScore? {
        // The index is a hint: a copy whose `projects` were changed falls back to a scan.
        if let i = projectIndex[id], i < projects.count, projects[i].project.id == id { return projects[i] }
        return projects.first { $0.project.id == id }
    }
}
