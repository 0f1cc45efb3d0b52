import Foundation

/// DXアドバイザー.
///
/// Seed (図表4): 「プロジェクトにメンバーとして参加し、報告会において一定以上の評価を得る。」
/// Rule: took part in a project in year Y (any role — a leader takes part too) and that
/// project's report score reached the advisor bar (default 60). With two projects in a
/// year the best qualifying one is used and named.
public enum AdvisorRule {
    public static func evaluate(_ staffID: StaffID, year: FiscalYear, context: RuleContext) -> RuleOutcome {
        let bar = context.settings.advisorMeetingBar
        let parts = context.participations(staffID, in: year)
        guard !parts.isEmpty else {
            return RuleOutcome(
                tier: .advisor, met: false,
                checks: [Check(label: "プロジェクトへの参加", figure: "なし", bar: "参加", met: false)], evidence: "")
        }
        let scored = parts.map { p in (p, context.meeting(year, p.projectID)) }
        let best = scored.max { a, b in
            let (sa, sb) = (a.1.score ?? -1, b.1.score ?? -1)
            return sa != sb ? sa < sb : a.0.projectID > b.0.projectID
        }!
        let met = ScoreComparison.reaches(best.1.score, bar)
        let checks = [
            Check(label: "プロジェクトへの参加", figure: context.text(Figure.project(best.0)), bar: "参加", met: true),
            Check(
                label: context.text("報告会評価（\(best.0.projectID)）"), figure: Figure.points(best.1.score), bar: Figure.bar(bar), met: met,
                sources: best.1.files, value: best.1.score, threshold: bar),
        ]
        return RuleOutcome(tier: .advisor, met: met, checks: checks, evidence: context.text(Figure.project(best.0)))
    }
}
