import Foundation

/// What the independent oracle (`scripts/fixtures/oracle.py`, written from the scheme's rules,
/// not from this code) expects of a scenario folder: its `expected.json`. One decoding for every
/// suite that checks against it (end to end, reports).
struct OracleExpectations: Decodable {
    struct DecisionRow: Decodable { let year: Int; let staffID: String; let granted: String?; let previousTier: String? }
    struct ProjectRow: Decodable { let year: Int; let projectID: String; let score: Double?; let rank: Int? }
    struct LeaderRow: Decodable { let year: Int; let projectID: String; let mean: Double?; let evaluators: Int; let sufficient: Bool }
    struct FileRow: Decodable { let path: String; let status: String }
    struct ProblemRow: Decodable { let severity: String; let file: String; let sheet: String?; let cell: String?; let contains: String }
    let years: [Int]
    let decisions: [DecisionRow]
    let projects: [ProjectRow]
    let leaderEvaluations: [LeaderRow]
    let files: [FileRow]
    let problems: [ProblemRow]

    /// The expectations of `scenarios/<name>` among the test fixtures.
    static func load(scenario name: String) throws -> OracleExpectations {
        let url = FixturePaths.url("scenarios/\(name)").appendingPathComponent("expected.json")
        return try JSONDecoder().decode(OracleExpectations.self, from: Data(contentsOf: url))
    }
}
