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
        if options.usePreviousLedger {
            known += PreviousLedger.read(options.ledgerURL, diagnostics: diagnostics)
        }
        clock.lap("score")
        let certification = Certifier.certify(years: pairs, known: known, diagnostics: diagnostics)
        clock.lap("certify")

        var reportYear = validated.years.last?.year
        if let wanted = options.year {
            guard validated.years.contains(where: { $0.year == wanted }) else { throw PipelineError.yearNotFound(wanted) }
            reportYear = wanted
        }
        return RunResult(files: validated.files, years: validated.years, scores: scores, certification: certification,
                         reportYear: reportYear, problems: diagnostics.problems, hasInputProblems: diagnostics.hasInputProblems)
    }
}

/// Reads the grants of an earlier run from `output/認定台帳.xlsx` (its 認定履歴 sheet), so that a
/// rerun never revokes a certification.
enum PreviousLedger {
    static func read(_ url: URL, diagnostics: Diagnostics) -> [Certifier.KnownGrant] {
        guard FileManager.default.fileExists(atPath: url.path) else { return [] }
        let scratch = Diagnostics()
        do {
            let workbook = try Workbook(url: url, displayName: url.lastPathComponent)
            guard let rows = try PriorRegisterParser.parse(workbook, file: url.lastPathComponent, diagnostics: scratch) else {
                diagnostics.report(.warning, SourceLocation(file: url.lastPathComponent), "前回の認定台帳に認定履歴の表が見つかりません",
                                   action: "前回までの認定は引き継がずに判定します")
                return []
            }
            return rows.map {
                Certifier.KnownGrant(staffID: $0.staffID, name: $0.name, department: $0.department, tier: $0.tier, year: $0.year,
                                     source: .previousLedger)
            }
        } catch {
            let message = (error as? ReaderError)?.message ?? "\(error)"
            diagnostics.report(.warning, SourceLocation(file: url.lastPathComponent), "前回の認定台帳を読めません：\(message)",
                               action: "前回までの認定は引き継がずに判定します")
            return []
        }
    }
}

/// Phase timings on stderr when `DXCERT_TIMING` is set (used by the benchmark, silent otherwise).
public final class PhaseClock: @unchecked Sendable {
    private let enabled = ProcessInfo.processInfo.environment["DXCERT_TIMING"] != nil
    private var last = Date()

    public init() {}

    /// Prints the time since the previous lap.
    public func lap(_ name: String) {
        guard enabled else { return }
        let now = Date()
        FileHandle.standardError.write(Data(String(format: "[timing] %@: %.2fs\n", name, now.timeIntervalSince(last)).utf8))
        last = now
    }
}
