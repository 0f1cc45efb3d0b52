import DXCertForms
import DXCertPipeline
import DXCertReports
import DXCertRules
import Foundation

/// Runs the batch over the freshly written sample and checks that the story came out as told:
/// every participant's new tier, and every project score and leader evaluation clear of the
/// bars by at least `margin` points (so that a small change in how marks are drawn shows up
/// here instead of silently turning the story). Nothing replaces `input/` unless this passes.
enum SampleCheck {
    /// How far every figure must stay from every bar it is compared with.
    static let margin = 1.0

    /// One line per year for the terminal; throws `SampleError.storyNotMet` with every deviation.
    static func verify(_ folder: URL, story: SampleStory) throws -> [String] {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("dxcert-sample-check-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: scratch) }
        let result = try Batch.compute(RunOptions(input: folder, output: scratch, usePreviousLedger: false))
        var deviations: [String] = []
        var lines: [String] = []
        for year in story.years {
            let label = year.year.label
            let decisions = result.certification.decisions[year.year] ?? []
            let settings = result.years.first { $0.year == year.year }?.setup.settings ?? Settings()
            let people = Set(year.teams.flatMap { [$0.leader] + $0.members }.map(\.staff.id))
            for id in people.sorted() {
                guard let decision = decisions.first(where: { $0.staffID.value == id }) else {
                    deviations.append("\(label) \(id): 判定がありません")
                    continue
                }
                if decision.granted != year.granted[id] {
                    deviations.append(
                        "\(label) \(id) \(decision.name): \(decision.granted?.label ?? "なし")（予定 \(year.granted[id]?.label ?? "なし")）"
                            + " " + decision.reasons.joined(separator: " / "))
                }
            }
            let meetingBars = Tier.allCases.map(settings.meetingBar)
            let leaderBars = Tier.allCases.compactMap(settings.leaderBar)
            var figures: [String] = []
            for team in year.teams {
                let score = result.scores[year.year]?.project(team.id)?.score
                let leader = result.scores[year.year]?.leaderEvaluations[team.id]?.usableScore
                figures.append("\(team.id) \(score.map(NumberFormatting.oneDecimal) ?? "-")/\(leader.map(NumberFormatting.oneDecimal) ?? "-")")
                for bar in meetingBars where score.map({ abs($0 - bar) < margin }) ?? true {
                    deviations.append(
                        "\(label) \(team.id): 報告会評価 \(score.map(NumberFormatting.oneDecimal) ?? "なし") が基準 \(NumberFormatting.plain(bar)) に近すぎます")
                }
                for bar in leaderBars where leader.map({ abs($0 - bar) < margin }) ?? true {
                    deviations.append(
                        "\(label) \(team.id): メンバー評価 \(leader.map(NumberFormatting.oneDecimal) ?? "なし") が基準 \(NumberFormatting.plain(bar)) に近すぎます")
                }
            }
            var counts: [String] = []
            for tier in Tier.allCases {
                let n = decisions.filter { $0.granted == tier }.count
                if n > 0 { counts.append("\(tier.shortLabel) \(n)人") }
            }
            lines.append("\(label): 参加 \(people.count)人、新たに認定 \(counts.joined(separator: "・"))（報告会/メンバー評価 \(figures.joined(separator: "、"))）")
        }
        guard deviations.isEmpty else { throw SampleError.storyNotMet(deviations + ["（結果）"] + lines) }
        return lines
    }
}
