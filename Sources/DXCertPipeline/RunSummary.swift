import DXCertIngest
import DXCertReports
import DXCertRules
import Foundation

/// The short Japanese summary printed at the end of a run.
public enum RunSummary {
    public static func lines(_ result: RunResult, outputs: [String]) -> [String] {
        var out: [String] = []
        let read = result.files.filter { $0.status == .imported || $0.status == .importedWithWarnings }.count
        let excluded = result.files.filter { $0.status == .excluded }.count
        let skipped = result.files.filter(\.skippedOnPurpose).count
        out.append("入力ファイル：\(result.files.count)件（取込\(read)件、除外\(excluded)件" + (skipped > 0 ? "（うち一時ファイル・隠しファイル\(skipped)件）" : "") + "）")
        var counts: [Severity: Int] = [:]
        for p in result.problems { counts[p.severity, default: 0] += 1 }
        out.append("入力チェック：エラー\(counts[.error] ?? 0)件、警告\(counts[.warning] ?? 0)件、情報\(counts[.info] ?? 0)件")
        for input in result.years {
            let decisions = result.certification.decisions[input.year] ?? []
            let granted = Tier.allCases.map { t in "\(t.shortLabel)\(decisions.filter { $0.granted == t }.count)人" }
            out.append("\(input.year.label)：参加者\(decisions.count)人、プロジェクト\(input.setup.projects.count)件、新規認定 " + granted.joined(separator: "・"))
        }
        if result.years.isEmpty {
            out.append("年度設定が見つからないため、認定の判定は行っていません")
        }
        for path in outputs { out.append("出力：\(path)") }
        return out
    }
}
