import DXCertForms
import DXCertPipeline
import DXCertReports
import DXCertRules
import Foundation

/// One fiscal year of the programme.
struct YearStory {
    let year: FiscalYear
    /// The report meeting (報告会): the date on the setup and on the judges' returned sheets.
    let meeting: DateComponents
    /// When the members' evaluations of the leaders came back (after the project ended).
    let evaluationsReturned: DateComponents
    let teams: [TeamStory]
    /// In judge-ID order: executives, general staff, experts.
    let judges: [JudgeStory]
    let slips: [Slip]
    /// What the batch must decide: staff ID → tier newly granted this year. Everyone else
    /// taking part gets nothing new.
    let granted: [String: Tier]
}

/// One BPR project of a year: its people and the marks the judges and members give, on average.
struct TeamStory {
    let id: ProjectID
    let team: String
    let theme: String
    let leader: Seat
    let members: [Seat]
    /// Staff of the leader's department who also evaluate the leader (同一所属職員).
    let colleagues: [Seat]
    /// The report score (0–100) the judges' marks are drawn around.
    let report: Double
    /// The members' evaluation of the leader (0–100) the marks are drawn around.
    let leadership: Double
}

/// A judge at the report meeting, as the clerk lists them.
struct JudgeStory {
    let name: String
    let category: JudgeCategory
    let department: String
    /// Nil for the mayor, vice-mayor and outside experts.
    let staffID: String?
}

extension YearStory {
    /// The 年度設定 the clerk types for this year: default criteria and settings.
    func setup(organisation: String) -> YearSetup {
        var setup = YearSetup(
            year: year, meetingDate: "\(meeting.year!)年\(meeting.month!)月\(meeting.day!)日",
            organisation: organisation)
        setup.projects = teams.map { Project(id: $0.id, team: $0.team, theme: $0.theme) }
        setup.participants = teams.flatMap { t in
            [
                Participant(
                    staffID: StaffID(t.leader.staff.id), name: t.leader.staff.name, department: t.leader.department,
                    projectID: t.id, role: .leader)
            ]
                + t.members.map {
                    Participant(
                        staffID: StaffID($0.staff.id), name: $0.staff.name, department: $0.department, projectID: t.id,
                        role: .member)
                }
        }
        setup.judges = judges.enumerated().map { index, j in
            Judge(
                id: JudgeID(String(format: "J%02d", index + 1)), name: j.name, category: j.category, department: j.department,
                staffID: j.staffID.map(StaffID.init))
        }
        setup.extraEvaluators = teams.flatMap { t in
            t.colleagues.map { ExtraEvaluator(staffID: StaffID($0.staff.id), name: $0.staff.name, department: $0.department, projectID: t.id) }
        }
        return setup
    }
}
