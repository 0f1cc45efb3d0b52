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

    /// The bars of the table for a year's settings: 50…90 by 5, plus the report bars in force
    /// when they fall between.
    public static func bars(_ s: Settings) -> [Double] {
        Array(Set(defaultBars + Tier.allCases.map { s.meetingBar($0) })).sorted()
    }

    /// One row of the table: a bar and how many would newly qualify for each tier at it.
    public struct Row: Sendable, Equatable {
        public var bar: Double
        public var counts: [Tier: Int]
    }

    /// The counts for `year`, one row per bar.
    ///
    /// `ledger` supplies the grants held before the year (its grant years; only years before
    /// `year` are looked at by the rules).
    public static func table(
        year: FiscalYear, years: [YearInput], scores: [FiscalYear: YearScores], ledger: [LedgerEntry],
        bars: [Double] = defaultBars
    ) -> [Row] {
        guard let input = years.first(where: { $0.year == year }) else { return [] }
        var history = GrantHistory()
        for entry in ledger {
            for (tier, granted) in entry.grants {
                history.grant(tier, to: entry.staffID, in: granted, source: entry.grantSources[tier] ?? .computed)
            }
        }
        // One context for everyone: the setup and score lookups it uses are indexed, so a
        // city-wide year (20,000 participants, 2,000 projects) stays linear.
        var context = RuleContext(years: [:], history: history, settings: input.settings)
        for y in years { if let s = scores[y.year] { context.years[y.year] = RuleContext.Year(y, s) } }
        let people = Array(Set(input.setup.participants.map(\.staffID))).sorted()
        // Each person is judged on their own: the people are split into one slice per core,
        // counted independently and summed (the same counts in any order; 59,000 rule
        // evaluations for a city-wide year).
        let (baseContext, held) = (context, history)
        let slices = Swift.max(1, Swift.min(ProcessInfo.processInfo.activeProcessorCount, people.count / 64))
        let partial = SliceResults<[[Tier: Int]]>(count: slices)
        DispatchQueue.concurrentPerform(iterations: slices) { slice in
            var local = baseContext
            local.keepsTexts = false  // only whether the rules are met is counted
            var counts = Array(repeating: [Tier: Int](), count: bars.count)
            for id in people[people.count * slice / slices..<people.count * (slice + 1) / slices] {
                let highest = held.highest(id, before: year)
                for (i, bar) in bars.enumerated() {
                    for tier in Tier.allCases where highest == nil || highest! < tier {
                        local.settings = settings(input.settings, tier: tier, bar: bar)
                        if Certifier.evaluate(tier, id, year: year, context: local).met { counts[i][tier, default: 0] += 1 }
                    }
                }
            }
            partial.set(slice, counts)
        }
        var counts = Array(repeating: [Tier: Int](), count: bars.count)
        for slice in partial.values {
            for (i, row) in slice.enumerated() {
                for (tier, n) in row { counts[i][tier, default: 0] += n }
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
            s.advisorMeetingBar = bar
        case .expert:
            s.expertMeetingBar = bar
            s.expertLeaderBar = bar
        case .specialist:
            s.specialistMeetingBar = bar
            s.specialistLeaderBar = bar
        }
        return s
    }
}
