import Foundation

/// DXエキスパート.
///
/// Seed (図表4): 「DXアドバイザーに認定された上でプロジェクトにリーダーとして参加し、報告会において
/// 一定以上の評価を得る。プロジェクト終了後、メンバーから一定以上の評価を得る。」
/// Rule: held Advisor (or higher) before year Y, led a project in Y, that project's report
/// score ≥ the expert bar (default 70) and the members' evaluation of the leader ≥ the expert
/// leader bar (default 70) with enough evaluators. With two led projects the best qualifying one counts.
public enum ExpertRule {
    public static func evaluate(_ staffID: StaffID, year: FiscalYear, context: RuleContext) -> RuleOutcome {
        let s = context.settings
        var checks: [Check] = []
        let since = context.history.heldSince(.advisor, staffID, before: year)
        checks.append(
            Check(
                label: "DXアドバイザー認定（前年度まで）", figure: since.map { context.text("\($0.label)に認定") } ?? "未認定",
                bar: "認定済み", met: since != nil))
        let led = context.participations(staffID, in: year).filter { $0.role == .leader }
        guard !led.isEmpty else {
            checks.append(Check(label: "リーダーとして参加", figure: "なし（メンバーとして参加）", bar: "リーダー", met: false))
            return RuleOutcome(tier: .expert, met: false, checks: checks, evidence: "")
        }
        let best = LeaderEvidence.best(led, year: year, meetingBar: s.expertMeetingBar, leaderBar: s.expertLeaderBar, context: context)
        checks.append(Check(label: "リーダーとして参加", figure: context.text(Figure.project(best.participation)), bar: "リーダー", met: true))
        checks += best.checks
        let met = checks.allSatisfy(\.met)
        return RuleOutcome(tier: .expert, met: met, checks: checks, evidence: context.text(Figure.project(best.participation)))
    }
}

/// The best led project of a year against a pair of bars, with its checks.
enum LeaderEvidence {
    struct Best {
        var participation: Participation
        var checks: [Check]
        var met: Bool
    }

    static func best(
        _ led: [Participation], year: FiscalYear, meetingBar: Double, leaderBar: Double,
        context: RuleContext
    ) -> Best {
        let candidates = led.map { p -> Best in
            let report = context.meeting(year, p.projectID)
            let leader = context.leaderEvaluation(year, p.projectID)
            let meetingMet = ScoreComparison.reaches(report.score, meetingBar)
            let leaderFigure: String
            if let leader, !leader.sufficient {
                leaderFigure = context.text("評価者不足（\(leader.evaluators.count)人／必要\(context.settings.minimumEvaluators)人）")
            } else if let leader, let mean = leader.mean {
                leaderFigure = context.text("\(Figure.points(mean))（評価者\(leader.evaluators.count)人）")
            } else {
                leaderFigure = "評価なし"
            }
            let leaderMet = ScoreComparison.reaches(leader?.usableScore, leaderBar)
            let checks = [
                Check(
                    label: context.text("報告会評価（\(year.shortLabel) \(p.projectID)）"), figure: Figure.points(report.score),
                    bar: Figure.bar(meetingBar),
                    met: meetingMet, sources: report.files, value: report.score, threshold: meetingBar),
                Check(
                    label: context.text("メンバー評価（\(year.shortLabel) \(p.projectID)）"), figure: leaderFigure, bar: Figure.bar(leaderBar),
                    met: leaderMet, sources: leader?.evaluators.map(\.file) ?? [], value: leader?.usableScore, threshold: leaderBar),
            ]
            return Best(participation: p, checks: checks, met: meetingMet && leaderMet)
        }
        // Qualifying first, then by report score, then project ID for a stable choice.
        return candidates.max { a, b in
            if a.met != b.met { return !a.met }
            let (sa, sb) = (
                context.meeting(year, a.participation.projectID).score ?? -1,
                context.meeting(year, b.participation.projectID).score ?? -1
            )
            return sa != sb ? sa < sb : a.participation.projectID > b.participation.projectID
        }!
    }
}
