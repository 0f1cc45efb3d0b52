import Testing

@testable import DXCertRules

@Suite("ProjectBreakdown: criterion means against the maximum, comments by judge category")
struct ProjectBreakdownTests {
    @Test("means per category and criterion, blanks left out; comments grouped by category without names")
    func meansAndComments() {
        let meeting = Criterion(kind: .meeting(.general), id: "G1", name: "わかりやすさ", maxScore: 5)
        let other = Criterion(kind: .meeting(.general), id: "G2", name: "独自性", maxScore: 5)
        let executive = Criterion(kind: .meeting(.executive), id: "E1", name: "政策との整合性", maxScore: 4)
        var setup = YearSetup(year: FiscalYear(2025))
        setup.criteria = [meeting, other, executive]
        setup.projects = [Project(id: "P1", team: "窓口DX", theme: "")]
        let location = SourceLocation(file: "f.xlsx")
        func sheet(_ id: String, _ category: JudgeCategory, _ scores: [CriterionID: Double], _ comment: String) -> AcceptedMeetingSheet {
            AcceptedMeetingSheet(
                judge: Judge(id: JudgeID(id), name: "審査員\(id)", category: category, department: ""),
                source: Scenario.source("\(id).xlsx"),
                entries: [JudgeProjectEntry(projectID: "P1", scores: scores, blanks: [], comment: comment, location: location)])
        }
        let input = YearInput(
            setup: setup,
            meetingSheets: [
                sheet("J2", .general, ["G1": 4, "G2": 2], "説明がわかりやすい"),
                sheet("J1", .general, ["G1": 3], " "),
                sheet("J3", .executive, ["E1": 4], "政策に沿っている"),
            ],
            leaderEvaluations: [], missingJudges: [], missingEvaluators: [], ownTeamExclusions: [])
        let b = ProjectBreakdown.all(input)["P1"]!
        let means = b.criteria.map { "\($0.category.rawValue) \($0.name) \($0.mean.map { "\($0)" } ?? "-")/\($0.maxScore) (\($0.count))" }
        #expect(
            means == [
                "幹部職員 政策との整合性 4.0/4 (1)", "一般職員 わかりやすさ 3.5/5 (2)", "一般職員 独自性 2.0/5 (1)",
            ])
        #expect(b.comments == [.general: ["説明がわかりやすい"], .executive: ["政策に沿っている"]])
    }
}
