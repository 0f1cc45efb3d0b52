import Foundation

/// What a rule may look at: every processed year's input and scores, and the grants held
/// before the year being decided.
public struct RuleContext: Sendable {
    /// A processed year's input and scores, held by reference: rules look a year up for every
    /// person and tier (the しきい値感度 table does so tens of thousands of times), and a lookup
    /// must not copy a whole year's values.
    public final class Year: Sendable {
        public let input: YearInput
        public let scores: YearScores
        /// Each person's participations in the year, in the order of the setup's rows, made once
        /// (rules ask for them for every person and tier).
        let participations: [StaffID: [Participation]]

        public init(_ input: YearInput, _ scores: YearScores) {
            self.input = input
            self.scores = scores
            let setup = input.setup
            var teams: [ProjectID: String] = [:]
            for project in setup.projects where teams[project.id] == nil { teams[project.id] = project.team }
            var participations: [StaffID: [Participation]] = [:]
            for p in setup.participants {
                participations[p.staffID, default: []].append(
                    Participation(year: input.year, projectID: p.projectID, team: teams[p.projectID] ?? "", role: p.role))
            }
            self.participations = participations
        }
    }

    public var years: [FiscalYear: Year]
    public var history: GrantHistory
    /// The settings in force for the year being decided (bars may be overridden for sensitivity).
    public var settings: Settings
    /// Whether the outcomes are kept (decisions): then texts that thousands of checks repeat are
    /// stored once (`Figure.shared`). The しきい値感度 table only asks whether rules are met and
    /// turns this off, so it does not pay for sharing texts it throws away.
    public var keepsTexts = true

    /// `text` as a check stores it: shared when the outcome is kept.
    func text(_ text: String) -> String { keepsTexts ? Figure.shared(text) : text }

    /// A project's report score in a year, with the files behind it.
    func meeting(_ year: FiscalYear, _ projectID: ProjectID) -> (score: Double?, files: [String]) {
        let p = years[year]?.scores.project(projectID)
        return (p?.score, p?.files ?? [])
    }

    /// A project's leader evaluation in a year.
    func leaderEvaluation(_ year: FiscalYear, _ projectID: ProjectID) -> LeaderEvaluationResult? {
        years[year]?.scores.leaderEvaluations[projectID]
    }

    /// The person's participations in a year.
    func participations(_ staffID: StaffID, in year: FiscalYear) -> [Participation] {
        years[year]?.participations[staffID] ?? []
    }
}

/// Grants held by each person, by tier and year; a tier once granted stays.
public struct GrantHistory: Sendable {
    private(set) var grants: [StaffID: [Tier: (year: FiscalYear, source: GrantSource)]] = [:]

    public init() {}

    /// Records a grant; an earlier grant of the same tier is kept.
    public mutating func grant(_ tier: Tier, to staffID: StaffID, in year: FiscalYear, source: GrantSource) {
        if let existing = grants[staffID]?[tier], existing.year <= year { return }
        grants[staffID, default: [:]][tier] = (year, source)
    }

    /// The highest tier granted before `year`.
    public func highest(_ staffID: StaffID, before year: FiscalYear) -> Tier? {
        grants[staffID]?.filter { $0.value.year < year }.keys.max()
    }

    /// The year the person first came to hold `tier` or higher, if before `year`.
    public func heldSince(_ tier: Tier, _ staffID: StaffID, before year: FiscalYear) -> FiscalYear? {
        grants[staffID]?.filter { $0.key >= tier && $0.value.year < year }.map(\.value.year).min()
    }

    /// Grants of a person (tier → year, source).
    public func grants(of staffID: StaffID) -> [Tier: (year: FiscalYear, source: GrantSource)] {
        grants[staffID] ?? [:]
    }

    /// Everyone with a grant.
    public var people: [StaffID] { grants.keys.sorted() }
}

/// Figures as printed in reasons.
package enum Figure {
    static func points(_ v: Double?) -> String {
        v.map { NumberFormatting.oneDecimal($0) + "点" } ?? "なし"
    }

    package static func bar(_ v: Double) -> String { NumberFormatting.plain(v) + "点以上" }

    static func project(_ p: Participation) -> String { "\(p.projectID) \(p.team)（\(p.role.rawValue)）" }

    /// One stored copy of a text that tens of thousands of decisions repeat (a project's label,
    /// a year's check name): the same string is kept once, not once per person.
    static func shared(_ text: String) -> String {
        sharedTexts.value(UTF8Key(text)) { text }
    }

    private static let sharedTexts = Memo<UTF8Key, String>(capacity: 65_536)
}
