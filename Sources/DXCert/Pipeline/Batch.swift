import Foundation
import OOXMLReader

/// Options of a batch run.
public struct RunOptions: Sendable {
    public var input: URL
    public var output: URL
    /// The year to report on (default: the latest year with a setup).
    public var year: FiscalYear?
    /// Keep grants recorded in `output/認定台帳.xlsx` from earlier runs (never revoke).
    public var usePreviousLedger: Bool
    public var limits: ArchiveLimits

    public init(input: URL, output: URL, year: FiscalYear? = nil, usePreviousLedger: Bool = true, limits: ArchiveLimits = .standard) {
        self.input = input
        self.output = output
        self.year = year
        self.usePreviousLedger = usePreviousLedger
        self.limits = limits
    }

    /// The ledger file in the output folder.
    public var ledgerURL: URL { output.appendingPathComponent(OutputNames.ledger) }
}

/// Output file names.
public enum OutputNames {
    public static let ledger = "認定台帳.xlsx"

    /// `認定結果_令和6年度.xlsx`.
    public static func result(_ year: FiscalYear) -> String { "認定結果_\(year.label).xlsx" }
}

/// Everything a run computed, before reports are written.
public struct RunResult: Sendable {
    public var files: [FileRecord]
    public var years: [YearInput]
    public var scores: [FiscalYear: YearScores]
    public var certification: CertificationResult
    /// The year reported on.
    public var reportYear: FiscalYear?
    public var problems: [Problem]
    /// True when any problem at warning level or above was found (exit code 1).
    public var hasInputProblems: Bool
    /// The しきい値感度 table of the report year (empty without one).
    public var sensitivity: [Sensitivity.Row] = []

    /// The input of the reported year.
    public var reportInput: YearInput? { years.first { $0.year == reportYear } }
}

/// The pipeline: read → classify → normalize → validate → score → certify (reports are written
/// by `ReportWriter` from the result). Input files are only ever read.
public enum Batch {
    /// Runs everything but the reports. `progress(done, total)` is called as files are read.
    public static func compute(_ options: RunOptions, progress: (@Sendable (Int, Int) -> Void)? = nil) throws -> RunResult {
        let diagnostics = Diagnostics()
        let clock = PhaseClock()
        let found = try InputScanner.scan(options.input)
        // Before the long read: an unusable previous ledger stops the run at once.
        let previous = options.usePreviousLedger ? try PreviousLedger.read(options.ledgerURL) : []
        clock.lap("scan")
        let total = found.count
        let ingested = Ingestor.ingest(found, diagnostics: diagnostics, limits: options.limits) { done in progress?(done, total) }
        clock.lap("read+classify+parse")
        let validated = Validator.validate(ingested, diagnostics: diagnostics)
        clock.lap("validate")
        if found.isEmpty {
            diagnostics.report(.warning, SourceLocation(file: options.input.lastPathComponent + "/"),
                               "入力フォルダーにファイルがありません", action: "返送されたシートと年度設定を入れてから実行してください")
        } else if validated.years.isEmpty {
            diagnostics.report(.error, SourceLocation(file: options.input.lastPathComponent + "/"),
                               "年度設定のファイルが見つからないため、認定の判定ができません",
                               action: "その年度の年度設定.xlsx を入力フォルダーに入れてください")
        }

        var scores: [FiscalYear: YearScores] = [:]
        var pairs: [(YearInput, YearScores)] = []
        for input in validated.years {
            let s = Scorer.score(input)
            scores[input.year] = s
            pairs.append((input, s))
        }

        var known = validated.priors.map {
            Certifier.KnownGrant(staffID: $0.staffID, name: $0.name, department: $0.department, tier: $0.tier, year: $0.year,
                                 source: .register)
        }
        known += previous
        clock.lap("score")
        let certification = Certifier.certify(years: pairs, known: known, diagnostics: diagnostics)
        clock.lap("certify")

        var reportYear = validated.years.last?.year
        if let wanted = options.year {
            guard validated.years.contains(where: { $0.year == wanted }) else { throw PipelineError.yearNotFound(wanted) }
            reportYear = wanted
        }
        var result = RunResult(files: validated.files, years: validated.years, scores: scores, certification: certification,
                               reportYear: reportYear, problems: diagnostics.problems, hasInputProblems: diagnostics.hasInputProblems)
        if let reportYear, let input = validated.years.first(where: { $0.year == reportYear }) {
            result.sensitivity = Sensitivity.table(year: reportYear, years: validated.years, scores: scores,
                                                   ledger: certification.ledger, bars: Sensitivity.bars(input.settings))
            clock.lap("sensitivity")
        }
        return result
    }
}

/// Reads the grants of an earlier run from `output/認定台帳.xlsx` (its 認定履歴 sheet), so that a
/// rerun never revokes a certification.
///
/// A ledger that is there but cannot be used (damaged, not a regular file, no 認定履歴 table, a
/// row that cannot be read) stops the run with `PipelineError.previousLedgerUnusable`: going on
/// would drop earlier grants without a word. The clerk restores the file or reruns with
/// `--ignore-previous-ledger`.
enum PreviousLedger {
    static func read(_ url: URL) throws -> [Certifier.KnownGrant] {
        var st = stat()
        let shown = url.path
        guard stat(url.path, &st) == 0 else {
            let code = errno
            if code == ENOENT { return [] }  // first run: nothing to carry over
            throw PipelineError.previousLedgerUnusable(path: shown, reason: "ファイルを開けません：\(ErrnoText.japanese(code, .reading))",
                                                       detail: ErrnoText.technical(code))
        }
        guard (st.st_mode & S_IFMT) == S_IFREG else {
            throw PipelineError.previousLedgerUnusable(path: shown, reason: "通常のファイルではありません（フォルダー・名前付きパイプなど）", detail: nil)
        }
        let scratch = Diagnostics()
        let rows: [PriorCertification]?
        do {
            let workbook = try Workbook(url: url, displayName: url.lastPathComponent)
            rows = try PriorRegisterParser.parse(workbook, file: url.lastPathComponent, diagnostics: scratch)
        } catch let error as ReaderError {
            throw PipelineError.previousLedgerUnusable(path: shown, reason: ledgerReason(error), detail: error.technicalDetail)
        } catch {
            throw PipelineError.previousLedgerUnusable(path: shown, reason: "読み取り中に予期しないエラーが起きました",
                                                       detail: String(describing: error))
        }
        guard let rows else {
            throw PipelineError.previousLedgerUnusable(path: shown, reason: "認定履歴の表（職員番号・認定区分・認定年度の見出し）がありません",
                                                       detail: nil)
        }
        let bad = scratch.problems.filter { $0.severity >= .warning }
        if let first = bad.first {
            let more = bad.count > 1 ? "ほか\(bad.count - 1)件" : ""
            throw PipelineError.previousLedgerUnusable(path: shown, reason: "\(first.location)：\(first.message)\(more)", detail: first.detail)
        }
        return rows.map {
            Certifier.KnownGrant(staffID: $0.staffID, name: $0.name, department: $0.department, tier: $0.tier, year: $0.year,
                                 source: .previousLedger)
        }
    }

    /// Why a ledger could not be opened, in words that fit a file the tool wrote itself (not
    /// "ask the sender again", which the reader says of returned sheets).
    private static func ledgerReason(_ error: ReaderError) -> String {
        switch error {
        case let .unreadableFile(_, code, operation, _):
            return "ファイルを開けません：\(ReaderError.unreadableReason(code: code, operation: operation))"
        case .emptyFile: return "空のファイル（0バイト）です"
        case .passwordProtected: return "パスワードが付けられています"
        case .legacyBinaryWorkbook, .notXLSX: return "Excelブック（.xlsx）ではありません"
        default: return "ファイルが壊れています"
        }
    }
}

/// Phase timings on stderr when `DXCERT_TIMING` is set (used by the benchmark, silent otherwise).
public final class PhaseClock: @unchecked Sendable {
    private let enabled = ProcessInfo.processInfo.environment["DXCERT_TIMING"] != nil
    /// Guarded by `lock`: laps may come from any thread.
    private var last = Date()
    private let lock = NSLock()

    public init() {}

    /// Prints the time since the previous lap.
    public func lap(_ name: String) {
        guard enabled else { return }
        let elapsed: TimeInterval = lock.withLock {
            let now = Date()
            defer { last = now }
            return now.timeIntervalSince(last)
        }
        FileHandle.standardError.write(Data(String(format: "[timing] %@: %.2fs\n", name, elapsed).utf8))
    }
}
