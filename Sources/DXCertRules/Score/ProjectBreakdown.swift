import Foundation

/// A project's report-meeting result criterion by criterion, and the judges' comments, for the
/// 個人通知: what the team did well and less well, without a judge's name.
///
/// For each judge category and each of its criteria (in the setup's order): the mean of the
/// points the category's judges gave the project on that criterion, beside the criterion's
/// maximum. Blank criteria do not count. Comments are grouped by judge category, in judge-ID
/// order; blank comments are left out. The figures are the points as entered: standardization
/// (3.2) changes a judge's 0–100 score, not the points of a criterion.
public struct ProjectBreakdown: Sendable, Equatable {
    /// One criterion of one judge category.
    public struct CriterionMean: Sendable, Equatable {
        public var category: JudgeCategory
        public var criterionID: CriterionID
        public var name: String
        public var maxScore: Int
        /// Mean of the points given; nil when no judge of the category scored it.
        public var mean: Double?
        /// Judges whose points are in the mean.
        public var count: Int
    }

    public var projectID: ProjectID
    public var criteria: [CriterionMean]
    /// Non-empty comments by judge category.
    public var comments: [JudgeCategory: [String]]

    /// The breakdown of every project of the year, by project ID.
    public static func all(_ input: YearInput) -> [ProjectID: ProjectBreakdown] {
        // One pass over the sheets: each project's rows by judge category, in judge-ID order.
        var rows: [ProjectID: [JudgeCategory: [JudgeProjectEntry]]] = [:]
        for sheet in input.meetingSheets.sorted(by: { $0.judge.id < $1.judge.id }) {
            for entry in sheet.entries { rows[entry.projectID, default: [:]][sheet.judge.category, default: []].append(entry) }
        }
        let criteriaByCategory = Dictionary(
            uniqueKeysWithValues: JudgeCategory.allCases.map { ($0, input.setup.criteria(for: .meeting($0))) })
        var result: [ProjectID: ProjectBreakdown] = [:]
        for project in input.setup.projects {
            var criteria: [CriterionMean] = []
            var comments: [JudgeCategory: [String]] = [:]
            for category in JudgeCategory.allCases {
                let entries = rows[project.id]?[category] ?? []
                for criterion in criteriaByCategory[category] ?? [] {
                    let given = entries.compactMap { $0.scores[criterion.id] }
                    criteria.append(
                        CriterionMean(
                            category: category, criterionID: criterion.id, name: criterion.name, maxScore: criterion.maxScore,
                            mean: Statistics.mean(given), count: given.count))
                }
                let texts = entries.map { $0.comment.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
                if !texts.isEmpty { comments[category] = texts }
            }
            result[project.id] = ProjectBreakdown(projectID: project.id, criteria: criteria, comments: comments)
        }
        return result
    }
}
