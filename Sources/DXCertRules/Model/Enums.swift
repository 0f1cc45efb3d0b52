import Foundation

/// The three tiers of the DX talent system (図表3), lowest first.
public enum Tier: Int, Comparable, CaseIterable, Sendable, Codable {
    case advisor = 1
    case expert = 2
    case specialist = 3

    /// `DXアドバイザー` etc., as printed in every report.
    public var label: String {
        switch self {
        case .advisor: return "DXアドバイザー"
        case .expert: return "DXエキスパート"
        case .specialist: return "DXスペシャリスト"
        }
    }

    /// `アドバイザー` etc., without the DX prefix (used in narrow columns and dropdowns).
    public var shortLabel: String {
        switch self {
        case .advisor: return "アドバイザー"
        case .expert: return "エキスパート"
        case .specialist: return "スペシャリスト"
        }
    }

    /// The tier's role in the scheme (図表3), printed under the tier on its certificate.
    /// The one place these sentences live (rules.md 9).
    public var role: String {
        switch self {
        case .advisor: return "ICT技術やデータ利活用の知識を学びながら、所属におけるDXの取組みを推進する"
        case .expert: return "ICT技術やデータ利活用の知識を生かし、プロジェクトの中心的な役割を担う"
        case .specialist: return "メンバーをまとめてプロジェクトをマネジメントし、利用者目線のサービスを実装に移す"
        }
    }

    public static func < (l: Tier, r: Tier) -> Bool { l.rawValue < r.rawValue }
}

/// A participant's role in a project.
public enum Role: String, CaseIterable, Sendable, Codable {
    case leader = "リーダー"
    case member = "メンバー"
}

/// Judge categories at the report meeting (政策的観点 / 一般職員 / 技術的観点).
public enum JudgeCategory: String, CaseIterable, Sendable, Codable, Comparable {
    case executive = "幹部職員"
    case general = "一般職員"
    case expert = "専門家"

    /// The angle the category judges from, per the seed's note under 図表4.
    public var viewpoint: String {
        switch self {
        case .executive: return "政策的観点"
        case .general: return "一般職員の観点"
        case .expert: return "技術的観点"
        }
    }

    public static func < (l: JudgeCategory, r: JudgeCategory) -> Bool {
        allCases.firstIndex(of: l)! < allCases.firstIndex(of: r)!
    }
}

/// The kinds of workbook the batch recognises, by content.
public enum WorkbookKind: String, CaseIterable, Sendable, Codable {
    case yearSetup = "年度設定"
    case meetingScore = "報告会評価"
    case leaderEvaluation = "リーダー評価"
    case priorRegister = "既認定者名簿"
    case unknown = "不明"
}
