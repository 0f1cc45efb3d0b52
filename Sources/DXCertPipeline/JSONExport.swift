import DXCertIngest
import DXCertReports
import DXCertRules
import Foundation

/// The `--json` view of a run: decisions with their reasons, project scores, files, problems,
/// the しきい値感度 table, the 年度推移 rows, the year's certificates. The format is documented in docs/json.md; `schemaVersion` changes
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
    struct TrendDTO: Encodable {
        let year: Int; let yearLabel: String; let participants, projects, judgesReceived, judgesPlanned: Int
        let newCertifications, holders, targets: [String: Int]
        let departmentsWithHolder, departments, movedHolders: Int
    }
    struct OutcomeDTO: Encodable { let tier: String; let met: Bool; let evidence: String; let checks: [CheckDTO] }
    struct DecisionDTO: Encodable {
        let year: Int; let yearLabel: String; let staffID, name, department: String
        let projects: [String]; let roles: [String]
        let previousTier: String?; let granted: String?; let grantSource: String?
        let reportScore: Double?; let leaderEvaluation: Double?
        let reasons: [String]; let outcomes: [OutcomeDTO]; let sources: [String]
        let nextTier: NextTierDTO
    }
    /// 次の区分まで after the decision's year (`NextTier`); `tier` is null when the top tier is held.
    struct NextTierDTO: Encodable {
        struct ConditionDTO: Encodable { let label, status: String; let met: Bool; let needed: String }
        let tier: String?; let summary: String; let conditions: [ConditionDTO]; let thisYear: [String]

        enum CodingKeys: String, CodingKey { case tier, summary, conditions, thisYear }

        /// `tier` is always present: a tier's name or null.
        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(tier, forKey: .tier)
            try c.encode(summary, forKey: .summary)
            try c.encode(conditions, forKey: .conditions)
            try c.encode(thisYear, forKey: .thisYear)
        }
    }
    struct ProjectDTO: Encodable {
        let year: Int; let projectID, team: String; let score: Double?; let rank: Int?
        let categories: [String: Double?]; let judges: Int; let spread: Double?; let flags: [String]
        let leaderEvaluation: Double?; let evaluators: Int?; let sufficient: Bool?
    }
    struct FileDTO: Encodable { let path, kind, status, reason, person: String; let year: Int? }
    struct ProblemDTO: Encodable { let severity, file: String; let sheet, cell: String?; let message, action: String; let detail: String? }
    struct LedgerDTO: Encodable { let staffID, name, department: String; let currentTier: String?; let grants: [String: Int] }
    /// `date` is `2026-03-31` (or the 認定日 text as typed), `dateText` as printed (`令和8年3月31日`).
    struct CertificateDTO: Encodable {
        let number: String; let serial: Int; let staffID, name, department, tier, date, dateText, issuer: String
    }
    struct Document: Encodable {
        let schemaVersion: Int
        let certificates: [CertificateDTO]
        let reportYear: Int?
        let decisions: [DecisionDTO]
        let projects: [ProjectDTO]
        let ledger: [LedgerDTO]
        let files: [FileDTO]
        let problems: [ProblemDTO]
        let sensitivity: [SensitivityDTO]
        let trend: [TrendDTO]
    }

    /// The whole document in memory (tests, small runs); `write` streams the same bytes.
    public static func encode(_ r: RunResult) throws -> Data {
        var data = Data()
        try write(r) { data.append($0) }
        return data
    }

    /// Streams the document to `sink` in pieces: the decisions, projects, ledger, files and
    /// problems are encoded one element at a time, so a run of 50,000 participants never holds
    /// the whole text (hundreds of MB) or all the DTOs at once. The bytes are exactly those of
    /// `JSONEncoder` (pretty, sorted keys) encoding the whole `Document`: each element is encoded
    /// alone and indented to its depth (JSON strings hold no raw line breaks), and the top-level
    /// keys come in sorted order.
    public static func write(_ r: RunResult, to sink: (Data) throws -> Void) throws {
        let encoder = Self.encoder()
        var buffer = Data()
        func emit(_ text: String) throws {
            buffer.append(contentsOf: text.utf8)
            if buffer.count >= 1 << 20 {
                try sink(buffer)
                buffer.removeAll(keepingCapacity: true)
            }
        }
        /// One top-level member: `"key" : [ elements ]`, each element indented by four spaces.
        func member<Element: Encodable>(_ key: String, _ elements: some Sequence<Element>, last: Bool = false) throws {
            try emit("  \"\(key)\" : ")
            var first = true
            for element in elements {
                try emit(first ? "[\n" : ",\n")
                first = false
                try emit(indented(try encoder.encode(element), by: 4, firstLine: true))
            }
            if first {
                try emit(indented(try encoder.encode([Element]()), by: 2, firstLine: false))  // an empty array as JSONEncoder writes it
            } else {
                try emit("\n  ]")
            }
            try emit(last ? "\n" : ",\n")
        }
        try emit("{\n")
        try member("certificates", r.certificates.lazy.map(certificate))
        try member("decisions", decisions(r))
        try member("files", r.files.lazy.map(file))
        try member("ledger", r.certification.ledger.lazy.map(ledger))
        try member("problems", r.problems.lazy.map(problem))
        try member("projects", projects(r))
        if let year = r.reportYear { try emit("  \"reportYear\" : \(year.year),\n") }
        try emit("  \"schemaVersion\" : \(schemaVersion),\n")
        try member("sensitivity", r.sensitivity.lazy.map(sensitivity))
        try member("trend", r.trend.lazy.map(trend), last: true)
        try emit("}")
        try sink(buffer)
    }

    /// The encoder of the format: pretty printed, keys sorted, slashes as they are.
    static func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    /// The whole document as values (for tests that compare `write` with `JSONEncoder`).
    static func document(_ r: RunResult) -> Document {
        Document(
            schemaVersion: schemaVersion, certificates: r.certificates.map(certificate), reportYear: r.reportYear?.year,
            decisions: Array(decisions(r)), projects: Array(projects(r)),
            ledger: r.certification.ledger.map(ledger), files: r.files.map(file), problems: r.problems.map(problem),
            sensitivity: r.sensitivity.map(sensitivity), trend: r.trend.map(trend))
    }

    /// `data`'s lines, each but (unless `firstLine`) the first indented by `spaces` spaces; empty
    /// lines (JSONEncoder writes an empty array as `[`, an empty line, `]`) stay empty.
    private static func indented(_ data: Data, by spaces: Int, firstLine: Bool) -> String {
        let pad = String(repeating: " ", count: spaces)
        let lines = String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        return lines.enumerated().map { i, line in (i > 0 || firstLine) && !line.isEmpty ? pad + line : String(line) }
            .joined(separator: "\n")
    }

    private static func decisions(_ r: RunResult) -> some Sequence<DecisionDTO> {
        r.years.lazy.flatMap { input in (r.certification.decisions[input.year] ?? []).lazy.map { decision($0, settings: input.settings) } }
    }

    private static func decision(_ d: Decision, settings: Settings) -> DecisionDTO {
        let next = NextTier.after(d, settings: settings)
        return DecisionDTO(
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
            }, sources: d.sources,
            nextTier: NextTierDTO(
                tier: next.tier?.label, summary: next.summary,
                conditions: next.conditions.map { .init(label: $0.label, status: $0.status, met: $0.met, needed: $0.needed) },
                thisYear: next.thisYear))
    }

    private static func projects(_ r: RunResult) -> some Sequence<ProjectDTO> {
        r.years.lazy.flatMap { input in
            (r.scores[input.year]?.projects ?? []).lazy.map { p in
                let le = r.scores[input.year]?.leaderEvaluations[p.project.id]
                return ProjectDTO(
                    year: input.year.year, projectID: p.project.id.value, team: p.project.team, score: p.score.map(round4),
                    rank: p.rank,
                    categories: Dictionary(uniqueKeysWithValues: JudgeCategory.allCases.map { ($0.rawValue, p.categories[$0]?.score.map(round4)) }),
                    judges: p.judgeCount, spread: p.spread.map(round4), flags: p.flags,
                    leaderEvaluation: le?.mean.map(round4), evaluators: le?.evaluators.count, sufficient: le?.sufficient)
            }
        }
    }

    private static func certificate(_ c: Certificate) -> CertificateDTO {
        CertificateDTO(
            number: c.number, serial: c.serial, staffID: c.staffID.value, name: c.name, department: c.department, tier: c.tier.label,
            date: c.date.iso, dateText: c.date.japanese, issuer: c.issuer)
    }

    private static func ledger(_ e: LedgerEntry) -> LedgerDTO {
        LedgerDTO(
            staffID: e.staffID.value, name: e.name, department: e.department, currentTier: e.currentTier?.label,
            grants: Dictionary(uniqueKeysWithValues: e.grants.map { ($0.key.label, $0.value.year) }))
    }

    private static func file(_ f: FileRecord) -> FileDTO {
        FileDTO(path: f.path, kind: f.kind.rawValue, status: f.status.rawValue, reason: f.reason, person: f.person, year: f.year?.year)
    }

    private static func problem(_ p: Problem) -> ProblemDTO {
        ProblemDTO(
            severity: p.severity.label, file: p.location.file, sheet: p.location.sheet, cell: p.location.cell?.a1, message: p.message,
            action: p.action, detail: p.detail)
    }

    private static func sensitivity(_ row: Sensitivity.Row) -> SensitivityDTO {
        SensitivityDTO(bar: row.bar, counts: Dictionary(uniqueKeysWithValues: row.counts.map { ($0.key.label, $0.value) }))
    }

    private static func trend(_ row: YearTrend.Row) -> TrendDTO {
        func byLabel(_ counts: [Tier: Int]) -> [String: Int] { Dictionary(uniqueKeysWithValues: counts.map { ($0.key.label, $0.value) }) }
        return TrendDTO(
            year: row.year.year, yearLabel: row.year.label, participants: row.participants, projects: row.projects,
            judgesReceived: row.judgesReceived, judgesPlanned: row.judgesPlanned, newCertifications: byLabel(row.newCertifications),
            holders: byLabel(row.holders), targets: byLabel(row.targets), departmentsWithHolder: row.departmentsWithHolder,
            departments: row.departments, movedHolders: row.movedHolders)
    }

    private static func round4(_ v: Double) -> Double { (v * 10_000).rounded() / 10_000 }
}
