import Foundation

/// One criterion of a rule as checked: the figure, the bar, met or not, and its sources.
public struct Check: Sendable, Equatable {
    /// What is checked, e.g. `報告会評価（P01 チーム名）`.
    public var label: String
    /// The figure found, e.g. `72.5点`, `令和5年度に認定`, `なし`.
    public var figure: String
    /// The bar, e.g. `70点以上`, `必要`.
    public var bar: String
    public var met: Bool
    /// Files behind the figure (relative paths).
    public var sources: [String]
    /// The figure as a number, for score checks (nil for roles, earlier grants, missing scores).
    public var value: Double?
    /// The bar as a number, for score checks.
    public var threshold: Double?

    public init(
        label: String, figure: String, bar: String, met: Bool, sources: [String] = [], value: Double? = nil,
        threshold: Double? = nil
    ) {
        self.label = label
        self.figure = figure
        self.bar = bar
        self.met = met
        self.sources = sources
        self.value = value
        self.threshold = threshold
    }

    /// `報告会評価（R6 P01）：72.5点（基準 70点以上）→ 達成`. Conditions that are not score bars
    /// (a role, an earlier certification) show what is needed only when it is missing:
    /// `リーダーとして参加：なし（必要：リーダー）→ 未達`.
    public var sentence: String {
        let result = met ? "達成" : "未達"
        if bar.hasSuffix("以上") { return "\(label)：\(figure)（基準 \(bar)）→ \(result)" }
        return met ? "\(label)：\(figure) → \(result)" : "\(label)：\(figure)（必要：\(bar)）→ \(result)"
    }
}

/// A rule evaluated for one person in one year.
public struct RuleOutcome: Sendable, Equatable {
    public var tier: Tier
    public var met: Bool
    public var checks: [Check]
    /// The project (or projects) the outcome rests on, e.g. `P03 窓口DXチーム（リーダー）`.
    public var evidence: String
    /// Specialist only: consecutive years, ending with the year decided, in which a led project
    /// met both Specialist bars (what 次の区分まで counts on); nil for the other tiers.
    public var consecutiveYears: Int?

    public init(tier: Tier, met: Bool, checks: [Check], evidence: String, consecutiveYears: Int? = nil) {
        self.tier = tier
        self.met = met
        self.checks = checks
        self.evidence = evidence
        self.consecutiveYears = consecutiveYears
    }
}

/// A participation in a project.
public struct Participation: Sendable, Equatable, Hashable {
    public var year: FiscalYear
    public var projectID: ProjectID
    public var team: String
    public var role: Role
}

/// Where a grant came from.
public enum GrantSource: String, Sendable, Equatable {
    /// Computed by this run from the year's sheets.
    case computed = "判定"
    /// From a 既認定者名簿 (before the tool).
    case register = "既認定者名簿"
    /// Kept from an earlier run's ledger (never revoked).
    case previousLedger = "前回までの認定台帳"
}

/// The decision about one participant in one year.
public struct Decision: Sendable, Equatable {
    public var year: FiscalYear
    public var staffID: StaffID
    public var name: String
    public var department: String
    public var participations: [Participation]
    /// Highest tier held before this year.
    public var previousTier: Tier?
    /// The tier newly granted this year, if any.
    public var granted: Tier?
    /// How the grant came about (`computed`, or `previousLedger` when kept although not met now).
    public var grantSource: GrantSource?
    /// Rules evaluated (tiers above the previous tier), lowest first.
    public var outcomes: [RuleOutcome]
    /// Best report score among the person's projects this year.
    public var meetingScore: Double?
    /// Leader evaluation of the person's led project (best), if a leader.
    public var leaderEvaluation: Double?
    /// Lines added after the rules' reasons (e.g. a grant kept from an earlier run).
    public var notes: [String] = []
    /// Files behind the decision: those of every check, sorted, each once. Made when asked (the
    /// reports and --json ask once per decision), not stored: `check` never needs them, and a
    /// city-wide year repeats the same few dozen file names in every decision.
    public var sources: [String] { SortedText.unique(outcomes.flatMap { $0.checks.flatMap(\.sources) }) }

    /// The tier held after this year.
    public var tierAfter: Tier? { Tier.higher(granted, previousTier) }

    /// Plain-Japanese reasons, one line per criterion, then the notes. Made from the outcomes
    /// when asked (`Certifier.reasons`), not stored: a city-wide year has tens of thousands of
    /// decisions, and the lines repeat what the outcomes hold.
    public var reasons: [String] { Certifier.reasons(previous: previousTier, outcomes: outcomes) + notes }
}

extension Tier {
    /// The higher of two optional tiers (nil counts as no tier).
    public static func higher(_ a: Tier?, _ b: Tier?) -> Tier? {
        guard let a else { return b }
        guard let b else { return a }
        return Swift.max(a, b)
    }
}

/// One person in the cumulative ledger.
public struct LedgerEntry: Sendable, Equatable {
    public var staffID: StaffID
    public var name: String
    /// Latest known department.
    public var department: String
    /// Year each tier was granted.
    public var grants: [Tier: FiscalYear]
    public var grantSources: [Tier: GrantSource]
    public var participations: [Participation]

    /// The highest tier held.
    public var currentTier: Tier? { grants.keys.max() }
}

/// A certification event (認定履歴).
public struct CertificationEvent: Sendable, Equatable {
    public var year: FiscalYear
    public var staffID: StaffID
    public var name: String
    public var department: String
    public var tier: Tier
    public var source: GrantSource
    public var note: String
}

/// Everything certification produced.
public struct CertificationResult: Sendable {
    /// Decisions per year, each sorted by staff ID.
    public var decisions: [FiscalYear: [Decision]]
    public var ledger: [LedgerEntry]
    public var events: [CertificationEvent]
}
