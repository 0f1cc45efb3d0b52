import Foundation

/// Every threshold, weight and switch of the certification, for one fiscal year.
///
/// Values come from the 認定基準 and 目標 sheets of that year's 年度設定 workbook; anything the
/// clerk leaves blank keeps the default defined here and only here (see `SettingDefinition`).
/// The seed gives no number for "一定以上の評価"; the defaults are provisional (docs/rules.md §7).
public struct Settings: Sendable, Equatable {
    /// Advisor: the project's report score must reach this.
    public var advisorMeetingBar: Double = 60
    /// Expert: the led project's report score must reach this.
    public var expertMeetingBar: Double = 70
    /// Expert: the members' evaluation of the leader must reach this.
    public var expertLeaderBar: Double = 70
    /// Specialist: report score bar in each of the consecutive years.
    public var specialistMeetingBar: Double = 75
    /// Specialist: leader-evaluation bar in each of the consecutive years.
    public var specialistLeaderBar: Double = 75
    /// Specialist: how many consecutive years as leader (the seed: 2年以上).
    public var specialistConsecutiveYears: Int = 2
    /// Specialist: Expert must be held before the year (the seed does not say; default yes).
    public var specialistRequiresExpert: Bool = true
    /// Weight of each judge category in the project's report score.
    public var categoryWeights: [JudgeCategory: Double] = [.executive: 1, .general: 1, .expert: 1]
    /// Leader evaluation: fewer evaluators than this gives 評価者不足.
    public var minimumEvaluators: Int = 2
    /// Per-judge standardization (z-scores mapped back to the overall mean and spread).
    public var standardize: Bool = false
    /// Standardization is skipped for a judge with fewer scored projects than this.
    public var standardizeMinimumProjects: Int = 3
    /// Category scores as trimmed means (drop highest and lowest) when enough judges.
    public var trimmedMean: Bool = false
    /// Trimmed mean applies from this many judges in a category.
    public var trimmedMeanMinimumJudges: Int = 5
    /// A judge's row with some blank criteria counts using only the scored ones.
    public var partialScoring: Bool = false
    /// Tie-break order for project ranking: category scores compared in this order; empty = ties share a rank.
    public var tieBreak: [JudgeCategory] = []
    /// Staff IDs are zero-padded to this many digits (0 = compare as written).
    public var staffIDWidth: Int = 0
    /// Password for the protection of generated sheets (nil = protected without a password).
    public var sheetPassword: String? = nil
    /// A judge whose correlation with the panel is below this is flagged (審査員 sheet).
    public var lowAgreementCorrelation: Double = 0.3
    /// A project whose judge scores spread (max − min) by at least this is flagged.
    public var spreadWarning: Double = 30
    /// Target head count per tier (図表3: 60 / 30 / 10).
    public var targets: [Tier: Int] = [.advisor: 60, .expert: 30, .specialist: 10]

    public init() {}

    /// The report-score bar of a tier.
    public func meetingBar(_ tier: Tier) -> Double {
        switch tier {
        case .advisor: return advisorMeetingBar
        case .expert: return expertMeetingBar
        case .specialist: return specialistMeetingBar
        }
    }

    /// The leader-evaluation bar of a tier (nil for Advisor, which has none).
    public func leaderBar(_ tier: Tier) -> Double? {
        switch tier {
        case .advisor: return nil
        case .expert: return expertLeaderBar
        case .specialist: return specialistLeaderBar
        }
    }
}
