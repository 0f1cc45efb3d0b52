import Foundation

/// One judge's usable scores for one project (criterion ID → score), after validation.
public struct JudgeProjectEntry: Sendable, Equatable {
    public var projectID: ProjectID
    /// Valid scores by criterion ID.
    public var scores: [CriterionID: Double]
    /// Criteria left blank (or rejected) on this row.
    public var blanks: [CriterionID]
    public var comment: String
    /// The row's anchor cell.
    public var location: SourceLocation

    public init(projectID: ProjectID, scores: [CriterionID: Double], blanks: [CriterionID], comment: String, location: SourceLocation) {
        self.projectID = projectID
        self.scores = scores
        self.blanks = blanks
        self.comment = comment
        self.location = location
    }
}

/// A judge's accepted sheet for the year.
public struct AcceptedMeetingSheet: Sendable {
    public var judge: Judge
    public var source: SubmissionSource
    /// Rows by project ID (own-team rows and unusable rows removed).
    public var entries: [JudgeProjectEntry]
}

/// An evaluator's accepted evaluation of one project's leader.
public struct AcceptedLeaderEvaluation: Sendable {
    public var projectID: ProjectID
    public var leader: StaffID
    public var evaluator: StaffID
    public var evaluatorName: String
    /// Valid scores by criterion ID.
    public var scores: [CriterionID: Double]
    public var blanks: [CriterionID]
    public var source: SubmissionSource
}

/// A project a judge did not score because it is the judge's own team.
public struct OwnTeamExclusion: Sendable, Equatable, Hashable {
    public var judgeID: JudgeID
    public var projectID: ProjectID
    /// True when the judge filled in scores anyway (they were ignored).
    public var scoredAnyway: Bool
}

/// Everything validated for one fiscal year: the setup and the accepted submissions.
public struct YearInput: Sendable {
    public var setup: YearSetup
    public var meetingSheets: [AcceptedMeetingSheet]
    public var leaderEvaluations: [AcceptedLeaderEvaluation]
    /// Judges expected (in the setup) who sent nothing usable.
    public var missingJudges: [Judge]
    /// Evaluators expected who sent nothing usable, per project.
    public var missingEvaluators: [(projectID: ProjectID, staffID: StaffID, name: String)]
    public var ownTeamExclusions: [OwnTeamExclusion]

    public var year: FiscalYear { setup.year }
    public var settings: Settings { setup.settings }
}
