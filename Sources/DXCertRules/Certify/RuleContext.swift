import Foundation

/// What a rule may look at: every processed year's input and scores, and the grants held
/// before the year being decided.
public struct RuleContext: Sendable {
    public var years: [FiscalYear: (input: YearInput, scores: YearScores)]
    public var history: GrantHistory
    /// The settings in force for the year being decided (bars may be overridden for sensitivity).
    public var settings: Settings

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
        guard let setup = years[year]?.input.setup else { return [] }
        return setup.participations(of: staffID).map {
            Participation(year: year, projectID: $0.projectID, team: setup.project($0.projectID)?.team ?? "", role: $0.role)
        }
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

    static func project(_ p: Participation) -> String { shared("\(p.projectID) \(p.team)（\(p.role.rawValue)）") }

    /// One stored copy of a text that tens of thousands of decisions repeat (a project's label,
    /// a year's check name): the same string is kept once, not once per person.
    static func shared(_ text: String) -> String {
        sharedTexts.value(UTF8Key(text)) { text }
    }

    private static let sharedTexts = Memo<UTF8Key, String>(capacity: 65_536)
}
