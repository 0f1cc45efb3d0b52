import DXCertForms
import DXCertPipeline
import DXCertReports
import DXCertRules

/// Draws the marks judges and members give, around the averages the story sets, the way
/// people fill the sheets: most pick from the dropdown (`4：よい`), some type the number.
struct SampleAnswers {
    private var random: SampleRandom

    init(seed: UInt64, stream: String) {
        random = SampleRandom(seed: seed, stream: stream)
    }

    /// Comments judges write beside some rows, by category.
    static let meetingComments: [JudgeCategory: [String]] = [
        .executive: [
            "市の方針に沿っており、早期の実装を期待します", "費用対効果をもう少し具体的に示してほしい",
            "他の部署への横展開も検討してください", "市民への周知の方法まで考えられている",
        ],
        .general: [
            "自分の課の業務でも使えそうです", "現状の課題が分かりやすかった", "市民目線の提案でよかった",
            "職員の負担がどれだけ減るか知りたい",
        ],
        .expert: [
            "既存システムとの連携方式を詳細化してください", "データ項目の標準化を意識するとよい",
            "段階的な導入計画が現実的です", "セキュリティ面の検討を加えてください",
        ],
    ]

    /// Comments members write about their leader.
    static let leaderComments = [
        "メンバーの意見をよく聞いてまとめてくれました", "進め方が丁寧で分かりやすかった",
        "他課との調整を率先して行ってくれた", "役割分担をもう少し早く決めてほしかった", "",
    ]

    /// One judge's sheet: every project the judge may score, marks around each team's report
    /// score shifted by the judge's own leniency.
    mutating func report(judge: Judge, setup: YearSetup, teams: [TeamStory]) -> MeetingAnswers {
        let criteria = setup.criteria(for: .meeting(judge.category))
        let own = setup.ownProjects(of: judge)
        let leniency = random.normal(sd: 0.12)
        let typesNumbers = random.chance(0.15)
        var answers = MeetingAnswers()
        for team in teams where !own.contains(team.id) {
            let level = team.report / 20 + leniency + random.normal(sd: 0.15)
            var row: [CriterionID: AnswerValue] = [:]
            for (criterion, mark) in zip(criteria, marks(level, criteria)) {
                row[criterion.id] = typesNumbers ? .number(Double(mark)) : .text(Self.choice(mark, criterion))
            }
            answers.scores[team.id] = row
            if random.chance(0.2), let pool = Self.meetingComments[judge.category] {
                answers.comments[team.id] = random.pick(pool)
            }
        }
        return answers
    }

    /// A staff judge's marks for their own team, typed over the grey row (a slip): generous.
    mutating func ownTeam(judge: Judge, setup: YearSetup) -> [ProjectID: [CriterionID: AnswerValue]] {
        let criteria = setup.criteria(for: .meeting(judge.category))
        var rows: [ProjectID: [CriterionID: AnswerValue]] = [:]
        for project in setup.projects.map(\.id) where setup.ownProjects(of: judge).contains(project) {
            rows[project] = Dictionary(
                uniqueKeysWithValues: criteria.map { c in
                    (c.id, AnswerValue.text(Self.choice(random.chance(0.7) ? 5 : 4, c)))
                })
        }
        return rows
    }

    /// One member's (or colleague's) evaluation of the leader.
    mutating func leader(setup: YearSetup, team: TeamStory) -> LeaderAnswers {
        let criteria = setup.criteria(for: .leader)
        let level = team.leadership / 20 + random.normal(sd: 0.2)
        let typesNumbers = random.chance(0.1)
        var answers = LeaderAnswers()
        for (criterion, mark) in zip(criteria, marks(level, criteria)) {
            answers.scores[criterion.id] = typesNumbers ? .number(Double(mark)) : .text(Self.choice(mark, criterion))
        }
        if random.chance(0.3) { answers.comment = random.pick(Self.leaderComments) }
        return answers
    }

    /// Marks for a row of criteria whose mean is as near `level` (on a 5-point scale) as whole
    /// marks allow, spread over the criteria the way people vary them (one item a point higher,
    /// another a point lower). Rounding each item on its own would add noise that swamps the
    /// differences between projects, and every judge would look out of line with the panel.
    private mutating func marks(_ level: Double, _ criteria: [Criterion]) -> [Int] {
        let n = criteria.count
        guard n > 0 else { return [] }
        let top = criteria.map(\.maxScore).min() ?? 5
        guard criteria.allSatisfy({ $0.maxScore == top }) else {
            // Mixed scales: each item on its own.
            return criteria.map { c in
                min(max(Int((level * Double(c.maxScore) / 5 + random.normal(sd: 0.25)).rounded()), 1), c.maxScore)
            }
        }
        let total = min(max(Int((level * Double(top) / 5 * Double(n)).rounded()), n), top * n)
        var marks = Array(repeating: total / n, count: n)
        let start = random.index(n)
        for i in 0..<(total % n) { marks[(start + i) % n] += 1 }
        if n > 1, random.chance(0.4) {
            let up = random.index(n), down = (up + 1 + random.index(n - 1)) % n
            if marks[up] < top && marks[down] > 1 {
                marks[up] += 1
                marks[down] -= 1
            }
        }
        return marks
    }

    /// The dropdown text of a mark (`4：よい`); the bare number when the scale has no such entry.
    static func choice(_ mark: Int, _ criterion: Criterion) -> String {
        criterion.scale.first { $0.hasPrefix("\(mark)：") || $0 == "\(mark)" } ?? String(mark)
    }

    /// `4` → `４`, as typed with the Japanese input method left on.
    static func fullWidth(_ text: String) -> String {
        String(
            String.UnicodeScalarView(
                text.unicodeScalars.map { s in
                    (0x30...0x39).contains(s.value) ? Unicode.Scalar(s.value + 0xFEE0)! : s
                }))
    }
}
