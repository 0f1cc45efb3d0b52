import Foundation

/// 次の区分まで: the next tier a person does not hold after a year, and what is still needed.
///
/// Derived from the year's `Decision` (the tier held after the year, and the Specialist
/// outcome's count of consecutive qualifying years) and the year's settings; it applies no
/// rule of its own. The conditions are those of the tier's rule, worded for the next year:
/// - no tier → DXアドバイザー: take part in a project next year (any role) with a report
///   score at the Advisor bar;
/// - DXアドバイザー → DXエキスパート: Advisor held (met), then lead a project next year with
///   the report score and the members' evaluation at the Expert bars (enough evaluators);
/// - DXエキスパート → DXスペシャリスト: Expert held when the settings require it (met), then
///   lead with both Specialist bars for the set number of consecutive years, counting the
///   qualifying years that end with this year;
/// - DXスペシャリスト: the top tier is held, nothing is needed.
/// Next year's settings are not known yet: the wording uses this year's bars.
public struct NextTier: Sendable, Equatable {
    /// One condition of the next tier, as it stands after the year.
    public struct Condition: Sendable, Equatable {
        /// The condition, e.g. `DXアドバイザーの認定`.
        public var label: String
        /// Where the person stands, e.g. `令和7年度に認定`, `連続1年（令和7年度まで）`.
        public var status: String
        public var met: Bool
        /// What is still needed, in plain words; empty when met.
        public var needed: String
    }

    /// The next tier; nil when the top tier is held.
    public var tier: Tier?
    public var conditions: [Condition]
    /// This year's checks of the next tier's rule (`Check.sentence`), for reference.
    public var thisYear: [String]

    /// One sentence: `DXエキスパートまで：来年度、…` or that the top tier is held.
    public var summary: String {
        guard let tier else { return "最上位の\(Tier.specialist.label)に認定済みです（次の区分はありません）" }
        let needed = conditions.filter { !$0.met }.map(\.needed)
        return "\(tier.label)まで：" + needed.joined(separator: "。")
    }

    /// The next tier after `decision`'s year, under that year's `settings`.
    public static func after(_ decision: Decision, settings: Settings) -> NextTier {
        let held = decision.tierAfter
        let next = Tier.allCases.first { held == nil || $0 > held! }
        guard let next else { return NextTier(tier: nil, conditions: [], thisYear: []) }
        let outcome = decision.outcomes.first { $0.tier == next }
        let thisYear = outcome?.checks.map(\.sentence) ?? []
        let evaluators = "評価者\(settings.minimumEvaluators)人以上"
        switch next {
        case .advisor:
            let bar = "報告会評価\(Figure.bar(settings.advisorMeetingBar))"
            return NextTier(
                tier: next,
                conditions: [
                    Condition(
                        label: "プロジェクトに参加し、\(bar)", status: "未達", met: false,
                        needed: "来年度、プロジェクトに参加し（メンバー・リーダーのいずれでも可）、\(bar)")
                ], thisYear: thisYear)
        case .expert:
            let bars = "報告会評価\(Figure.bar(settings.expertMeetingBar))・メンバー評価\(Figure.bar(settings.expertLeaderBar))（\(evaluators)）"
            return NextTier(
                tier: next,
                conditions: [
                    heldCondition(.advisor, decision),
                    Condition(
                        label: "リーダーとして参加し、\(bars)", status: "未達", met: false,
                        needed: "来年度、プロジェクトにリーダーとして参加し、\(bars)"),
                ], thisYear: thisYear)
        case .specialist:
            let bars =
                "報告会評価\(Figure.bar(settings.specialistMeetingBar))・メンバー評価\(Figure.bar(settings.specialistLeaderBar))（\(evaluators)）"
            let years = max(1, settings.specialistConsecutiveYears)
            let done = min(outcome?.consecutiveYears ?? 0, years)
            // A run ending this year continues next year; without one, it starts next year.
            let remaining = max(1, years - done)
            let needed: String
            if remaining > 1 {
                needed = "来年度から\(remaining)年連続でプロジェクトにリーダーとして参加し、毎年度\(bars)"
            } else if done > 0 {
                needed = "来年度も続けてプロジェクトにリーダーとして参加し、\(bars)"
            } else {
                needed = "来年度、プロジェクトにリーダーとして参加し、\(bars)"
            }
            let status = done > 0 ? "連続\(done)年（\(decision.year.label)まで）" : "未達"
            var conditions: [Condition] = []
            if settings.specialistRequiresExpert { conditions.append(heldCondition(.expert, decision)) }
            conditions.append(
                Condition(label: "連続\(years)年、リーダーとして参加し、\(bars)", status: status, met: false, needed: needed))
            return NextTier(tier: next, conditions: conditions, thisYear: thisYear)
        }
    }

    /// The condition that `tier` is held, met after the year (the next tier is above it).
    private static func heldCondition(_ tier: Tier, _ decision: Decision) -> Condition {
        let met = decision.tierAfter.map { $0 >= tier } ?? false
        let status = decision.granted == tier ? "\(decision.year.label)に認定" : (met ? "認定済み" : "未認定")
        return Condition(label: "\(tier.label)の認定", status: status, met: met, needed: met ? "" : "先に\(tier.label)の認定が必要です")
    }
}
