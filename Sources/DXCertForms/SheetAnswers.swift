import DXCertIngest
import DXCertRules
import Foundation

/// A score as a judge or evaluator would have entered it: picked from the dropdown
/// (`.text("4：よい")`), typed as a number (`.number(4)`) or typed as text (`.text("４")`).
public enum AnswerValue: Hashable, Sendable {
    /// A number typed into the cell.
    case number(Double)
    /// Text: a dropdown choice or digits typed as text.
    case text(String)
}

/// Pre-filled answers of one judge's 報告会評価シート (for tests and generated sample input).
public struct MeetingAnswers: Hashable, Sendable {
    /// Project ID → criterion ID → the value in that cell. Projects or criteria left out stay blank.
    public var scores: [ProjectID: [CriterionID: AnswerValue]]
    /// Project ID → comment. Scores and comments for the judge's own projects are not written
    /// (their rows stay marked 自チームのため評価対象外).
    public var comments: [ProjectID: String]

    /// Answers; everything left out stays blank.
    public init(scores: [ProjectID: [CriterionID: AnswerValue]] = [:], comments: [ProjectID: String] = [:]) {
        self.scores = scores
        self.comments = comments
    }
}

/// Pre-filled answers of one リーダー評価シート.
public struct LeaderAnswers: Hashable, Sendable {
    /// Criterion ID → the value in that cell.
    public var scores: [CriterionID: AnswerValue]
    /// The comment below the table.
    public var comment: String

    /// Answers; criteria left out stay blank.
    public init(scores: [CriterionID: AnswerValue] = [:], comment: String = "") {
        self.scores = scores
        self.comment = comment
    }
}

/// Which leader sheet a set of answers belongs to: the project and the evaluator's staff ID.
public struct LeaderSheetKey: Hashable, Sendable {
    /// The project whose leader is evaluated.
    public var projectID: ProjectID
    /// The evaluator's staff ID.
    public var evaluatorID: StaffID

    /// The key of one leader sheet.
    public init(projectID: ProjectID, evaluatorID: StaffID) {
        self.projectID = projectID
        self.evaluatorID = evaluatorID
    }
}

/// Answers for every sheet `SheetGenerator` writes; sheets without an entry stay blank.
public struct SheetAnswers: Hashable, Sendable {
    /// Judge ID → answers.
    public var meeting: [JudgeID: MeetingAnswers]
    /// Project and evaluator → answers.
    public var leader: [LeaderSheetKey: LeaderAnswers]

    /// Answers for some sheets.
    public init(meeting: [JudgeID: MeetingAnswers] = [:], leader: [LeaderSheetKey: LeaderAnswers] = [:]) {
        self.meeting = meeting
        self.leader = leader
    }
}
