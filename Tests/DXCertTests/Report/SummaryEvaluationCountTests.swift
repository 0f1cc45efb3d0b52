import Foundation
import Testing

@testable import DXCertReports
@testable import DXCertRules

/// The サマリー's expected leader evaluations come from the scorer, never recounted by the
/// report (it once counted the members of a project with two leaders, whom nobody evaluates).
@Suite("サマリー: expected leader evaluations as the scorer counts them")
struct SummaryEvaluationCountTests {
    @Test("a project with two leaders expects no leader evaluation; the summary agrees with the scorer")
    func twoLeaders() throws {
        let world = try MiniWorld()
        defer { world.cleanUp() }
        var setup = MiniWorld.setup(2024)
        // P02 gets a second leader: no sole leader, so no leader sheets and no evaluations expected.
        let second = try #require(setup.participants.firstIndex { $0.staffID == StaffID("00202") })
        setup.participants[second].role = .leader
        try world.write(setup)
        let result = try world.run()
        let scores = try #require(result.scores[FiscalYear(2024)])
        let expected = scores.leaderEvaluations.values.reduce(0) { $0 + $1.expectedCount }
        #expect(expected == 2, "P01's two members only")

        let context = try #require(ReportContext(result))
        let fact = try #require(SummarySheet.facts(context).first { $0.label == SummarySheet.Label.evaluations })
        #expect(fact.remark.contains("予定 \(expected)件"), "\(fact.remark)")
    }
}
