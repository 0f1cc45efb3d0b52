import Testing

@testable import DXCertForms
@testable import DXCertIngest
@testable import DXCertMessages
@testable import DXCertPipeline
@testable import DXCertReports
@testable import DXCertRules

/// The 年度推移 rows (docs/rules.md 8.6) on three scenario years, every figure derived by hand.
@Suite("Year trend (年度推移): one row per processed year")
struct YearTrendTests {
    /// R5: L0 leads A and B (80) → L0, A, B Advisors. R (総務課) has been an Expert since R4
    /// (register) and never takes part.
    /// R6: A leads Q1 (72; members 66, 66) with C, D; B leads Q2 (58; 90, 90) with E → C, D
    /// Advisors. A now belongs to 企画課 (was 課A).
    /// R7 (targets 8 / 3 / 1): C leads S1 (85; members 80, 80) with F, G and D → C Expert, F, G
    /// Advisors. D now belongs to 企画課 (was 課D).
    /// Each person's department is 課<ID> unless said otherwise.
    static func world() -> (years: [YearInput], scores: [FiscalYear: YearScores], certification: CertificationResult) {
        var r5 = Scenario(year: 2023)
        r5.project("P1", leader: "L0", members: ["A", "B"], report: [80])
        var r6 = Scenario(year: 2024)
        r6.project("Q1", leader: "A", members: ["C", "D"], report: [72], leaderScores: [66, 66])
        r6.project("Q2", leader: "B", members: ["E"], report: [58], leaderScores: [90, 90])
        var targets = Settings()
        targets.targets = [.advisor: 8, .expert: 3, .specialist: 1]
        var r7 = Scenario(year: 2025, settings: targets)
        r7.project("S1", leader: "C", members: ["F", "G", "D"], report: [85], leaderScores: [80, 80])
        let moves: [Int: [String: String]] = [2024: ["A": "企画課"], 2025: ["D": "企画課"]]
        let inputs = [r5, r6, r7].map { s -> YearInput in
            var input = s.input()
            input.setup.participants = input.setup.participants.map { p in
                var p = p
                if let department = moves[s.year]?[p.staffID.value] { p.department = department }
                return p
            }
            return input
        }
        let pairs = inputs.map { ($0, Scorer.score($0)) }
        let register = Certifier.KnownGrant(
            staffID: "R", name: "氏名R", department: "総務課", tier: .expert, year: FiscalYear(2022), source: .register)
        let certification = Certifier.certify(years: pairs, known: [register], diagnostics: Diagnostics())
        return (inputs, Dictionary(uniqueKeysWithValues: pairs.map { ($0.0.year, $0.1) }), certification)
    }

    static func tiers(_ advisor: Int, _ expert: Int, _ specialist: Int) -> [Tier: Int] {
        [.advisor: advisor, .expert: expert, .specialist: specialist]
    }

    @Test("participants, projects, judges, certifications and holders per year; a grant counts as held in every later year")
    func counts() throws {
        let w = Self.world()
        let rows = YearTrend.rows(years: w.years, scores: w.scores, certification: w.certification, through: FiscalYear(2025))
        #expect(rows.map(\.year) == [2023, 2024, 2025].map(FiscalYear.init))
        #expect(rows.map(\.participants) == [3, 5, 4])
        #expect(rows.map(\.projects) == [1, 2, 1])
        #expect(rows.map(\.judgesReceived) == [1, 1, 1])
        #expect(rows.map(\.judgesPlanned) == [1, 1, 1])
        // R's register grant is an R4 event: not a certification of R5.
        #expect(rows.map(\.newCertifications) == [Self.tiers(3, 0, 0), Self.tiers(2, 0, 0), Self.tiers(2, 1, 0)])
        // L0 (R5) is still counted in R6 and R7 without taking part; C is counted once, as an
        // Expert, in R7; R is an Expert from the start.
        #expect(rows.map(\.holders) == [Self.tiers(3, 1, 0), Self.tiers(5, 1, 0), Self.tiers(6, 2, 0)])
        #expect(rows.map(\.totalHolders) == [4, 6, 8])
        #expect(rows[0].targets == Self.tiers(60, 30, 10))
        #expect(rows[2].targets == Self.tiers(8, 3, 1))
    }

    @Test("departments with a holder of all seen, and holders who moved department")
    func departmentsAndMoves() throws {
        let w = Self.world()
        let rows = YearTrend.rows(years: w.years, scores: w.scores, certification: w.certification, through: nil)
        // R5: 課L0, 課A, 課B (participants) and 総務課 (R, from the register row); all hold.
        // R6: + 企画課, 課C, 課D, 課E; holders in 課L0 (L0's last department), 企画課 (A), 課B,
        // 課C, 課D, 総務課 — 課A is left without holder.
        // R7: + 課F, 課G; holders in 課L0, 企画課 (A, D), 課B, 課C, 課F, 課G, 総務課.
        #expect(rows.map(\.departments) == [4, 8, 10])
        #expect(rows.map(\.departmentsWithHolder) == [4, 6, 7])
        // R6: A (課A → 企画課), an Advisor since R5. C and D are new in R6: nothing to compare.
        // R7: D (課D → 企画課); C stays in 課C.
        #expect(rows.map(\.movedHolders) == [0, 1, 1])
    }

    @Test("rows stop at the report year; the report year's row is the サマリー's figures")
    func throughReportYear() throws {
        let w = Self.world()
        let rows = YearTrend.rows(years: w.years, scores: w.scores, certification: w.certification, through: FiscalYear(2024))
        #expect(rows.map(\.year) == [FiscalYear(2023), FiscalYear(2024)])
        #expect(rows.last?.holders == Self.tiers(5, 1, 0))
        let result = RunResult(
            files: [], years: w.years, scores: w.scores, certification: w.certification, reportYear: FiscalYear(2024), problems: [],
            hasInputProblems: false)
        let context = try #require(ReportContext(result))
        let last = try #require(rows.last)
        #expect(Tier.allCases.map { context.holderCounts[$0] ?? 0 } == Tier.allCases.map { last.holders[$0]! })
        #expect(Tier.allCases.map { context.newCounts[$0] ?? 0 } == Tier.allCases.map { last.newCertifications[$0]! })
        #expect(context.participantCount == last.participants)
        #expect(context.judgesReceived == last.judgesReceived)
    }

    @Test("a single year gives a single row")
    func singleYear() {
        let w = Self.world()
        let rows = YearTrend.rows(
            years: [w.years[0]], scores: w.scores, certification: w.certification, through: FiscalYear(2023))
        #expect(rows.count == 1)
        #expect(rows.first?.participants == 3)
        #expect(rows.first?.movedHolders == 0)
    }

    @Test("the highest tier held at the end of a year ignores later grants")
    func tierAtEndOf() {
        let entry = LedgerEntry(
            staffID: StaffID("X"), name: "", department: "", grants: [.advisor: FiscalYear(2023), .expert: FiscalYear(2025)], grantSources: [:],
            participations: [])
        #expect(entry.tier(atEndOf: FiscalYear(2022)) == nil)
        #expect(entry.tier(atEndOf: FiscalYear(2024)) == .advisor)
        #expect(entry.tier(atEndOf: FiscalYear(2025)) == .expert)
    }
}
