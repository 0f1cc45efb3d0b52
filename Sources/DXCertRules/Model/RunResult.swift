import Foundation

/// Everything a run computed, before reports are written.
public struct RunResult: Sendable {
    public var files: [FileRecord]
    public var years: [YearInput]
    public var scores: [FiscalYear: YearScores]
    public var certification: CertificationResult
    /// The year reported on.
    public var reportYear: FiscalYear?
    public var problems: [Problem]
    /// True when any problem at warning level or above was found (exit code 1).
    public var hasInputProblems: Bool
    /// The しきい値感度 table of the report year (empty without one).
    public var sensitivity: [Sensitivity.Row] = []
    /// The 年度推移 rows: each processed year up to the report year, oldest first (empty without
    /// a report year).
    public var trend: [YearTrend.Row] = []
    /// The report year's certificates (認定証), numbered (`Certificate.numbered`).
    public var certificates: [Certificate] = []
    /// The report year's projects criterion by criterion, with the judges' comments (個人通知).
    public var breakdowns: [ProjectID: ProjectBreakdown] = [:]

    /// The input of the reported year.
    public var reportInput: YearInput? { years.first { $0.year == reportYear } }

    package init(
        files: [FileRecord], years: [YearInput], scores: [FiscalYear: YearScores], certification: CertificationResult, reportYear: FiscalYear? = nil,
        problems: [Problem], hasInputProblems: Bool, sensitivity: [Sensitivity.Row] = [], trend: [YearTrend.Row] = []
    ) {
        self.files = files
        self.years = years
        self.scores = scores
        self.certification = certification
        self.reportYear = reportYear
        self.problems = problems
        self.hasInputProblems = hasInputProblems
        self.sensitivity = sensitivity
        self.trend = trend
    }
}
