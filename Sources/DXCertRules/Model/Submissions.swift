import Foundation

/// One score cell as read, before it is matched to a criterion (the setup may be in another file).
public struct ScoreCell: Sendable, Equatable {
    /// The criterion ID the sheet gives for this column/row (identity or ID row), if any.
    public var criterionID: CriterionID?
    /// The header label or criterion name as written.
    public var label: String
    /// The cell's value; nil when blank.
    public var value: EnteredValue?
    public var location: SourceLocation

    public init(criterionID: CriterionID?, label: String, value: EnteredValue?, location: SourceLocation) {
        self.criterionID = criterionID
        self.label = label
        self.value = value
        self.location = location
    }
}

/// One project row of a report-meeting score sheet.
public struct MeetingScoreRow: Sendable, Equatable {
    /// The project ID as written (normalized text); empty for a row without one.
    public var projectID: ProjectID
    /// The team name written on the row (used to recognise a row whose ID was deleted).
    public var team: String
    public var scores: [ScoreCell]
    public var comment: String
    /// The row carries the own-team mark (自チームのため評価対象外).
    public var markedOwnTeam: Bool
    /// Where the project ID is (the row's anchor for messages).
    public var location: SourceLocation

    public init(
        projectID: ProjectID, team: String = "", scores: [ScoreCell], comment: String = "", markedOwnTeam: Bool = false,
        location: SourceLocation
    ) {
        self.projectID = projectID
        self.team = team
        self.scores = scores
        self.comment = comment
        self.markedOwnTeam = markedOwnTeam
        self.location = location
    }

    /// True when no score cell is filled.
    public var isBlank: Bool { scores.allSatisfy { $0.value == nil } }
}

/// A value read from a labelled field, with where it was.
public struct Field<Value: Sendable & Equatable>: Sendable, Equatable {
    public var value: Value
    public var location: SourceLocation?

    public init(_ value: Value, at location: SourceLocation?) {
        self.value = value
        self.location = location
    }
}

/// A problem found while reading a returned sheet.
public struct SheetNote: Sendable, Equatable {
    public var severity: Severity
    public var location: SourceLocation
    public var message: String
    public var action: String
    /// The file cannot be used at all (e.g. its identity contradicts what the sheet shows).
    public var excludesFile: Bool

    public init(_ severity: Severity, _ location: SourceLocation, _ message: String, action: String, excludesFile: Bool = false) {
        self.severity = severity
        self.location = location
        self.message = message
        self.action = action
        self.excludesFile = excludesFile
    }
}

/// What every returned sheet has in common: where it came from and how it was recognised.
public struct SubmissionSource: Sendable, Equatable {
    /// Path relative to the input folder.
    public var file: String
    public var sheet: String
    /// `識別シート`, `文書プロパティ` or `見出し` (recognised by header labels only).
    public var recognisedBy: String
    /// The workbook's own modified time (docProps/core.xml); nil when it has none. The file
    /// system's time is never used, so results depend on the files' content only.
    public var modified: Date?
    /// A digest of the normalized content (identical re-sends are counted once).
    public var fingerprint: String
    /// Problems found while reading the sheet, reported by validation (the parsers have no diagnostics).
    public var notes: [SheetNote] = []
    /// Why no fiscal year could be read (from `YearParser.problem`), when none could.
    public var yearProblem: String?

    public init(file: String, sheet: String, recognisedBy: String, modified: Date?, fingerprint: String) {
        self.file = file
        self.sheet = sheet
        self.recognisedBy = recognisedBy
        self.modified = modified
        self.fingerprint = fingerprint
    }
}

/// A judge's returned report-meeting score sheet.
public struct MeetingScoreSheet: Sendable, Equatable {
    public var source: SubmissionSource
    public var year: Field<FiscalYear?>
    public var judgeID: Field<JudgeID>
    public var judgeName: Field<String>
    public var category: Field<JudgeCategory?>
    public var rows: [MeetingScoreRow]

    public init(
        source: SubmissionSource, year: Field<FiscalYear?>, judgeID: Field<JudgeID>, judgeName: Field<String>,
        category: Field<JudgeCategory?>, rows: [MeetingScoreRow]
    ) {
        self.source = source
        self.year = year
        self.judgeID = judgeID
        self.judgeName = judgeName
        self.category = category
        self.rows = rows
    }
}

/// An evaluator's returned leader-evaluation sheet (one leader).
public struct LeaderEvaluationSheet: Sendable, Equatable {
    public var source: SubmissionSource
    public var year: Field<FiscalYear?>
    /// Staff IDs as written (normalized text, not yet padded to the year's width).
    public var evaluatorID: Field<String>
    public var evaluatorName: Field<String>
    public var leaderID: Field<String>
    public var leaderName: Field<String>
    public var projectID: Field<ProjectID>
    public var scores: [ScoreCell]
    public var comment: String

    public init(
        source: SubmissionSource, year: Field<FiscalYear?>, evaluatorID: Field<String>, evaluatorName: Field<String>,
        leaderID: Field<String>, leaderName: Field<String>, projectID: Field<ProjectID>, scores: [ScoreCell],
        comment: String
    ) {
        self.source = source
        self.year = year
        self.evaluatorID = evaluatorID
        self.evaluatorName = evaluatorName
        self.leaderID = leaderID
        self.leaderName = leaderName
        self.projectID = projectID
        self.scores = scores
        self.comment = comment
    }
}

/// A certification granted before the tool existed (one row of 既認定者名簿), or carried over
/// from the previous run's ledger.
public struct PriorCertification: Sendable, Equatable {
    /// Staff ID as written (normalized text).
    public var staffID: String
    public var name: String
    public var department: String
    public var tier: Tier
    public var year: FiscalYear
    public var note: String
    public var location: SourceLocation

    public init(
        staffID: String, name: String, department: String = "", tier: Tier, year: FiscalYear, note: String = "",
        location: SourceLocation
    ) {
        self.staffID = staffID
        self.name = name
        self.department = department
        self.tier = tier
        self.year = year
        self.note = note
        self.location = location
    }
}
