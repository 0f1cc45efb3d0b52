import DXCertIngest
import DXCertReports
import DXCertRules
import Foundation
import OOXMLReader

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
        let validated = Validator.validate(consume ingested, diagnostics: diagnostics)
        clock.lap("validate")
        if found.isEmpty {
            diagnostics.report(
                .warning, SourceLocation(file: options.input.lastPathComponent + "/"),
                "入力フォルダーにファイルがありません", action: "返送されたシートと年度設定を入れてから実行してください")
        } else if validated.years.isEmpty {
            diagnostics.report(
                .error, SourceLocation(file: options.input.lastPathComponent + "/"),
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
            Certifier.KnownGrant(
                staffID: $0.staffID, name: $0.name, department: $0.department, tier: $0.tier, year: $0.year,
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
        var result = RunResult(
            files: validated.files, years: validated.years, scores: scores, certification: certification,
            reportYear: reportYear, problems: diagnostics.problems, hasInputProblems: diagnostics.hasInputProblems)
        // The year's figures for the reports and --json; `check` alone prints neither.
        if let reportYear, !options.readers.isEmpty, let input = validated.years.first(where: { $0.year == reportYear }) {
            result.sensitivity = Sensitivity.table(
                year: reportYear, years: validated.years, scores: scores,
                ledger: certification.ledger, bars: Sensitivity.bars(input.settings))
            clock.lap("sensitivity")
            result.trend = YearTrend.rows(years: validated.years, scores: scores, certification: certification, through: reportYear)
            clock.lap("trend")
            result.certificates = Certificate.numbered(year: reportYear, setup: input.setup, events: certification.events)
            if options.readers.contains(.reports) { result.breakdowns = ProjectBreakdown.all(input) }
            clock.lap("breakdowns")
        }
        return result
    }
}
