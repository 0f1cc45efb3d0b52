import Foundation

/// How many participants of a year would newly qualify for each tier if that tier's bars were
/// set differently (the しきい値感度 sheet).
///
/// For each bar (50, 55, … 90 by default) and each tier, the tier's report bar — and its
/// member-evaluation bar, for Expert and Specialist — are both set to the bar; everything else
/// stays as configured. Each participant of the year is judged with the tier's own rule
/// (`AdvisorRule` / `ExpertRule` / `SpecialistRule`) against the grants actually held before
/// the year, so the counts answer "how many would have been certified this year at that bar".
/// People who already held the tier (or a higher one) before the year are not counted.
/// Tiers are counted independently: the Expert count does not assume a different Advisor bar.
public enum Sensitivity {
    /// The bars tried by default: 50 to 90 in steps of 5.
    public static let defaultBars: [Double] = Array(stride(from: 50.0, through: 90.0, by: 5.0))

    /// One row of the table: a bar and how many would newly qualify for each tier at it.
    public struct Row: Sendable, Equatable {
        public var bar: Double
        public var counts: [Tier: Int]
    }

    /// The counts for `year`, one row per bar.
    ///
    /// `ledger` supplies the grants held before the year (its grant years; only years before
    /// `year` are looked at by the rules).
    public static func table(year: FiscalYear, years: [YearInput], scores: [FiscalYear: YearScores], ledger: [LedgerEntry],
                             bars: [Double] = defaultBars) -> [Row] {
        guard let input = years.first(where: { $0.year == year }) else { return [] }
        var history = GrantHistory()
        for entry in ledger {
            for (tier, granted) in entry.grants {
                history.grant(tier, to: entry.staffID, in: granted, source: entry.grantSources[tier] ?? .computed)
            }
        }
        let pairs = years.compactMap { y in scores[y.year].map { (y, $0) } }
        let people = Array(Set(input.setup.participants.map(\.staffID))).sorted()
        // Each person is judged in a context that holds only their own participations and
        // projects: the rules look at nothing else, and a city-wide year (20,000 participants,
        // 2,000 projects) is then 27 evaluations per person instead of 27 scans of everything.
        let contexts = PersonalContexts(pairs, history: history, settings: input.settings)
        var counts = Array(repeating: [Tier: Int](), count: bars.count)
        for id in people {
            let held = history.highest(id, before: year)
            var context = contexts.context(for: id)
            for (i, bar) in bars.enumerated() {
                for tier in Tier.allCases where held == nil || held! < tier {
                    context.settings = settings(input.settings, tier: tier, bar: bar)
                    if evaluate(tier, id, year: year, context: context).met { counts[i][tier, default: 0] += 1 }
                }
            }
        }
        return bars.enumerated().map { i, bar in
            Row(bar: bar, counts: Dictionary(uniqueKeysWithValues: Tier.allCases.map { ($0, counts[i][$0] ?? 0) }))
        }
    }

    /// `base` with the report bar (and the member-evaluation bar, where the tier has one) of
    /// `tier` set to `bar`.
    public static func settings(_ base: Settings, tier: Tier, bar: Double) -> Settings {
        var s = base
        switch tier {
        case .advisor:
            s.advisorReportBar = bar
        case .expert:
            s.expertReportBar = bar
            s.expertLeaderBar = bar
        case .specialist:
            s.specialistReportBar = bar
            s.specialistLeaderBar = bar
        }
        return s
    }

    private static func evaluate(_ tier: Tier, _ id: StaffID, year: FiscalYear, context: RuleContext) -> RuleOutcome {
        switch tier {
        case .advisor: return AdvisorRule.evaluate(id, year: year, context: context)
        case .expert: return ExpertRule.evaluate(id, year: year, context: context)
        case .specialist: return SpecialistRule.evaluate(id, year: year, context: context)
        }
    }
}

/// Rule contexts cut down to one person: per year, only that person's participant rows and the
/// projects (setup and scores) they took part in. The rules only ever look at those.
private struct PersonalContexts {
    let years: [(input: YearInput, scores: YearScores)]
    let history: GrantHistory
    let settings: Settings
    private let rows: [FiscalYear: [StaffID: [Participant]]]
    private let projects: [FiscalYear: [String: Project]]
    private let projectScores: [FiscalYear: [String: ProjectScore]]

    init(_ years: [(YearInput, YearScores)], history: GrantHistory, settings: Settings) {
        self.years = years.map { (input: $0.0, scores: $0.1) }
        self.history = history
        self.settings = settings
        var rows: [FiscalYear: [StaffID: [Participant]]] = [:]
        var projects: [FiscalYear: [String: Project]] = [:]
        var projectScores: [FiscalYear: [String: ProjectScore]] = [:]
        for (input, scores) in years {
            rows[input.year] = Dictionary(grouping: input.setup.participants, by: \.staffID)
            projects[input.year] = Dictionary(input.setup.projects.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
            projectScores[input.year] = Dictionary(scores.projects.map { ($0.project.id, $0) }, uniquingKeysWith: { a, _ in a })
        }
        self.rows = rows
        self.projects = projects
        self.projectScores = projectScores
    }

    func context(for id: StaffID) -> RuleContext {
        var context = RuleContext(years: [:], history: history, settings: settings)
        for (input, scores) in years {
            let year = input.year
            let mine = rows[year]?[id] ?? []
            let ids = Set(mine.map(\.projectID))
            var personal = input
            personal.setup.participants = mine
            personal.setup.projects = ids.sorted().compactMap { projects[year]?[$0] }
            var personalScores = scores
            personalScores.projects = ids.sorted().compactMap { projectScores[year]?[$0] }
            context.years[year] = (personal, personalScores)
        }
        return context
    }
}
