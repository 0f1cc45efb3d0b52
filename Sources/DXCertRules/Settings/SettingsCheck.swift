import Foundation

/// Settings that are each valid but together make scoring impossible, checked once the whole
/// 年度設定 is read (judges and participants included). Each finding names the setting cells.
///
/// - All three 区分の重み are 0, or only categories without a single judge weigh more than 0:
///   no project can get a report score. Error; the weights go back to their defaults (1／1／1),
///   which is what the clerk most likely meant (a category is left out by giving it alone 0).
/// - メンバー評価：必要な最少評価者数 is larger than the evaluators of every project: no leader can
///   be evaluated. Warning; the value is kept (it is the clerk's rule), the consequence is said.
package enum SettingsCheck {
    /// Where each setting's value cell is, by `SettingDefinition.label`.
    package typealias Cells = [String: SourceLocation]

    package static func check(_ setup: inout YearSetup, cells: Cells, problem: (Severity, SourceLocation, String, String) -> Void) {
        checkWeights(&setup, cells: cells, problem: problem)
        checkEvaluators(setup, cells: cells, problem: problem)
    }

    static func weightLabel(_ category: JudgeCategory) -> String { "区分の重み：\(category.rawValue)" }

    private static func checkWeights(_ setup: inout YearSetup, cells: Cells, problem: (Severity, SourceLocation, String, String) -> Void) {
        let weights = setup.settings.categoryWeights
        let weighted = JudgeCategory.allCases.filter { (weights[$0] ?? 0) > 0 }
        let judged = Set(setup.judges.map(\.category))
        let message: String
        if weighted.isEmpty {
            message = "区分の重みがすべて0です（\(describe(JudgeCategory.allCases, cells))）。これでは報告会評価を計算できず、誰も認定されません"
        } else if !judged.isEmpty, judged.isDisjoint(with: weighted) {
            let zero = JudgeCategory.allCases.filter { judged.contains($0) }
            message =
                "重みが0より大きい区分（\(weighted.map(\.rawValue).joined(separator: "・"))）に審査員が1人もいません。"
                + "審査員のいる区分（\(describe(zero, cells))）の重みが0のため、報告会評価を計算できず、誰も認定されません"
        } else {
            return
        }
        let defaults = Settings().categoryWeights
        let defaultText = JudgeCategory.allCases.map { NumberFormatting.plain(defaults[$0] ?? 0) }.joined(separator: "／")
        let first =
            JudgeCategory.allCases.compactMap { cells[weightLabel($0)] }.first
            ?? SourceLocation(file: setup.file, sheet: FormLayout.YearSetup.settingsSheet)
        problem(
            .error, first, message,
            "区分の重みを既定値（\(JudgeCategory.allCases.map(\.rawValue).joined(separator: "／"))：\(defaultText)）にして集計しました。"
                + "ある区分を除くときは、その区分の重みだけを0にしてください")
        setup.settings.categoryWeights = defaults
    }

    private static func checkEvaluators(_ setup: YearSetup, cells: Cells, problem: (Severity, SourceLocation, String, String) -> Void) {
        let minimum = setup.settings.minimumEvaluators
        let led = setup.projects.filter { setup.soleLeader(of: $0.id) != nil }
        guard !led.isEmpty else { return }
        let most = led.map { setup.expectedEvaluators(of: $0.id).count }.max() ?? 0
        guard most < minimum else { return }
        let label = "メンバー評価：必要な最少評価者数"
        problem(
            .warning, cells[label] ?? SourceLocation(file: setup.file, sheet: FormLayout.YearSetup.settingsSheet),
            "「\(label)」が\(minimum)人ですが、どのプロジェクトもリーダーを評価する人（メンバーと追加の評価者）が\(most)人以下です。"
                + "このままでは全員が「評価者不足」となり、エキスパート・スペシャリストに認定されません",
            "設定どおり集計しました。最少評価者数を\(most)人以下にするか、「\(FormLayout.YearSetup.evaluatorsSheet)」シートに評価者を追加してください")
    }

    /// `幹部職員 セル B12・一般職員 セル B13` (cells where known).
    private static func describe(_ categories: [JudgeCategory], _ cells: Cells) -> String {
        categories.map { c in cells[weightLabel(c)]?.cell.map { "\(c.rawValue) セル \($0)" } ?? c.rawValue }.joined(separator: "・")
    }
}
