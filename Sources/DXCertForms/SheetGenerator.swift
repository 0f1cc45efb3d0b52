import DXCertIngest
import DXCertMessages
import DXCertRules
import Foundation
import OOXMLReader

/// Makes the distribution sheets of a year (`dxcert sheets`): one 報告会評価シート per judge,
/// one リーダー評価シート per evaluator per leader, under `<root>/<年度>/`.
///
/// Three steps, so that nothing is written when anything is wrong: `plan` names every file,
/// `refusals` checks the destination (never inside `input/`, never over a file dxcert did not
/// make or that someone has filled in), `write` writes them. `generate` runs all three.
public enum SheetGenerator {
    /// One file to write.
    public struct PlannedSheet: Sendable, Equatable {
        /// Whose sheet it is.
        public enum Target: Sendable, Equatable {
            /// A judge's 報告会評価シート.
            case meeting(Judge)
            /// An evaluator's リーダー評価シート for one leader.
            case leader(LeaderAssignment)
        }

        /// Whose sheet it is.
        public var target: Target
        /// Where it goes.
        public var url: URL
        /// The path below the output root, for messages: `令和6年度/報告会評価/R6_報告会評価_J01_山田太郎.xlsx`.
        public var relativePath: String

        /// The kind written into its identity.
        public var kind: WorkbookKind {
            switch target {
            case .meeting: return .meetingScore
            case .leader: return .leaderEvaluation
            }
        }
    }

    /// What `generate` did.
    public enum Outcome: Sendable, Equatable {
        /// Every planned file was written.
        case written([PlannedSheet])
        /// Nothing was written; each message says why (Japanese).
        case refused([String])
    }

    /// Folder names under `<root>/<年度>/`.
    public static let meetingFolder = "報告会評価"
    /// See `meetingFolder`.
    public static let leaderFolder = "リーダー評価"

    /// The year's folder under the output root: `令和6年度`.
    public static func yearFolder(_ setup: YearSetup) -> String {
        FileNaming.part(setup.year.label)
    }

    /// Every file the setup calls for, in a stable order: judges in setup order, then leader
    /// sheets by project and evaluator. Names that clash after cleaning get `_2`, `_3`….
    public static func plan(_ setup: YearSetup, root: URL) -> [PlannedSheet] {
        let year = yearFolder(setup)
        let short = setup.year.shortLabel
        var plans: [(PlannedSheet.Target, String, String)] = []
        for judge in setup.judges {
            plans.append(
                (
                    .meeting(judge), meetingFolder,
                    FileNaming.name([short, meetingFolder, judge.id.value, judge.name])
                ))
        }
        for a in LeaderAssignment.all(in: setup) {
            plans.append(
                (
                    .leader(a), leaderFolder,
                    FileNaming.name([short, leaderFolder, a.project.id.value, a.evaluatorID.value, a.evaluatorName])
                ))
        }
        var used = Set<String>()
        return plans.map { target, folder, name in
            var file = name
            var n = 2
            while !used.insert((folder + "/" + file).lowercased()).inserted {
                file = String(name.dropLast(5)) + "_\(n).xlsx"
                n += 1
            }
            let relative = "\(year)/\(folder)/\(file)"
            return PlannedSheet(target: target, url: root.appendingPathComponent(relative), relativePath: relative)
        }
    }

    /// Why the plan must not be written, as messages for the clerk; empty when it may.
    ///
    /// - `forbiddenFolders`: folders never written into (the batch's `input/`: a blank sheet
    ///   there would be read as a returned one).
    /// - An existing file is overwritten only when its identity says dxcert made it as the same
    ///   kind of sheet and nobody has entered anything in it yet.
    public static func refusals(_ plan: [PlannedSheet], root: URL, forbiddenFolders: [URL]) -> [String] {
        for folder in forbiddenFolders {
            if FolderContainment.isInside(root, folder) {
                return ["出力先「\(root.path)」は入力フォルダー「\(folder.path)」の中です。配布用シートは input フォルダーの外（例：output/配布用）に作成してください"]
            }
        }
        var messages: [String] = []
        for sheet in plan {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: sheet.url.path, isDirectory: &isDirectory) else { continue }
            if isDirectory.boolValue {
                messages.append("「\(sheet.relativePath)」という名前のフォルダーがあるため、シートを作成できません")
                continue
            }
            if let reason = overwriteRefusal(sheet) {
                messages.append("「\(sheet.relativePath)」\(reason)")
            }
        }
        return messages
    }

    /// Writes every planned sheet (folders are created). `answers` pre-fill input cells (tests
    /// and sample input); `created` overrides the workbooks' fixed time (default 1 April of the
    /// year). `progress` is called after each file with (done, total).
    /// - Throws: `TemplateError`; files written before the error stay.
    public static func write(
        _ plan: [PlannedSheet], setup: YearSetup, answers: SheetAnswers = SheetAnswers(),
        created: Date? = nil, progress: ((Int, Int) -> Void)? = nil
    ) throws {
        var folders = Set<URL>()
        for (index, sheet) in plan.enumerated() {
            let folder = sheet.url.deletingLastPathComponent()
            if folders.insert(folder).inserted {
                do {
                    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
                } catch {
                    throw TemplateError.fileSystem(path: folder.path, message: "フォルダーを作成できません（\(ErrnoText.japanese(error, .writing))）")
                }
            }
            switch sheet.target {
            case .meeting(let judge):
                try MeetingSheetTemplate.write(judge: judge, setup: setup, to: sheet.url, answers: answers.meeting[judge.id], created: created)
            case .leader(let assignment):
                try LeaderSheetTemplate.write(
                    assignment, setup: setup, to: sheet.url, answers: answers.leader[assignment.key],
                    created: created)
            }
            progress?(index + 1, plan.count)
        }
    }

    /// Plans, checks and writes: nothing is written when the destination is refused.
    public static func generate(
        _ setup: YearSetup, root: URL, forbiddenFolders: [URL], answers: SheetAnswers = SheetAnswers(),
        created: Date? = nil, progress: ((Int, Int) -> Void)? = nil
    ) throws -> Outcome {
        let sheets = plan(setup, root: root)
        let refused = refusals(sheets, root: root, forbiddenFolders: forbiddenFolders)
        guard refused.isEmpty else { return .refused(refused) }
        try write(sheets, setup: setup, answers: answers, created: created, progress: progress)
        return .written(sheets)
    }

    /// What `dxcert sheets` did: the setup's problems, and the outcome unless the setup had errors.
    public struct Run: Sendable {
        /// The setup and its problems.
        public var check: SetupCheck
        /// Nil when the setup had errors: nothing was written then.
        public var outcome: Outcome?
    }

    /// Everything `dxcert sheets` does: reads and checks the setup at `setupFile`, then (only
    /// when it has no errors) plans, checks the destination and writes.
    /// - Throws: `ReaderError` when the setup cannot be read at all, `TemplateError` when writing fails.
    public static func run(
        setupFile: URL, displayName: String? = nil, root: URL, forbiddenFolders: [URL],
        progress: ((Int, Int) -> Void)? = nil
    ) throws -> Run {
        let check = try SetupLoader.load(setupFile, displayName: displayName)
        guard let setup = check.setup, !check.hasErrors else { return Run(check: check, outcome: nil) }
        return Run(check: check, outcome: try generate(setup, root: root, forbiddenFolders: forbiddenFolders, progress: progress))
    }

    // MARK: - Overwriting

    /// Nil when `sheet.url` may be overwritten, else the reason (continuing「file」…).
    static func overwriteRefusal(_ sheet: PlannedSheet) -> String? {
        let workbook: Workbook
        let identity: Identity?
        do {
            workbook = try Workbook(url: sheet.url, displayName: sheet.relativePath)
            identity = try Identity.read(workbook)
        } catch {
            return "はdxcertが作成したシートとして読めないため、上書きしません。別の出力先を指定するか、ファイルを移動してください"
        }
        guard let identity, identity.kind == sheet.kind else {
            return "はdxcertが作成した\(sheet.kind.rawValue)シートではないため、上書きしません。別の出力先を指定するか、ファイルを移動してください"
        }
        do {
            if try hasEntries(workbook, identity: identity, kind: sheet.kind) {
                return "には評価が記入されているため、上書きしません（返送されたシートは input フォルダーへ移してください）"
            }
        } catch {
            return "の内容を確認できないため、上書きしません"
        }
        return nil
    }

    /// True when a score or comment has been entered in one of our sheets.
    private static func hasEntries(_ workbook: Workbook, identity: Identity, kind: WorkbookKind) throws -> Bool {
        switch kind {
        case .meetingScore:
            guard let sheet = try MeetingSheetParser.parse(workbook, file: "", identity: identity) else { return false }
            return sheet.rows.contains { !$0.isBlank || !$0.comment.isEmpty }
        case .leaderEvaluation:
            guard let sheet = try LeaderSheetParser.parse(workbook, file: "", identity: identity) else { return false }
            return sheet.scores.contains { $0.value != nil } || !sheet.comment.isEmpty
        default:
            return false
        }
    }
}
