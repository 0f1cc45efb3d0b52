import DXCertForms
import DXCertPipeline
import DXCertReports
import DXCertRules
import Foundation

/// Writes the whole sample into a folder, the way a clerk files what came back:
///
///     既認定者名簿.xlsx
///     令和5年度/年度設定_R5.xlsx
///     令和5年度/報告会/R5_報告会評価_J01_大森正和.xlsx …        (one per judge who sent it back)
///     令和5年度/メンバー評価/R5_リーダー評価_P01_10542_佐藤健太.xlsx …
///     令和6年度/…, 令和7年度/… (and the slips of 令和7年度)
///
/// Every workbook is written by dxcert's own templates (`YearSetupTemplate`,
/// `PriorRegisterTemplate`, `MeetingSheetTemplate`, `LeaderSheetTemplate`) with fixed creation
/// times, so two runs give the same bytes — except the one sheet re-saved by LibreOffice.
struct SampleWriter {
    static let meetingFolder = "報告会"
    static let leaderFolder = "メンバー評価"

    let story: SampleStory
    /// Where the sample is written (a fresh staging folder).
    let root: URL
    /// The folder being replaced, for the committed LibreOffice file when LibreOffice is missing.
    let previous: URL
    /// Things the person running the generator should know (LibreOffice missing…).
    private(set) var notes: [String] = []

    init(story: SampleStory, root: URL, previous: URL) {
        self.story = story
        self.root = root
        self.previous = previous
    }

    mutating func writeAll() throws {
        try PriorRegisterTemplate.write(
            story.prior, organisation: SampleStory.organisation,
            to: root.appendingPathComponent("既認定者名簿.xlsx"), created: Self.date(story.priorCreated))
        var names = SampleNames(seed: SampleStory.seed &+ 1, reserved: story.everyone)
        for year in story.years {
            try write(year, names: &names)
        }
    }

    // MARK: - One year

    private mutating func write(_ year: YearStory, names: inout SampleNames) throws {
        let setup = year.setup(organisation: SampleStory.organisation)
        let folder = root.appendingPathComponent(SheetGenerator.yearFolder(setup))
        try makeFolder(folder.appendingPathComponent(Self.meetingFolder))
        try makeFolder(folder.appendingPathComponent(Self.leaderFolder))
        try YearSetupTemplate.write(setup, to: folder.appendingPathComponent("年度設定_\(setup.year.shortLabel).xlsx"))

        let meeting = Self.date(year.meeting)
        let returned = Self.date(year.evaluationsReturned)
        var meetingMarks = SampleAnswers(seed: SampleStory.seed, stream: "\(setup.year.shortLabel) 報告会")
        var leaderMarks = SampleAnswers(seed: SampleStory.seed, stream: "\(setup.year.shortLabel) メンバー評価")
        let teams = Dictionary(uniqueKeysWithValues: year.teams.map { ($0.id, $0) })

        // The file names `dxcert sheets` gives the distributed sheets: judges send them back as they are.
        for sheet in SheetGenerator.plan(setup, root: folder) {
            let name = sheet.url.lastPathComponent
            switch sheet.target {
            case .meeting(let judge):
                // Marks are drawn for every judge, returned or not, so that one slip does not
                // change everybody else's marks.
                var answers = meetingMarks.report(judge: judge, setup: setup, teams: year.teams)
                var returnedSheet = true
                var typedOverOwnRows = false
                for slip in year.slips {
                    switch slip {
                    case .notReturned(let who) where who == judge.name:
                        returnedSheet = false
                    case .scoredOwnTeam(let who) where who == judge.name:
                        answers.scores.merge(meetingMarks.ownTeam(judge: judge, setup: setup)) { a, _ in a }
                        typedOverOwnRows = true
                    case .fullWidthDigits(let who, let project, let criterion, let text) where who == judge.name:
                        answers.scores = answers.scores.mapValues { $0.mapValues(Self.typedFullWidth) }
                        answers.scores[project, default: [:]][criterion] = .text(text)
                    case .blankCriterion(let who, let project, let criterion) where who == judge.name:
                        answers.scores[project]?[criterion] = nil
                    default:
                        break
                    }
                }
                guard returnedSheet else { continue }
                let url = folder.appendingPathComponent(Self.meetingFolder).appendingPathComponent(name)
                let overwrite = TypedOverOwnRow(answers: answers)
                let ownTeamRow: ((MeetingSheetTemplate.OwnTeamRow) throws -> Void)? = typedOverOwnRows ? { try overwrite.write($0) } : nil
                try MeetingSheetTemplate.write(
                    judge: judge, setup: setup, to: url, answers: answers, created: meeting,
                    ownTeamRow: ownTeamRow)
                try afterWriting(url, judge: judge, year: year)
            case .leader(let assignment):
                guard let team = teams[assignment.project.id] else { continue }
                let answers = leaderMarks.leader(setup: setup, team: team)
                let url = folder.appendingPathComponent(Self.leaderFolder).appendingPathComponent(name)
                try LeaderSheetTemplate.write(assignment, setup: setup, to: url, answers: answers, created: returned)
            }
        }
        for case .unrelatedWorkbook(let name) in year.slips {
            try AttendanceList.write(
                to: folder.appendingPathComponent(name), names: &names, year: setup.year.year,
                created: Self.date(DateComponents(year: setup.year.year, month: 11, day: 5, hour: 9)))
        }
    }

    /// The slips that happen to a file once written: sent twice, re-saved by LibreOffice.
    private mutating func afterWriting(_ url: URL, judge: Judge, year: YearStory) throws {
        for slip in year.slips {
            switch slip {
            case .identicalResend(let who) where who == judge.name:
                // The same attachment saved a second time from the mail: `… (1).xlsx`.
                let copy = url.deletingLastPathComponent()
                    .appendingPathComponent(url.deletingPathExtension().lastPathComponent + " (1).xlsx")
                try FileManager.default.copyItem(at: url, to: copy)
            case .libreOfficeResave(let who) where who == judge.name:
                if let note = LibreOffice.resave(url, relativePath: relative(url), previous: previous) { notes.append(note) }
            default:
                break
            }
        }
    }

    // MARK: - Helpers

    /// `４` for `4：よい` or 4: the judge typed the digit with the Japanese input method on.
    private static func typedFullWidth(_ value: AnswerValue) -> AnswerValue {
        switch value {
        case .number(let n): return .text(SampleAnswers.fullWidth(String(Int(n))))
        case .text(let t): return .text(SampleAnswers.fullWidth(String(t.prefix { $0.isASCII && $0.isNumber })))
        }
    }

    private func relative(_ url: URL) -> String {
        String(url.standardizedFileURL.path.dropFirst(root.standardizedFileURL.path.count + 1))
    }

    private func makeFolder(_ url: URL) throws {
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    /// A day and hour in Japan (the city's time zone), as a `Date`.
    static func date(_ c: DateComponents) -> Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Asia/Tokyo")!
        return calendar.date(from: c)!
    }
}
