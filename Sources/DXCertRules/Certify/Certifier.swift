import Foundation

/// Decides certifications year by year, oldest first, so a tier granted in R5 counts in R6.
///
/// History starts from the 既認定者名簿 and from grants of earlier runs' ledger; a tier once
/// granted is never revoked. Each participant of a year gets a decision with its reasons.
public enum Certifier {
    /// Grants known before this run: register rows and previous-ledger events (staff IDs as written).
    public struct KnownGrant: Sendable, Equatable {
        public var staffID: String
        public var name: String
        public var department: String
        public var tier: Tier
        public var year: FiscalYear
        public var source: GrantSource

        public init(staffID: String, name: String, department: String, tier: Tier, year: FiscalYear, source: GrantSource) {
            self.staffID = staffID
            self.name = name
            self.department = department
            self.tier = tier
            self.year = year
            self.source = source
        }
    }

    public static func certify(years: [(YearInput, YearScores)], known: [KnownGrant], diagnostics: Diagnostics) -> CertificationResult {
        let idForm = StaffIDForm.run(years.map(\.0.setup))
        var context = RuleContext(years: [:], history: GrantHistory(), settings: Settings())
        for (input, scores) in years { context.years[input.year] = RuleContext.Year(input, scores) }

        var names: [StaffID: (name: String, department: String)] = [:]
        var events: [CertificationEvent] = []
        // Grants known before this run, keyed for the per-year pass below.
        var carried: [FiscalYear: [StaffID: (Tier, GrantSource)]] = [:]
        for k in known {
            guard let id = idForm.canonical(k.staffID) else { continue }
            if names[id] == nil || !k.name.isEmpty { names[id] = (k.name, k.department) }
            if k.source == .register || context.years[k.year] == nil {
                // A register row, or a ledger grant of a year this run has no data for: a fact.
                let before = context.history.grants(of: id)[k.tier]
                context.history.grant(k.tier, to: id, in: k.year, source: k.source)
                if before == nil || before!.year > k.year {
                    events.append(
                        CertificationEvent(
                            year: k.year, staffID: id, name: k.name, department: k.department, tier: k.tier,
                            source: k.source, note: k.source == .register ? "既認定者名簿より" : "前回までの認定台帳より"))
                }
            } else {
                // A grant of a year processed again: recomputed below, and kept if no longer met.
                let existing = carried[k.year]?[id]
                if existing == nil || existing!.0 < k.tier { carried[k.year, default: [:]][id] = (k.tier, k.source) }
            }
        }

        var decisions: [FiscalYear: [Decision]] = [:]
        for (input, _) in years {
            let year = input.year
            context.settings = input.settings
            let people = Array(Set(input.setup.participants.map(\.staffID))).sorted()
            var yearDecisions: [Decision] = []
            var grantsThisYear: [(StaffID, Tier, GrantSource)] = []
            // Decisions within a year read only earlier years' grants: made on every core, then
            // taken in staff-ID order with what they change.
            let decided = people.concurrentMap { [context] id in decide(id, year: year, context: context) }
            for (id, made) in zip(people, decided) {
                var decision = made
                if let (tier, source) = carried[year]?[id], Tier.higher(decision.tierAfter, tier) == tier, decision.tierAfter != tier {
                    // Never revoke: an earlier run granted this; the sheets no longer support it.
                    decision.granted = tier
                    decision.grantSource = source
                    decision.notes.append("\(tier.label)は前回までの実行で\(year.label)に認定済みのため維持します（今回の入力では基準を満たしていません）")
                    diagnostics.report(
                        .warning, SourceLocation(file: "認定台帳.xlsx"),
                        "職員番号 \(id)（\(decision.name)）の\(year.label)の\(tier.label)認定は、今回の入力では基準を満たしません",
                        action: "認定は取り消さず維持しました。入力に誤りがないか確認してください", year: year)
                }
                if let g = decision.granted { grantsThisYear.append((id, g, decision.grantSource ?? .computed)) }
                names[id] = (decision.name, decision.department)
                yearDecisions.append(decision)
            }
            // Carried grants for people who no longer appear in the year's setup at all.
            let present = Set(people)
            for (id, (tier, source)) in carried[year] ?? [:] where !present.contains(id) {
                grantsThisYear.append((id, tier, source))
                diagnostics.report(
                    .warning, SourceLocation(file: "認定台帳.xlsx"),
                    "職員番号 \(id) は\(year.label)の参加者にいませんが、前回までの実行で\(tier.label)に認定されています",
                    action: "認定は取り消さず維持しました", year: year)
            }
            for (id, tier, source) in grantsThisYear {
                // Holding a higher tier implies the lower ones from the same year on.
                context.history.grant(tier, to: id, in: year, source: source)
                let n = names[id] ?? ("", "")
                events.append(
                    CertificationEvent(
                        year: year, staffID: id, name: n.name, department: n.department, tier: tier,
                        source: source, note: source == .computed ? "" : "前回までの認定を維持"))
            }
            decisions[year] = yearDecisions
        }

        let ledger = buildLedger(history: context.history, names: names, context: context)
        events.sort { a, b in a.year != b.year ? a.year < b.year : (a.tier != b.tier ? a.tier > b.tier : a.staffID < b.staffID) }
        return CertificationResult(decisions: decisions, ledger: ledger, events: events)
    }

    /// The decision for one person in one year (no side effects).
    static func decide(_ id: StaffID, year: FiscalYear, context: RuleContext) -> Decision {
        let setup = context.years[year]!.input.setup
        let rows = setup.participations(of: id)
        let parts = context.participations(id, in: year)
        let previous = context.history.highest(id, before: year)
        let outcomes = Tier.allCases.filter { previous == nil || $0 > previous! }.map { evaluate($0, id, year: year, context: context) }
        let granted = outcomes.filter(\.met).map(\.tier).max()
        let meetingScore = parts.compactMap { context.meeting(year, $0.projectID).score }.max()
        let leaderEvaluation = parts.filter { $0.role == .leader }.compactMap { context.leaderEvaluation(year, $0.projectID)?.usableScore }.max()

        return Decision(
            year: year, staffID: id, name: rows.first?.name ?? "", department: rows.first?.department ?? "",
            participations: parts, previousTier: previous, granted: granted, grantSource: granted == nil ? nil : .computed,
            outcomes: outcomes, meetingScore: meetingScore, leaderEvaluation: leaderEvaluation)
    }

    /// The reasons of a decision in plain Japanese: the tier held before, the tier granted with
    /// its evidence and checks (or 変更なし), then the next tier not reached with its checks.
    public static func reasons(previous: Tier?, outcomes: [RuleOutcome]) -> [String] {
        var reasons: [String] = []
        let granted = outcomes.filter(\.met).map(\.tier).max()
        if let previous {
            reasons.append("前年度までの認定：\(previous.label)")
        }
        if let granted {
            let outcome = outcomes.first { $0.tier == granted }!
            reasons.append("【\(granted.label)に認定】根拠：\(outcome.evidence)")
            reasons += outcome.checks.map { "・" + $0.sentence }
        } else if outcomes.isEmpty {
            reasons.append("既に最上位の\(previous?.label ?? "")に認定済みのため変更なし")
        } else {
            reasons.append("【変更なし】")
        }
        // The next tier not reached, with what is missing.
        let reached = granted ?? previous
        if let next = outcomes.first(where: { !$0.met && (reached == nil || $0.tier > reached!) }) {
            reasons.append("\(next.tier.label)の基準：")
            reasons += next.checks.map { "・" + $0.sentence }
        }
        return reasons
    }

    /// The rule of `tier` evaluated for one person in one year.
    static func evaluate(_ tier: Tier, _ id: StaffID, year: FiscalYear, context: RuleContext) -> RuleOutcome {
        switch tier {
        case .advisor: return AdvisorRule.evaluate(id, year: year, context: context)
        case .expert: return ExpertRule.evaluate(id, year: year, context: context)
        case .specialist: return SpecialistRule.evaluate(id, year: year, context: context)
        }
    }

    private static func buildLedger(
        history: GrantHistory, names: [StaffID: (name: String, department: String)],
        context: RuleContext
    ) -> [LedgerEntry] {
        history.people.map { id in
            let grants = history.grants(of: id)
            var parts: [Participation] = []
            var department = names[id]?.department ?? ""
            for year in context.years.keys.sorted() {
                let p = context.participations(id, in: year)
                parts += p
                if let row = context.years[year]?.input.setup.participations(of: id).first {
                    department = row.department
                }
            }
            return LedgerEntry(
                staffID: id, name: names[id]?.name ?? "", department: department,
                grants: grants.mapValues(\.year), grantSources: grants.mapValues(\.source), participations: parts)
        }
    }
}
