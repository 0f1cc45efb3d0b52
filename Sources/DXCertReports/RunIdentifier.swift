import DXCertRules
import Foundation

/// The identifier both workbooks of one run carry (custom property `dxcert_run`), so that a
/// 認定結果 and a 認定台帳 can be told apart as a pair or not.
///
/// It is a digest of what the run decided and reports, not a random number or a clock: the
/// same input gives the same identifier and so the same bytes (reruns stay byte-identical),
/// while any change in files, decisions, scores or problems gives another one.
enum RunIdentifier {
    /// The custom document property that holds it.
    static let propertyName = "dxcert_run"

    /// `2025-3f9c…` (the report year, then 16 hex digits).
    static func make(_ result: RunResult) -> String {
        var digest = ContentDigest()
        digest.add("year", result.reportYear.map { String($0.year) } ?? "-")
        for f in result.files {
            digest.add(
                "file", f.path, f.kind.rawValue, f.status.rawValue, f.reason, f.person,
                f.modified.map { String($0.timeIntervalSince1970) } ?? "-")
        }
        for year in result.certification.decisions.keys.sorted() {
            for d in result.certification.decisions[year] ?? [] {
                digest.add("decision", String(year.year), d.staffID.value, d.granted?.label ?? "-", d.reasons.joined(separator: "\u{1F}"))
            }
        }
        for entry in result.certification.ledger {
            let grants = entry.grants.keys.sorted().map { "\($0.label)=\(entry.grants[$0]?.year ?? 0)" }
            digest.add("ledger", entry.staffID.value, entry.name, entry.department, grants.joined(separator: ","))
        }
        for year in result.scores.keys.sorted() {
            for p in result.scores[year]?.projects ?? [] {
                digest.add("project", String(year.year), p.project.id.value, p.score.map { String($0) } ?? "-")
            }
        }
        for p in result.problems {
            digest.add("problem", p.severity.label, p.location.description, p.message, p.action)
        }
        let prefix = result.reportYear.map { "\($0.year)-" } ?? "0000-"
        return prefix + digest.hex
    }
}
