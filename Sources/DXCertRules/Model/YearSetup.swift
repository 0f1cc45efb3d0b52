import Foundation

/// A BPR project (team) of one fiscal year.
public struct Project: Hashable, Sendable, Codable {
    public var id: ProjectID
    public var team: String
    public var theme: String
    public var location: SourceLocation?

    public init(id: ProjectID, team: String, theme: String, location: SourceLocation? = nil) {
        self.id = id
        self.team = team
        self.theme = theme
        self.location = location
    }
}

/// A staff member taking part in a project (one row of 参加者).
public struct Participant: Hashable, Sendable, Codable {
    public var staffID: StaffID
    public var name: String
    public var department: String
    public var projectID: ProjectID
    public var role: Role
    public var location: SourceLocation?

    public init(
        staffID: StaffID, name: String, department: String, projectID: ProjectID, role: Role,
        location: SourceLocation? = nil
    ) {
        self.staffID = staffID
        self.name = name
        self.department = department
        self.projectID = projectID
        self.role = role
        self.location = location
    }
}

/// A judge at the report meeting.
public struct Judge: Hashable, Sendable, Codable {
    public var id: JudgeID
    public var name: String
    public var category: JudgeCategory
    public var department: String
    /// Set when the judge is a staff member (used to find their own team).
    public var staffID: StaffID?
    public var location: SourceLocation?

    public init(
        id: JudgeID, name: String, category: JudgeCategory, department: String = "", staffID: StaffID? = nil,
        location: SourceLocation? = nil
    ) {
        self.id = id
        self.name = name
        self.category = category
        self.department = department
        self.staffID = staffID
        self.location = location
    }
}

/// An extra leader evaluator from the leader's own department (同一所属職員).
public struct ExtraEvaluator: Hashable, Sendable, Codable {
    public var staffID: StaffID
    public var name: String
    public var department: String
    public var projectID: ProjectID
    public var location: SourceLocation?

    public init(staffID: StaffID, name: String, department: String, projectID: ProjectID, location: SourceLocation? = nil) {
        self.staffID = staffID
        self.name = name
        self.department = department
        self.projectID = projectID
        self.location = location
    }
}

/// Everything the clerk sets up for one fiscal year (the 年度設定 workbook).
public struct YearSetup: Sendable {
    public var year: FiscalYear
    public var meetingDate: String?
    /// The organisation's name, printed in headers (e.g. `真岡市`).
    public var organisation: String
    /// 認定日 as typed; nil (blank) means the fiscal year's last day (`CertificateDate.lastDay`).
    public var certificateDate: CertificateDate?
    /// 発行者 as typed (e.g. `真岡市長　〇〇　〇〇`); blank means the organisation's name.
    public var issuer: String = ""
    /// 認定番号の形式; `CertificateNumberFormat.standard` when blank.
    public var certificateNumberFormat: CertificateNumberFormat = .standard
    public var projects: [Project] { didSet { lookup = SetupLookup() } }
    public var participants: [Participant] { didSet { lookup = SetupLookup() } }
    public var judges: [Judge]
    public var extraEvaluators: [ExtraEvaluator] { didSet { lookup = SetupLookup() } }
    public var criteria: [Criterion]
    public var settings: Settings
    /// The file the setup came from.
    public var file: String
    /// The value cell of each setting in the 認定基準 sheet, by `SettingDefinition.label` (read setups only).
    public var settingCells: [String: SourceLocation] = [:]
    /// Lookup tables, built on first use and dropped whenever the lists change (2,000 projects
    /// and 20,000 participants make linear scans per row too slow).
    private var lookup = SetupLookup()

    public init(
        year: FiscalYear, meetingDate: String? = nil, organisation: String = "", projects: [Project] = [],
        participants: [Participant] = [], judges: [Judge] = [], extraEvaluators: [ExtraEvaluator] = [],
        criteria: [Criterion] = DefaultCriteria.all, settings: Settings = Settings(), file: String = ""
    ) {
        self.year = year
        self.meetingDate = meetingDate
        self.organisation = organisation
        self.projects = projects
        self.participants = participants
        self.judges = judges
        self.extraEvaluators = extraEvaluators
        self.criteria = criteria
        self.settings = settings
        self.file = file
    }

    /// The issuer printed on certificates: 発行者, else the organisation's name.
    public var certificateIssuer: String { issuer.isEmpty ? organisation : issuer }

    /// Distinct participants (staff IDs) of the year, whatever the number of projects each
    /// takes part in.
    public var participantCount: Int { Set(participants.map(\.staffID)).count }

    /// The department of each participant: from their first row in sheet order (the row the
    /// decision takes name and department from).
    public var departmentsByStaff: [StaffID: String] {
        var out: [StaffID: String] = [:]
        for p in participants where out[p.staffID] == nil { out[p.staffID] = p.department }
        return out
    }

    /// The criteria for a kind of evaluation, in sheet order.
    public func criteria(for kind: EvaluationKind) -> [Criterion] {
        criteria.filter { $0.kind == kind }
    }

    /// The project with this ID.
    public func project(_ id: ProjectID) -> Project? {
        lookup.tables(self).projectIndex[id].map { projects[$0] }
    }

    /// The participant rows of a project, in sheet order.
    public func participants(of projectID: ProjectID) -> [Participant] {
        (lookup.tables(self).participantsByProject[projectID] ?? []).map { participants[$0] }
    }

    /// The participant rows of a staff member (one per project taken part in), in sheet order.
    public func participations(of staffID: StaffID) -> [Participant] {
        (lookup.tables(self).participantsByStaff[staffID] ?? []).map { participants[$0] }
    }

    /// The leader(s) of a project (a valid setup has exactly one).
    public func leaders(of projectID: ProjectID) -> [Participant] {
        participants(of: projectID).filter { $0.role == .leader }
    }

    /// The project's leader when it has exactly one — the one rule every stage uses to decide
    /// whether a project has a leader to evaluate (none or two is a setup error, reported once
    /// by the setup parser).
    public func soleLeader(of projectID: ProjectID) -> Participant? {
        let found = leaders(of: projectID)
        return found.count == 1 ? found.first : nil
    }

    /// Members (not the leader) of a project.
    public func members(of projectID: ProjectID) -> [Participant] {
        participants(of: projectID).filter { $0.role == .member }
    }

    /// Projects the staff member takes part in (any role).
    public func projects(of staffID: StaffID) -> [ProjectID] {
        participations(of: staffID).map(\.projectID)
    }

    /// The projects a judge may not score: those where the judge (by staff ID) is leader or member.
    public func ownProjects(of judge: Judge) -> Set<ProjectID> {
        guard let id = judge.staffID else { return [] }
        return Set(projects(of: id))
    }

    /// Who is expected to evaluate the leader of `projectID`: every member, plus extra evaluators.
    /// The leader never evaluates themself.
    public func expectedEvaluators(of projectID: ProjectID) -> [(staffID: StaffID, name: String, department: String)] {
        let rows = participants(of: projectID)  // once, for the leaders and the members
        let leaderIDs = Set(rows.lazy.filter { $0.role == .leader }.map(\.staffID))
        var seen = Set<StaffID>()
        var out: [(StaffID, String, String)] = []
        for m in rows where m.role == .member && !leaderIDs.contains(m.staffID) && seen.insert(m.staffID).inserted {
            out.append((m.staffID, m.name, m.department))
        }
        let extras = (lookup.tables(self).extrasByProject[projectID] ?? []).map { extraEvaluators[$0] }
        for e in extras where !leaderIDs.contains(e.staffID) && seen.insert(e.staffID).inserted {
            out.append((e.staffID, e.name, e.department))
        }
        return out
    }
}
