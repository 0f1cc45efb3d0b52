import Foundation

@testable import DXCertForms
@testable import DXCertIngest
@testable import DXCertMessages
@testable import DXCertPipeline
@testable import DXCertReports
@testable import DXCertRules

/// Builds validated year inputs directly, with exact scores, for rule and scoring tests.
///
/// Report criteria: one executive criterion scored out of 100 (so a judge's score is the value
/// given); the other categories weigh 0. Leader criteria: one item out of 100. Each project's
/// members are its evaluators; extra evaluators are added when a test asks for more scores.
struct Scenario {
    struct ProjectSpec {
        var id: String
        var leader: String
        var members: [String]
        /// Judge scores (one executive judge each); empty = not scored.
        var report: [Double]
        /// Evaluators' 0–100 scores of the leader.
        var leaderScores: [Double]
    }

    var year: Int
    var projects: [ProjectSpec] = []
    var settings = Settings()

    init(year: Int, settings: Settings = Settings()) {
        self.year = year
        var s = settings
        s.categoryWeights = [.executive: 1, .general: 0, .expert: 0]
        self.settings = s
    }

    mutating func project(_ id: String, leader: String, members: [String], report: [Double], leaderScores: [Double] = []) {
        projects.append(ProjectSpec(id: id, leader: leader, members: members, report: report, leaderScores: leaderScores))
    }

    static let reportCriterion = Criterion(kind: .meeting(.executive), id: "R1", name: "総合", maxScore: 100, weight: 1)
    static let leaderCriterion = Criterion(kind: .leader, id: "L1", name: "リーダーシップ", maxScore: 100, weight: 1)

    func input() -> YearInput {
        let fy = FiscalYear(year)
        var setup = YearSetup(
            year: fy, organisation: "テスト市", criteria: [Self.reportCriterion, Self.leaderCriterion], settings: settings,
            file: "setup_\(year).xlsx")
        var meetingSheets: [String: AcceptedMeetingSheet] = [:]
        var leaderEvals: [AcceptedLeaderEvaluation] = []
        for p in projects {
            setup.projects.append(Project(id: ProjectID(p.id), team: "チーム\(p.id)", theme: "テーマ"))
            setup.participants.append(
                Participant(
                    staffID: StaffID(p.leader), name: "氏名\(p.leader)", department: "課\(p.leader)",
                    projectID: ProjectID(p.id), role: .leader))
            for m in p.members {
                setup.participants.append(
                    Participant(staffID: StaffID(m), name: "氏名\(m)", department: "課\(m)", projectID: ProjectID(p.id), role: .member))
            }
            for (j, score) in p.report.enumerated() {
                let judgeID = "J\(j + 1)"
                if meetingSheets[judgeID] == nil {
                    let judge = Judge(id: JudgeID(judgeID), name: "審査員\(j + 1)", category: .executive)
                    setup.judges.append(judge)
                    meetingSheets[judgeID] = AcceptedMeetingSheet(judge: judge, source: Self.source("judge_\(year)_\(judgeID).xlsx"), entries: [])
                }
                meetingSheets[judgeID]!.entries.append(
                    JudgeProjectEntry(
                        projectID: ProjectID(p.id), scores: ["R1": score], blanks: [], comment: "",
                        location: SourceLocation(file: "judge_\(year)_\(judgeID).xlsx")))
            }
            for (k, score) in p.leaderScores.enumerated() {
                let evaluator: String
                if k < p.members.count {
                    evaluator = p.members[k]
                } else {
                    evaluator = "X\(p.id)\(k)"
                    setup.extraEvaluators.append(
                        ExtraEvaluator(
                            staffID: StaffID(evaluator), name: "同一所属\(k)", department: "",
                            projectID: ProjectID(p.id)))
                }
                leaderEvals.append(
                    AcceptedLeaderEvaluation(
                        projectID: ProjectID(p.id), leader: StaffID(p.leader), evaluator: StaffID(evaluator),
                        evaluatorName: evaluator, scores: ["L1": score], blanks: [],
                        source: Self.source("leader_\(year)_\(p.id)_\(evaluator).xlsx")))
            }
        }
        return YearInput(
            setup: setup, meetingSheets: meetingSheets.keys.sorted().map { meetingSheets[$0]! },
            leaderEvaluations: leaderEvals, missingJudges: [], missingEvaluators: [], ownTeamExclusions: [])
    }

    static func source(_ file: String) -> SubmissionSource {
        SubmissionSource(file: file, sheet: "S", recognisedBy: "test", modified: nil, fingerprint: file)
    }

    /// Scores and certifies several years (oldest first).
    static func run(_ years: [Scenario], known: [Certifier.KnownGrant] = []) -> (CertificationResult, Diagnostics) {
        let diagnostics = Diagnostics()
        let pairs = years.sorted { $0.year < $1.year }.map { s -> (YearInput, YearScores) in
            let input = s.input()
            return (input, Scorer.score(input))
        }
        return (Certifier.certify(years: pairs, known: known, diagnostics: diagnostics), diagnostics)
    }
}

extension CertificationResult {
    func decision(_ staffID: String, _ year: Int) -> Decision? {
        decisions[FiscalYear(year)]?.first { $0.staffID.value == staffID }
    }

    func entry(_ staffID: String) -> LedgerEntry? {
        ledger.first { $0.staffID.value == staffID }
    }
}
