import DXCertIngest
import DXCertReports
import DXCertRules
import Foundation

/// The `--json` view of a run: decisions with their reasons, project scores, files, problems,
/// the しきい値感度 table. The format is documented in docs/json.md; `schemaVersion` changes
/// when a key is renamed or its meaning changes (new keys do not change it).
public enum JSONExport {
    /// The version of the format in docs/json.md.
    public static let schemaVersion = 2

    /// A check: `figure`/`bar` are numbers for score checks (null otherwise); the sentence parts
    /// a person reads are `figureText`/`barText`.
    struct CheckDTO: Encodable {
        let label: String; let figure: Double?; let bar: Double?; let figureText, barText: String; let met: Bool
        let sources: [String]

        enum CodingKeys: String, CodingKey { case label, figure, bar, figureText, barText, met, sources }

        /// `figure` and `bar` are always present: a number or null.
        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(label, forKey: .label)
            try c.encode(figure, forKey: .figure)
            try c.encode(bar, forKey: .bar)
            try c.encode(figureText, forKey: .figureText)
            try c.encode(barText, forKey: .barText)
            try c.encode(met, forKey: .met)
            try c.encode(sources, forKey: .sources)
        }
    }
    struct SensitivityDTO: Encodable { let bar: Double; let counts: [String: Int] }
    struct OutcomeDTO: Encodable { let tier: String; let met: Bool; let evidence: String; let checks: [CheckDTO] }
    struct DecisionDTO: Encodable {
        let year: Int; let yearLabel: String; let staffID, name, department: String
        let projects: [String]; let roles: [String]
        let previousTier: String?; let granted: String?; let grantSource: String?
        let reportScore: Double?; let leaderEvaluation: Double?
        let reasons: [String]; let outcomes: [OutcomeDTO]; let sources: [String]
    }
    struct ProjectDTO: Encodable {
        let year: Int; let projectID, team: String; let score: Double?; let rank: Int?
        let categories: [String: Double?]; let judges: Int; let spread: Double?; let flags: [String]
        let leaderEvaluation: Double?; let evaluators: Int?; let sufficient: Bool?
    }
    struct FileDTO: Encodable { let path, kind, status, reason, person: String; let year: Int? }
    struct ProblemDTO: Encodable { let severity, file: String; let sheet, cell: String?; let message, action: String; let detail: String? }
    struct LedgerDTO: Encodable { let staffID, name, department: String; let currentTier: String?; let grants: [String: Int] }
    struct Document: Encodable {
        let schemaVersion: Int
        let reportYear: Int?
        let decisions: [DecisionDTO]
        let projects: [ProjectDTO]
        let ledger: [LedgerDTO]
        let files: [FileDTO]
        let problems: [ProblemDTO]
        let sensitivity: [SensitivityDTO]
    }

    public static func encode(_ r: RunResult) throws -> Data {
        let decisions = r.years.flatMap { input in
            (r.certification.decisions[input.year] ?? []).map { d in
                DecisionDTO(
                    year: d.year.year, yearLabel: d.year.label, staffID: d.staffID.value, name: d.name, department: d.department,
                    projects: d.participations.map(\.projectID.value), roles: d.participations.map(\.role.rawValue),
                    previousTier: d.previousTier?.label, granted: d.granted?.label, grantSource: d.grantSource?.rawValue,
                    reportScore: d.meetingScore.map(round4), leaderEvaluation: d.leaderEvaluation.map(round4),
                    reasons: d.reasons,
                    outcomes: d.outcomes.map { o in
                        OutcomeDTO(
                            tier: o.tier.label, met: o.met, evidence: o.evidence,
                            checks: o.checks.map {
                                CheckDTO(
                                    label: $0.label, figure: $0.value.map(round4), bar: $0.threshold, figureText: $0.figure,
                                    barText: $0.bar, met: $0.met, sources: $0.sources)
                            })
                    }, sources: d.sources)
            }
        }
        let projects = r.years.flatMap { input in
            (r.scores[input.year]?.projects ?? []).map { p in
                let le = r.scores[input.year]?.leaderEvaluations[p.project.id]
                return ProjectDTO(
                    year: input.year.year, projectID: p.project.id.value, team: p.project.team, score: p.score.map(round4),
                    rank: p.rank,
                    categories: Dictionary(uniqueKeysWithValues: JudgeCategory.allCases.map { ($0.rawValue, p.categories[$0]?.score.map(round4)) }),
                    judges: p.judgeCount, spread: p.spread.map(round4), flags: p.flags,
                    leaderEvaluation: le?.mean.map(round4), evaluators: le?.evaluators.count, sufficient: le?.sufficient)
            }
        }
        let doc = Document(
            schemaVersion: schemaVersion, reportYear: r.reportYear?.year, decisions: decisions, projects: projects,
            ledger: r.certification.ledger.map { e in
                LedgerDTO(
                    staffID: e.staffID.value, name: e.name, department: e.department, currentTier: e.currentTier?.label,
                    grants: Dictionary(uniqueKeysWithValues: e.grants.map { ($0.key.label, $0.value.year) }))
            },
            files: r.files.map {
                FileDTO(path: $0.path, kind: $0.kind.rawValue, status: $0.status.rawValue, reason: $0.reason, person: $0.person, year: $0.year?.year)
            },
            problems: r.problems.map {
                ProblemDTO(
                    severity: $0.severity.label, file: $0.location.file, sheet: $0.location.sheet, cell: $0.location.cell?.a1, message: $0.message,
                    action: $0.action, detail: $0.detail)
            },
            sensitivity: r.sensitivity.map { row in
                SensitivityDTO(bar: row.bar, counts: Dictionary(uniqueKeysWithValues: row.counts.map { ($0.key.label, $0.value) }))
            })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(doc)
    }

    private static func round4(_ v: Double) -> Double { (v * 10_000).rounded() / 10_000 }
}
