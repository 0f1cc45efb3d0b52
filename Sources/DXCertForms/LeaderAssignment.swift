import DXCertIngest
import DXCertRules
import Foundation

/// Who fills one リーダー評価シート: a member of the project (or an extra evaluator from the
/// leader's department) evaluating the project's leader.
public struct LeaderAssignment: Hashable, Sendable {
    /// How the evaluator relates to the project.
    public enum Relation: String, Hashable, Sendable {
        /// A member of the project (参加者, メンバー).
        case member = "メンバー"
        /// Listed on the setup's リーダー評価者 sheet (e.g. the leader's department).
        case extraEvaluator = "リーダー評価者"
    }

    /// The project whose leader is evaluated.
    public var project: Project
    /// The project's one leader.
    public var leader: Participant
    /// Who fills the sheet.
    public var evaluatorID: StaffID
    /// The evaluator's name as in the setup.
    public var evaluatorName: String
    /// The evaluator's department (所属).
    public var evaluatorDepartment: String
    /// Member or extra evaluator.
    public var relation: Relation

    /// An assignment; `all(in:)` makes them from a setup.
    public init(
        project: Project, leader: Participant, evaluatorID: StaffID, evaluatorName: String,
        evaluatorDepartment: String, relation: Relation
    ) {
        self.project = project
        self.leader = leader
        self.evaluatorID = evaluatorID
        self.evaluatorName = evaluatorName
        self.evaluatorDepartment = evaluatorDepartment
        self.relation = relation
    }

    /// The key of this sheet's answers in `SheetAnswers.leader`.
    public var key: LeaderSheetKey { LeaderSheetKey(projectID: project.id, evaluatorID: evaluatorID) }

    /// Every sheet a setup calls for: for each project with exactly one leader, each member
    /// and each extra evaluator of that project, never the leader; in project order, members
    /// before extra evaluators, each person once.
    public static func all(in setup: YearSetup) -> [LeaderAssignment] {
        var out: [LeaderAssignment] = []
        for project in setup.projects {
            guard let leader = setup.soleLeader(of: project.id) else { continue }
            let memberIDs = Set(setup.members(of: project.id).map(\.staffID))
            for e in setup.expectedEvaluators(of: project.id) {
                out.append(
                    LeaderAssignment(
                        project: project, leader: leader, evaluatorID: e.staffID, evaluatorName: e.name,
                        evaluatorDepartment: e.department,
                        relation: memberIDs.contains(e.staffID) ? .member : .extraEvaluator))
            }
        }
        return out
    }
}
