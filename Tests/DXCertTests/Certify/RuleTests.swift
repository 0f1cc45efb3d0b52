import Testing

@testable import DXCertForms
@testable import DXCertIngest
@testable import DXCertMessages
@testable import DXCertPipeline
@testable import DXCertReports
@testable import DXCertRules

@Suite("Certification rules (docs/rules.md §5), year by year")
struct RuleTests {
    @Test("Advisor: the bar exactly met is met; just below is not")
    func advisorEdge() {
        var y = Scenario(year: 2023)
        y.project("P1", leader: "L1", members: ["M1"], report: [60])
        y.project("P2", leader: "L2", members: ["M2"], report: [59.9])
        let (r, _) = Scenario.run([y])
        #expect(r.decision("M1", 2023)?.granted == .advisor)
        #expect(r.decision("L1", 2023)?.granted == .advisor)  // a leader takes part too
        #expect(r.decision("M2", 2023)?.granted == nil)
        let reasons = r.decision("M2", 2023)!.reasons.joined(separator: "\n")
        #expect(reasons.contains("59.9点"))
        #expect(reasons.contains("60点以上"))
        #expect(reasons.contains("未達"))
    }

    @Test("two projects in one year: the best qualifying one is used and named")
    func twoProjects() {
        var y = Scenario(year: 2023)
        y.project("P1", leader: "L1", members: ["A"], report: [55])
        y.project("P2", leader: "L2", members: ["A"], report: [65])
        let (r, _) = Scenario.run([y])
        let d = r.decision("A", 2023)!
        #expect(d.granted == .advisor)
        #expect(d.outcomes.first { $0.tier == .advisor }?.evidence.hasPrefix("P2") == true)
        #expect(d.meetingScore == 65)
    }

    @Test("Expert: Advisor held before, led, report and member evaluation both exactly at 70")
    func expertEdge() {
        var r5 = Scenario(year: 2023)
        r5.project("P1", leader: "L0", members: ["A", "B"], report: [80])
        var r6 = Scenario(year: 2024)
        r6.project("Q1", leader: "A", members: ["C", "D"], report: [70], leaderScores: [70, 70])
        r6.project("Q2", leader: "B", members: ["E", "F"], report: [70], leaderScores: [69.9, 70])
        let (r, _) = Scenario.run([r5, r6])
        #expect(r.decision("A", 2023)?.granted == .advisor)
        #expect(r.decision("A", 2024)?.granted == .expert)
        #expect(r.decision("A", 2024)?.previousTier == .advisor)
        #expect(r.decision("B", 2024)?.granted == nil)  // 69.95 < 70
        #expect(r.entry("A")?.grants == [.advisor: FiscalYear(2023), .expert: FiscalYear(2024)])
    }

    @Test("Expert needs Advisor from an earlier year: a first-time leader gets Advisor only")
    func expertNeedsEarlierAdvisor() {
        var y = Scenario(year: 2023)
        y.project("P1", leader: "A", members: ["B", "C"], report: [95], leaderScores: [95, 95])
        let (r, _) = Scenario.run([y])
        let d = r.decision("A", 2023)!
        #expect(d.granted == .advisor)
        #expect(!d.outcomes.first { $0.tier == .expert }!.met)
    }

    @Test("evaluator count one short gives 評価者不足 and no Expert")
    func evaluatorShort() {
        var s = Settings()
        s.minimumEvaluators = 3
        var r5 = Scenario(year: 2023, settings: s)
        r5.project("P1", leader: "L0", members: ["A"], report: [80])
        var r6 = Scenario(year: 2024, settings: s)
        r6.project("Q1", leader: "A", members: ["C", "D", "E"], report: [90], leaderScores: [90, 90])
        let (r, _) = Scenario.run([r5, r6])
        let d = r.decision("A", 2024)!
        #expect(d.granted == nil)
        #expect(d.reasons.joined().contains("評価者不足（2人／必要3人）"))
    }

    @Test("no member evaluations at all: not Expert, reason says so")
    func noEvaluations() {
        var r5 = Scenario(year: 2023)
        r5.project("P1", leader: "L0", members: ["A"], report: [80])
        var r6 = Scenario(year: 2024)
        r6.project("Q1", leader: "A", members: ["C", "D"], report: [90])
        let (r, _) = Scenario.run([r5, r6])
        #expect(r.decision("A", 2024)?.granted == nil)
        #expect(r.decision("A", 2024)!.reasons.joined().contains("評価者不足（0人／必要2人）"))
    }

    @Test("Specialist: led two consecutive years at 75+, Expert held before")
    func specialist() {
        var r5 = Scenario(year: 2023)
        r5.project("P1", leader: "L0", members: ["A", "X", "Y"], report: [80])
        var r6 = Scenario(year: 2024)
        r6.project("Q1", leader: "A", members: ["C", "D"], report: [80], leaderScores: [80, 80])
        var r7 = Scenario(year: 2025)
        r7.project("S1", leader: "A", members: ["E", "F"], report: [75], leaderScores: [75, 75])
        let (r, _) = Scenario.run([r5, r6, r7])
        #expect(r.decision("A", 2023)?.granted == .advisor)
        #expect(r.decision("A", 2024)?.granted == .expert)
        #expect(r.decision("A", 2025)?.granted == .specialist)
        #expect(r.entry("A")?.currentTier == .specialist)
        #expect(r.entry("A")?.grants[.specialist] == FiscalYear(2025))
    }

    @Test("a gap year breaks the Specialist run")
    func gapYear() {
        var r5 = Scenario(year: 2023)
        r5.project("P1", leader: "L0", members: ["A"], report: [80])
        var r6 = Scenario(year: 2024)
        r6.project("Q1", leader: "A", members: ["C", "D"], report: [90], leaderScores: [90, 90])
        var r7 = Scenario(year: 2025)
        r7.project("S1", leader: "Z", members: ["A", "E"], report: [90], leaderScores: [90])
        var r8 = Scenario(year: 2026)
        r8.project("T1", leader: "A", members: ["G", "H"], report: [90], leaderScores: [90, 90])
        let (r, _) = Scenario.run([r5, r6, r7, r8])
        #expect(r.decision("A", 2024)?.granted == .expert)
        #expect(r.decision("A", 2025)?.granted == nil)
        #expect(r.decision("A", 2026)?.granted == nil)
        #expect(r.decision("A", 2026)!.reasons.joined().contains("令和7年度のリーダー参加：なし"))
    }

    @Test("the Specialist bar applies to the earlier year too")
    func specialistEarlierYearBar() {
        var r5 = Scenario(year: 2023)
        r5.project("P1", leader: "L0", members: ["A"], report: [80])
        var r6 = Scenario(year: 2024)
        r6.project("Q1", leader: "A", members: ["C", "D"], report: [72], leaderScores: [90, 90])
        var r7 = Scenario(year: 2025)
        r7.project("S1", leader: "A", members: ["E", "F"], report: [95], leaderScores: [95, 95])
        let (r, _) = Scenario.run([r5, r6, r7])
        #expect(r.decision("A", 2024)?.granted == .expert)
        #expect(r.decision("A", 2025)?.granted == nil)
    }

    @Test("the 既認定者名簿 seeds the history")
    func priorRegister() {
        var r5 = Scenario(year: 2023)
        r5.project("P1", leader: "A", members: ["B", "C"], report: [80], leaderScores: [80, 80])
        let known = [Certifier.KnownGrant(staffID: "A", name: "氏名A", department: "", tier: .advisor, year: FiscalYear(2022), source: .register)]
        let (r, _) = Scenario.run([r5], known: known)
        #expect(r.decision("A", 2023)?.previousTier == .advisor)
        #expect(r.decision("A", 2023)?.granted == .expert)
        #expect(r.events.contains { $0.staffID.value == "A" && $0.tier == .advisor && $0.source == .register })
    }

    @Test("Specialist without the Expert requirement (setting off)")
    func specialistWithoutExpertRequirement() {
        var s = Settings()
        s.specialistRequiresExpert = false
        var r5 = Scenario(year: 2023, settings: s)
        r5.project("P1", leader: "A", members: ["B", "C"], report: [90], leaderScores: [90, 90])
        var r6 = Scenario(year: 2024, settings: s)
        r6.project("Q1", leader: "A", members: ["D", "E"], report: [90], leaderScores: [90, 90])
        let known = [Certifier.KnownGrant(staffID: "A", name: "", department: "", tier: .advisor, year: FiscalYear(2022), source: .register)]
        let (r, _) = Scenario.run([r5, r6], known: known)
        #expect(r.decision("A", 2023)?.granted == .expert)
        #expect(r.decision("A", 2024)?.granted == .specialist)
    }

    @Test("never revoke: a grant from an earlier run stays when the sheets no longer support it")
    func neverRevoke() {
        var r5 = Scenario(year: 2023)
        r5.project("P1", leader: "L0", members: ["A", "B"], report: [50])
        let known = [Certifier.KnownGrant(staffID: "A", name: "氏名A", department: "", tier: .advisor, year: FiscalYear(2023), source: .previousLedger)]
        let (r, d) = Scenario.run([r5], known: known)
        #expect(r.decision("A", 2023)?.granted == .advisor)
        #expect(r.decision("A", 2023)?.grantSource == .previousLedger)
        #expect(r.decision("B", 2023)?.granted == nil)
        #expect(r.entry("A")?.grants[.advisor] == FiscalYear(2023))
        #expect(d.problems.contains { $0.severity == .warning && $0.message.contains("基準を満たしません") })
    }

    @Test("rerun: the same input gives the same decisions, reasons and ledger")
    func rerunStable() {
        var r5 = Scenario(year: 2023)
        r5.project("P1", leader: "L0", members: ["A", "B"], report: [70, 62])
        var r6 = Scenario(year: 2024)
        r6.project("Q1", leader: "A", members: ["C", "D"], report: [88], leaderScores: [77, 81])
        let (first, _) = Scenario.run([r5, r6])
        let known = first.events.map {
            Certifier.KnownGrant(
                staffID: $0.staffID.value, name: $0.name, department: $0.department,
                tier: $0.tier, year: $0.year, source: .previousLedger)
        }
        let (second, d2) = Scenario.run([r5, r6], known: known)
        for year in [2023, 2024] {
            #expect(first.decisions[FiscalYear(year)]!.map(\.granted) == second.decisions[FiscalYear(year)]!.map(\.granted))
            #expect(first.decisions[FiscalYear(year)]!.map(\.reasons) == second.decisions[FiscalYear(year)]!.map(\.reasons))
        }
        #expect(first.ledger == second.ledger)
        #expect(!d2.problems.contains { $0.severity >= .warning })
    }
}

@Suite("Bars compared as people read scores")
struct BarComparisonTests {
    @Test("three criteria out of 5 all scored 3 reach a bar of 60 (the quotient is 59.99999999999999)")
    func exactBarThroughTheScorer() throws {
        let criteria = ["X", "Y", "Z"].map { Criterion(kind: .meeting(.executive), id: CriterionID($0), name: $0, maxScore: 5, weight: 1) }
        let score = try #require(WeightedScore.compute(["X": 3, "Y": 3, "Z": 3], criteria: criteria, partial: false))
        #expect(score != 60, "the float quotient this test is about")
        #expect(ScoreComparison.reaches(score, 60))
        #expect(!ScoreComparison.reaches(59.9999, 60))
        #expect(!ScoreComparison.reaches(nil, 0))
    }

    @Test("Advisor and Expert are granted when the score is on the bar up to float noise")
    func rulesUseTheComparison() {
        let onBar = 60.0 - 1e-14, onExpertBar = 70.0 - 1e-14
        var r5 = Scenario(year: 2023)
        r5.project("P1", leader: "L0", members: ["A"], report: [onBar])
        var r6 = Scenario(year: 2024)
        r6.project("Q1", leader: "A", members: ["C", "D"], report: [onExpertBar], leaderScores: [onExpertBar, onExpertBar])
        let (r, _) = Scenario.run([r5, r6])
        #expect(r.decision("A", 2023)?.granted == .advisor)
        #expect(r.decision("A", 2024)?.granted == .expert)
    }
}

@Suite("Report cells without float noise")
struct DenoisedTests {
    @Test("noise below a millionth is snapped away, real fractions are kept")
    func denoise() {
        #expect(ScoreComparison.denoised(59.99999999999999) == 60)
        #expect(ScoreComparison.denoised(83.33333333333333) == 83.33333333333333)
        #expect(ScoreComparison.denoised(0.5333333333333333) == 0.5333333333333333)
        #expect(ScoreComparison.denoised(7) == 7)
    }
}

@Suite("Exactly one leader")
struct SoleLeaderTests {
    @Test("a project has a leader to evaluate only when the setup names exactly one")
    func soleLeader() {
        func person(_ id: String, _ project: String, _ role: Role) -> Participant {
            Participant(staffID: StaffID(id), name: id, department: "課", projectID: ProjectID(project), role: role)
        }
        let setup = YearSetup(
            year: FiscalYear(2024),
            projects: [
                Project(id: "P0", team: "", theme: ""), Project(id: "P1", team: "", theme: ""),
                Project(id: "P2", team: "", theme: ""),
            ],
            participants: [
                person("1", "P0", .member), person("2", "P1", .leader), person("3", "P1", .member),
                person("4", "P2", .leader), person("5", "P2", .leader),
            ])
        #expect(setup.soleLeader(of: "P0") == nil)
        #expect(setup.soleLeader(of: "P1")?.staffID == StaffID("2"))
        #expect(setup.soleLeader(of: "P2") == nil)
        #expect(setup.soleLeader(of: "P9") == nil)
    }
}
