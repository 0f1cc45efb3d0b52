import Testing

@testable import DXCertForms
@testable import DXCertIngest
@testable import DXCertMessages
@testable import DXCertPipeline
@testable import DXCertReports
@testable import DXCertRules

@Suite("Scoring (docs/rules.md §3)")
struct ScorerTests {
    static let criteria = [
        Criterion(kind: .meeting(.executive), id: "A", name: "A", maxScore: 5, weight: 2),
        Criterion(kind: .meeting(.executive), id: "B", name: "B", maxScore: 10, weight: 1),
    ]

    @Test("a judge's score is 100 × Σ(w·s/max) / Σw")
    func weighted() {
        // (2×4/5 + 1×5/10) / 3 × 100 = (1.6 + 0.5) / 3 × 100 = 70
        #expect(abs(WeightedScore.compute(["A": 4, "B": 5], criteria: Self.criteria, partial: false)! - 70) < 1e-9)
    }

    @Test("partial scoring counts only scored criteria, in both sums; off, a blank gives no score")
    func partial() {
        #expect(WeightedScore.compute(["A": 4], criteria: Self.criteria, partial: false) == nil)
        #expect(abs(WeightedScore.compute(["A": 4], criteria: Self.criteria, partial: true)! - 80) < 1e-9)
        #expect(WeightedScore.compute([:], criteria: Self.criteria, partial: true) == nil)
    }

    @Test("standardization maps z-scores back to the overall mean and spread; a judge with spread 0 is skipped")
    func standardization() {
        var s = Settings()
        s.standardize = true
        var y = Scenario(year: 2023, settings: s)
        // J1 gives 60/70/80, J2 gives 50/50/50 (spread 0 → raw kept).
        y.project("P1", leader: "a", members: [], report: [60, 50])
        y.project("P2", leader: "b", members: [], report: [70, 50])
        y.project("P3", leader: "c", members: [], report: [80, 50])
        let scores = Scorer.score(y.input())
        let all = [60.0, 70, 80, 50, 50, 50]
        let m = all.reduce(0, +) / 6
        let sd = (all.map { ($0 - m) * ($0 - m) }.reduce(0, +) / 6).squareRoot()
        let j1sd = (200.0 / 3).squareRoot()
        let p1j1 = scores.judgeScores.first { $0.judgeID == "J1" && $0.projectID == "P1" }!
        #expect(abs(p1j1.adjusted - (m + (60 - 70) / j1sd * sd)) < 1e-9)
        let p1j2 = scores.judgeScores.first { $0.judgeID == "J2" && $0.projectID == "P1" }!
        #expect(p1j2.adjusted == 50)
        let note = scores.judges.first { $0.judge.id == "J2" }!.standardization!
        #expect(!note.applied)
        #expect(note.skippedBecause!.contains("ばらつき0"))
    }

    @Test("standardization is skipped for a judge with fewer than 3 projects")
    func standardizationFewProjects() {
        var s = Settings()
        s.standardize = true
        var y = Scenario(year: 2023, settings: s)
        y.project("P1", leader: "a", members: [], report: [60])
        y.project("P2", leader: "b", members: [], report: [80])
        let scores = Scorer.score(y.input())
        #expect(scores.judgeScores.map(\.adjusted) == [60, 80])
        #expect(scores.judges[0].standardization?.skippedBecause?.contains("3件未満") == true)
    }

    @Test("trimmed mean drops the highest and lowest with 5 or more judges")
    func trimmed() {
        var s = Settings()
        s.trimmedMean = true
        var y = Scenario(year: 2023, settings: s)
        y.project("P1", leader: "a", members: [], report: [10, 60, 70, 80, 100])
        y.project("P2", leader: "b", members: [], report: [10, 60, 70, 80])
        let scores = Scorer.score(y.input())
        #expect(scores.project("P1")?.score == 70)
        #expect(scores.project("P1")?.categories[.executive]?.trimmed == true)
        #expect(scores.project("P2")?.score == 55)
    }

    @Test("category weights are renormalized when a category has no judge, and it is flagged")
    func renormalized() {
        var setup = YearSetup(
            year: FiscalYear(2023), projects: [Project(id: "P1", team: "T", theme: "")],
            participants: [Participant(staffID: StaffID("1"), name: "n", department: "", projectID: "P1", role: .leader)],
            judges: [Judge(id: "E", name: "e", category: .executive), Judge(id: "G", name: "g", category: .general)],
            criteria: [
                Criterion(kind: .meeting(.executive), id: "X", name: "X", maxScore: 100),
                Criterion(kind: .meeting(.general), id: "Y", name: "Y", maxScore: 100),
            ])
        setup.settings.categoryWeights = [.executive: 2, .general: 1, .expert: 1]
        let sheets = [("E", JudgeCategory.executive, "X", 90.0), ("G", .general, "Y", 60)].map { id, cat, crit, v in
            AcceptedMeetingSheet(
                judge: Judge(id: JudgeID(id), name: id, category: cat), source: Scenario.source(id),
                entries: [JudgeProjectEntry(projectID: "P1", scores: [crit: v], blanks: [], comment: "", location: SourceLocation(file: id))])
        }
        let input = YearInput(
            setup: setup, meetingSheets: sheets, leaderEvaluations: [], missingJudges: [], missingEvaluators: [], ownTeamExclusions: [])
        let p = Scorer.score(input).project("P1")!
        #expect(abs(p.score! - (2 * 90 + 60) / 3.0) < 1e-9)
        #expect(p.missingCategories == [.expert])
        #expect(p.flags.contains { $0.contains("専門家の審査員なし") })
        #expect(abs(p.weightsUsed[.executive]! - 2.0 / 3) < 1e-9)
    }

    @Test("ranking: ties share a rank; a tie-break order decides by category scores")
    func ranking() {
        var y = Scenario(year: 2023)
        y.project("P1", leader: "a", members: [], report: [70])
        y.project("P2", leader: "b", members: [], report: [80])
        y.project("P3", leader: "c", members: [], report: [70])
        y.project("P4", leader: "d", members: [], report: [60])
        y.project("P5", leader: "e", members: [], report: [])
        let scores = Scorer.score(y.input())
        #expect(["P1", "P2", "P3", "P4", "P5"].map { scores.project($0)?.rank } == [2, 1, 2, 4, nil])
    }

    @Test("leader evaluation: the mean over evaluators; enough evaluators needed")
    func leaderEvaluation() {
        var y = Scenario(year: 2023)
        y.project("P1", leader: "a", members: ["b", "c", "d"], report: [70], leaderScores: [60, 90])
        y.project("P2", leader: "e", members: ["f"], report: [70], leaderScores: [99])
        let scores = Scorer.score(y.input())
        #expect(scores.leaderEvaluations["P1"]?.mean == 75)
        #expect(scores.leaderEvaluations["P1"]?.sufficient == true)
        #expect(scores.leaderEvaluations["P1"]?.expectedCount == 3)
        #expect(scores.leaderEvaluations["P2"]?.sufficient == false)
        #expect(scores.leaderEvaluations["P2"]?.usableScore == nil)
    }

    @Test("judge statistics: leniency against the panel and agreement")
    func judgeStatistics() {
        var y = Scenario(year: 2023)
        y.project("P1", leader: "a", members: [], report: [60, 50, 40])
        y.project("P2", leader: "b", members: [], report: [70, 60, 50])
        y.project("P3", leader: "c", members: [], report: [80, 70, 60])
        let scores = Scorer.score(y.input())
        let j1 = scores.judges.first { $0.judge.id == "J1" }!
        #expect(j1.leniency == 15)  // 10 above J2, 20 above J3
        #expect(abs(j1.agreement! - 1) < 1e-9)
        #expect(j1.meanGiven == 70)
    }
}
