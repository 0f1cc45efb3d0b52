import Foundation

/// DXスペシャリスト.
///
/// Seed (図表4): 「2年以上連続してプロジェクトにリーダーとして参加し、報告会において一定以上の評価を
/// 得る。プロジェクト終了後、メンバーから一定以上の評価を得る。」
/// Rule: led a project in year Y and in each of the years before it, consecutively, for the set
/// number of years (default 2: Y and Y−1), each with report score ≥ the specialist bar
/// (default 75) and members' evaluation ≥ the specialist leader bar (default 75). A year
/// without a qualifying led project breaks the run. By default Expert must be held before Y
/// (a setting: the seed does not say).
public enum SpecialistRule {
    public static func evaluate(_ staffID: StaffID, year: FiscalYear, context: RuleContext) -> RuleOutcome {
        let s = context.settings
        var checks: [Check] = []
        if s.specialistRequiresExpert {
            let since = context.history.heldSince(.expert, staffID, before: year)
            checks.append(
                Check(
                    label: "DXエキスパート認定（前年度まで）", figure: since.map { context.text("\($0.label)に認定") } ?? "未認定",
                    bar: "認定済み", met: since != nil))
        }
        var evidence: [String] = []
        var consecutive = 0
        for k in 0..<max(1, s.specialistConsecutiveYears) {
            let y = FiscalYear(year.year - k)
            let led = context.participations(staffID, in: y).filter { $0.role == .leader }
            guard context.years[y] != nil else {
                checks.append(
                    Check(label: context.text("\(y.label)のリーダー参加"), figure: context.text("\(y.label)の評価データなし"), bar: "リーダーとして基準達成", met: false))
                break
            }
            guard !led.isEmpty else {
                checks.append(
                    Check(
                        label: context.text("\(y.label)のリーダー参加"), figure: "なし", bar: context.text("リーダーとして参加（連続\(s.specialistConsecutiveYears)年）"),
                        met: false))
                break
            }
            let best = LeaderEvidence.best(
                led, year: y, meetingBar: s.specialistMeetingBar, leaderBar: s.specialistLeaderBar,
                context: context)
            checks.append(
                Check(label: context.text("\(y.label)のリーダー参加"), figure: context.text(Figure.project(best.participation)), bar: "リーダー", met: true))
            checks += best.checks
            evidence.append(context.text("\(y.shortLabel) \(Figure.project(best.participation))"))
            if !best.met { break }
            consecutive += 1
        }
        let met = checks.allSatisfy(\.met) && evidence.count >= max(1, s.specialistConsecutiveYears)
        return RuleOutcome(tier: .specialist, met: met, checks: checks, evidence: evidence.joined(separator: "／"), consecutiveYears: consecutive)
    }
}
