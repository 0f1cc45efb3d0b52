import Foundation

/// What a criterion is used for: the report meeting (for one judge category) or the leader evaluation.
public enum EvaluationKind: Hashable, Sendable, Codable {
    case meeting(JudgeCategory)
    case leader

    /// `報告会（幹部職員）` / `メンバー評価`.
    public var label: String {
        switch self {
        case .meeting(let c): return "報告会（\(c.rawValue)）"
        case .leader: return "メンバー評価"
        }
    }
}

/// One evaluation criterion (評価項目): scored from 1 to `maxScore`, weighted by `weight`.
public struct Criterion: Hashable, Sendable, Codable {
    public var kind: EvaluationKind
    /// Short stable ID, e.g. `P1`; used to match sheet columns and rows.
    public var id: CriterionID
    public var name: String
    public var maxScore: Int
    public var weight: Double
    /// One line per scale point, highest first, e.g. `5：非常によい`.
    public var scale: [String]
    /// What the criterion looks at (shown to judges).
    public var description: String

    public init(
        kind: EvaluationKind, id: CriterionID, name: String, maxScore: Int = 5, weight: Double = 1,
        scale: [String]? = nil, description: String = ""
    ) {
        self.kind = kind
        self.id = id
        self.name = name
        self.maxScore = maxScore
        self.weight = weight
        self.scale = scale ?? Criterion.defaultScale(max: maxScore)
        self.description = description
    }

    /// The dropdown texts for a scale of `max` points, e.g. `5：非常によい` … `1：不十分`.
    public static func defaultScale(max: Int) -> [String] {
        if max == 5 {
            return ["5：非常によい", "4：よい", "3：ふつう", "2：やや不十分", "1：不十分"]
        }
        return (1...Swift.max(1, max)).reversed().map { "\($0)" }
    }
}

/// The default criteria, drawn from the seed: the policy / general / technical angles of the
/// report meeting (図表4 注) and, for the leader, leadership plus the A–E profile of 図表2.
public enum DefaultCriteria {
    public static let all: [Criterion] = [
        Criterion(
            kind: .meeting(.executive), id: "P1", name: "政策との整合性",
            description: "市のDX戦略・計画や政策の方向性に沿った変革案か"),
        Criterion(
            kind: .meeting(.executive), id: "P2", name: "市民サービスへの効果",
            description: "市民の利便性やサービスの質が高まるか（利用者目線）"),
        Criterion(
            kind: .meeting(.executive), id: "P3", name: "実現性・継続性",
            description: "実装に向けた道筋があり、人事異動があっても続けられるか"),
        Criterion(
            kind: .meeting(.general), id: "G1", name: "課題と解決策の分かりやすさ",
            description: "現状の課題と解決策が職員にも分かりやすく示されているか（図表2 B）"),
        Criterion(
            kind: .meeting(.general), id: "G2", name: "業務への波及効果",
            description: "自分の職場の業務改善にも生かせそうか（図表2 D）"),
        Criterion(
            kind: .meeting(.general), id: "G3", name: "新しい価値の創出",
            description: "前例にとらわれず新しい価値を生み出しているか（図表2 E）"),
        Criterion(
            kind: .meeting(.expert), id: "T1", name: "デジタル技術・データの活用",
            description: "ICT・データ利活用の選び方と使い方が適切か（図表2 A・C）"),
        Criterion(
            kind: .meeting(.expert), id: "T2", name: "業務プロセスの見直し（BPR）",
            description: "業務フローを見直し、変革（X）を先に考えているか"),
        Criterion(
            kind: .meeting(.expert), id: "T3", name: "実装の具体性",
            description: "費用・体制・スケジュールなど実装の具体性があるか"),
        Criterion(
            kind: .leader, id: "L1", name: "チームをまとめる力",
            description: "メンバーの意見を引き出し、チームをまとめてプロジェクトを進めたか"),
        Criterion(
            kind: .leader, id: "L2", name: "課題解決の進め方",
            description: "課題を整理し、解決に向けて筋道を立てて進めたか（図表2 B）"),
        Criterion(
            kind: .leader, id: "L3", name: "業務知識・ICTの理解",
            description: "業務知識やシステムの操作・運用の知識を生かしたか（図表2 A）"),
        Criterion(
            kind: .leader, id: "L4", name: "学び続ける姿勢",
            description: "新しいデジタル技術等を学び、チームに共有したか（図表2 C）"),
        Criterion(
            kind: .leader, id: "L5", name: "変革への意欲",
            description: "自らの業務をよりよく変え、新しい価値を生み出そうとしたか（図表2 D・E）"),
    ]
}
