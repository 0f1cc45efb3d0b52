import Foundation

/// One row of the 認定基準 sheet: its label, default, explanation, and how a value is applied.
///
/// This table is the single place defaults are written down: the template prints it, the
/// year-setup reader applies it, the README documents it.
public struct SettingDefinition: Sendable {
    /// The kind of value, for the template's dropdown and validation.
    public enum Kind: Sendable, Equatable {
        /// A score bar from 0 to 100.
        case score
        /// A whole number in a range.
        case integer(ClosedRange<Int>)
        /// A non-negative weight.
        case weight
        /// する / しない.
        case onOff
        /// A correlation from -1 to 1.
        case correlation
        /// Free text (blank allowed).
        case text
        /// A list of judge categories separated by `>` (blank allowed).
        case categoryOrder
    }

    /// The label in column A of 認定基準, e.g. `アドバイザー：報告会評価の基準点`.
    public let label: String
    public let kind: Kind
    /// The default value as the template shows it.
    public let defaultText: String
    /// One or two sentences beside the value explaining it (Japanese).
    public let note: String
    /// Applies a normalized text value; returns an error message (Japanese) when it is not valid.
    package let apply: @Sendable (inout Settings, String) -> String?
    /// The value `settings` holds, as the 設定値 cell shows it (`apply` reads it back to the same
    /// value): a filled 年度設定 is written from a `Settings` with it, and for `Settings()` it is
    /// `defaultText`.
    public let currentText: @Sendable (Settings) -> String

    /// Every setting in template order.
    public static let all: [SettingDefinition] = [
        score(
            "アドバイザー：報告会評価の基準点", \.advisorMeetingBar, 60,
            "参加したプロジェクトの報告会評価（100点満点）がこの点以上ならアドバイザーに認定します。"),
        score(
            "エキスパート：報告会評価の基準点", \.expertMeetingBar, 70,
            "リーダーを務めたプロジェクトの報告会評価がこの点以上であることが条件です。"),
        score(
            "エキスパート：メンバー評価の基準点", \.expertLeaderBar, 70,
            "プロジェクト終了後のメンバー等によるリーダー評価（100点満点）がこの点以上であることが条件です。"),
        score(
            "スペシャリスト：報告会評価の基準点", \.specialistMeetingBar, 75,
            "連続してリーダーを務めた各年度の報告会評価がこの点以上であることが条件です。"),
        score(
            "スペシャリスト：メンバー評価の基準点", \.specialistLeaderBar, 75,
            "連続してリーダーを務めた各年度のメンバー評価がこの点以上であることが条件です。"),
        integer(
            "スペシャリスト：連続してリーダーを務める年数", \.specialistConsecutiveYears, 2, 2...10,
            "この年数以上、連続する年度にリーダーとして基準を満たした場合にスペシャリストとします（認定基準「2年以上連続」）。1年でも空くと数え直しです。"),
        onOff(
            "スペシャリスト：事前のエキスパート認定を必須とする", \.specialistRequiresExpert, true,
            "「する」の場合、前年度までにエキスパートに認定されていることが条件です（認定基準に明記がないため設定にしています）。"),
        weight(
            "区分の重み：幹部職員", .executive,
            "報告会評価で幹部職員（政策的観点）の平均点にかける重みです。審査員がいない区分は除いて重みを按分し直します。"),
        weight("区分の重み：一般職員", .general, "報告会評価で一般職員の平均点にかける重みです。"),
        weight("区分の重み：専門家", .expert, "報告会評価で専門家（技術的観点、委託業者等）の平均点にかける重みです。"),
        integer(
            "メンバー評価：必要な最少評価者数", \.minimumEvaluators, 2, 1...50,
            "リーダー評価を提出した評価者がこの人数に満たない場合は「評価者不足」とし、エキスパート・スペシャリストの判定はしません。"),
        onOff(
            "審査員ごとの標準化", \.standardize, false,
            "「する」の場合、審査員ごとの甘辛を補正します（その審査員の点のz値を全体の平均・標準偏差に戻す）。評価が3件未満または全て同点の審査員は補正しません。"),
        integer(
            "標準化に必要な最少評価件数", \.standardizeMinimumProjects, 3, 2...100,
            "標準化を行う審査員が採点したプロジェクトの最少件数です。"),
        onOff(
            "トリム平均（最高点と最低点を除く）", \.trimmedMean, false,
            "「する」の場合、区分内の審査員が下の人数以上のとき最高点と最低点を1つずつ除いて平均します。"),
        integer(
            "トリム平均を行う最少審査員数", \.trimmedMeanMinimumJudges, 5, 3...100,
            "トリム平均を行う区分内の審査員の最少人数です。"),
        onOff(
            "部分採点（空欄の項目を除いて計算）", \.partialScoring, false,
            "「しない」の場合、一部の項目が空欄の行は集計から除外して警告します。「する」の場合、採点された項目だけで計算します。全て空欄の行はどちらでも「未採点」です。"),
        SettingDefinition(
            label: "同点時の順位付け", kind: .categoryOrder, defaultText: "",
            note: "空欄なら同点のプロジェクトは同順位です。「幹部職員>専門家>一般職員」のように書くと、その順に区分の点を比べて順位を決めます。",
            apply: { s, v in
                let parts = v.split(whereSeparator: { ">＞,、 ".contains($0) }).map(String.init)
                var order: [JudgeCategory] = []
                for p in parts {
                    guard let c = JudgeCategory(rawValue: p) else {
                        return "「\(p)」は審査員区分ではありません（幹部職員・一般職員・専門家のいずれか）"
                    }
                    if !order.contains(c) { order.append(c) }
                }
                s.tieBreak = order
                return nil
            },
            currentText: { $0.tieBreak.map(\.rawValue).joined(separator: ">") }),
        integer(
            "職員番号の桁数", \.staffIDWidth, 0, 0...20,
            "数字だけの職員番号をこの桁数になるよう先頭を0で埋めて照合します（例：5なら 123 → 00123）。0なら書かれたとおりに照合します。"),
        SettingDefinition(
            label: "配布シートの保護パスワード", kind: .text, defaultText: "",
            note: "配布用シートのシート保護に使うパスワードです。空欄ならパスワードなしで保護します。",
            apply: { s, v in
                s.sheetPassword = v.isEmpty ? nil : v; return nil
            },
            currentText: { $0.sheetPassword ?? "" }),
        SettingDefinition(
            label: "審査員の一致度：低いとみなす相関係数", kind: .correlation, defaultText: "0.3",
            note: "審査員の点と他の審査員の平均点との相関係数（ピアソン）がこの値未満の審査員に印を付けます。",
            apply: { s, v in
                guard let d = WholeNumber.parse(v), (-1...1).contains(d) else { return "-1 から 1 の数値を入力してください" }
                s.lowAgreementCorrelation = d
                return nil
            },
            currentText: { NumberFormatting.plain($0.lowAgreementCorrelation) }),
        score(
            "評価のばらつき：要確認とする点差", \.spreadWarning, 30,
            "同じプロジェクトへの審査員の点（100点換算）の最高と最低の差がこの値以上なら「ばらつき大」の印を付けます。"),
    ]

    /// Looks a definition up by its label (after normalization: spaces and full-width colons ignored).
    public static func named(_ label: String) -> SettingDefinition? {
        let key = Self.key(label)
        return all.first { Self.key($0.label) == key }
    }

    package static func key(_ s: String) -> String {
        s.precomposedStringWithCompatibilityMapping
            .replacingOccurrences(of: ":", with: "：")
            .filter { !$0.isWhitespace }
    }

    // MARK: - Builders

    private static func score(
        _ label: String, _ path: WritableKeyPath<Settings, Double> & Sendable, _ value: Double,
        _ note: String
    ) -> SettingDefinition {
        SettingDefinition(
            label: label, kind: .score, defaultText: NumberFormatting.plain(value), note: note,
            apply: { s, v in
                guard let d = WholeNumber.parse(v), (0...100).contains(d) else { return "0 から 100 の数値を入力してください" }
                s[keyPath: path] = d
                return nil
            }, currentText: { NumberFormatting.plain($0[keyPath: path]) })
    }

    private static func integer(
        _ label: String, _ path: WritableKeyPath<Settings, Int> & Sendable, _ value: Int,
        _ range: ClosedRange<Int>, _ note: String
    ) -> SettingDefinition {
        SettingDefinition(
            label: label, kind: .integer(range), defaultText: String(value), note: note,
            apply: { s, v in
                guard let n = WholeNumber.parse(v).flatMap({ WholeNumber.exact($0, in: range) }) else {
                    return WholeNumber.problem(v, in: range) ?? "\(range.lowerBound)〜\(range.upperBound) の整数を入力してください"
                }
                s[keyPath: path] = n
                return nil
            }, currentText: { String($0[keyPath: path]) })
    }

    private static func onOff(
        _ label: String, _ path: WritableKeyPath<Settings, Bool> & Sendable, _ value: Bool,
        _ note: String
    ) -> SettingDefinition {
        SettingDefinition(
            label: label, kind: .onOff, defaultText: value ? "する" : "しない", note: note,
            apply: { s, v in
                guard let b = OnOff.parse(v) else { return "「する」または「しない」を選んでください" }
                s[keyPath: path] = b
                return nil
            }, currentText: { $0[keyPath: path] ? "する" : "しない" })
    }

    private static func weight(_ label: String, _ category: JudgeCategory, _ note: String) -> SettingDefinition {
        SettingDefinition(
            label: label, kind: .weight, defaultText: "1", note: note,
            apply: { s, v in
                guard let d = WholeNumber.parse(v), d >= 0, d <= 100 else { return "0 以上 100 以下の数値を入力してください" }
                s.categoryWeights[category] = d
                return nil
            }, currentText: { NumberFormatting.plain($0.categoryWeights[category] ?? 0) })
    }
}
