import DXCertMessages
import DXCertRules
import Foundation
import XLSXWriter

/// Writes the workbooks of a run into the output folder: `認定結果_<年度>.xlsx`
/// (`ResultWorkbook`), `認定台帳.xlsx` (`LedgerWorkbook`), `認定証_<年度>.xlsx`
/// (`CertificateWorkbook`) and `個人通知_<年度>.xlsx` (`NoticeWorkbook`).
///
/// Safety, in order:
/// 1. The output folder must not be (inside) the input folder, must not be a file, and must be
///    creatable and writable; otherwise `PipelineError.outputNotWritable` and nothing changes.
/// 2. Each workbook is built (its long sheets streamed to libxlsxwriter's temporary files) and
///    closed into a hidden temporary file in the output folder (the wrapper itself stages,
///    checks the ZIP and renames atomically). The workbooks are built at the same time, one per
///    core; which finishes first changes no byte of any file, and a failure is reported as a
///    sequential run would report it (the first failing workbook in the order above).
/// 3. Only when all are complete are they renamed over the previous reports, one `rename(2)`
///    each. Any failure before that removes the temporary files and leaves the previous
///    reports exactly as they were.
/// 4. All workbooks carry the same run identifier (`RunIdentifier`, custom property
///    `dxcert_run`). A kill between the renames leaves a new 認定結果 beside an old 認定台帳,
///    認定証 or 個人通知 (their identifiers differ); the next run rewrites them all. A kill before the renames
///    leaves hidden staging files (`.認定…<pid>….tmp`/`.partial`); the next run removes those
///    whose process is gone.
/// A `WriterError` becomes `PipelineError.reportFailed` with its Japanese message.
public enum ReportWriter {
    /// Writes the reports into `output` and returns their paths.
    ///
    /// `input` is the input folder: when given, an output folder inside it is refused, so that
    /// the batch never writes into `input/`.
    public static func write(_ result: RunResult, to output: URL, input: URL? = nil) throws -> [String] {
        let folder = try prepare(output, input: input)
        StagingFiles.removeStale(in: folder)
        var jobs = [Job(name: ResultWorkbook.fileName(result), build: ResultWorkbook.build)]
        if result.reportYear != nil {
            // Without a year nothing was decided: the previous ledger stays as it is.
            jobs.append(Job(name: OutputNames.ledger, build: LedgerWorkbook.build))
        }
        if let year = result.reportYear, result.reportInput != nil {
            jobs.append(Job(name: CertificateWorkbook.fileName(year), build: CertificateWorkbook.build))
        }
        if let year = result.reportYear {
            // A page per participant: by far the largest, so it is started first.
            jobs.append(Job(name: OutputNames.notices(year), build: NoticeWorkbook.build, startFirst: true))
        }
        let paths = try write(jobs, result: result, in: folder)
        if result.reportYear != nil {
            // A run that found a year replaces the "year unknown" notice of an earlier run.
            let stale = folder.appendingPathComponent(ResultWorkbook.unknownYearName)
            if FileManager.default.fileExists(atPath: stale.path) { try? FileManager.default.removeItem(at: stale) }
        }
        return paths
    }

    /// One workbook of a run: its file name and how it is built (in memory or streamed into
    /// libxlsxwriter's temporary files; the caller closes it).
    struct Job: Sendable {
        var name: String
        var build: @Sendable (RunResult, String) throws -> XLSXWorkbook
        /// Started before the others when the workbooks are built concurrently.
        var startFirst = false
    }

    /// Builds and closes every job's workbook into its staging file, then renames them all into
    /// place, and returns the final paths in job order.
    ///
    /// The workbooks are built at the same time, one per core (`concurrently`; a workbook is
    /// built and closed on one thread, and what one writes does not depend on another: see
    /// `XLSXWorkbook`). The outcome is the sequential one: when jobs fail, the error of the
    /// first failing job in job order is thrown (a job after a failed one is not started), and
    /// every staging file is removed before any report is replaced.
    static func write(_ jobs: [Job], result: RunResult, in folder: URL, concurrently: Bool = true) throws -> [String] {
        let runID = RunIdentifier.make(result)
        let outcomes = SliceResults<Result<Staged, any Error>>(count: jobs.count)
        let state = JobQueue(order: jobs.indices.filter { jobs[$0].startFirst } + jobs.indices.filter { !jobs[$0].startFirst })
        let work: @Sendable (Int) -> Void = { _ in
            guard let (i, needed) = state.next() else { return }
            guard needed else {
                outcomes.set(i, .failure(CancellationError()))
                return
            }
            let outcome = Result { try stage(jobs[i], result: result, runID: runID, in: folder) }
            if case .failure = outcome { state.failed(i) }
            outcomes.set(i, outcome)
        }
        if concurrently && jobs.count > 1 {
            DispatchQueue.concurrentPerform(iterations: jobs.count, execute: work)
        } else {
            for i in jobs.indices { work(i) }
        }
        let results = outcomes.values
        let staged = results.compactMap { try? $0.get().file }
        if ProcessInfo.processInfo.environment["DXCERT_TIMING"] != nil {
            // After the jobs: a line printed during another workbook's close would land in the
            // stderr it captures (XLSXWorkbook.close).
            for (job, outcome) in zip(jobs, results) {
                guard let s = try? outcome.get() else { continue }
                FileHandle.standardError.write(
                    Data(String(format: "[timing]   %@: build %.2fs, close %.2fs\n", job.name, s.building, s.closing).utf8))
            }
        }
        defer {
            // Only reached with files left on a failure: after the renames nothing is here.
            for temporary in staged where FileManager.default.fileExists(atPath: temporary.path) {
                try? FileManager.default.removeItem(at: temporary)
            }
        }
        // In job order: a job skipped after a failure comes after that failure.
        for outcome in results {
            if case .failure(let error) = outcome { throw error }
        }
        let finals = jobs.map { folder.appendingPathComponent($0.name) }
        for (temporary, final) in zip(staged, finals) {
            if rename(temporary.path, final.path) != 0 {
                let reason = ErrnoText.japanese(errno, .writing)
                throw PipelineError.outputNotWritable(path: final.path, reason: "ファイルを置き換えられません：\(reason)")
            }
        }
        return finals.map(\.path)
    }

    /// A job's staging file, and how long building and closing its workbook took.
    private struct Staged {
        var file: URL
        var building: TimeInterval
        var closing: TimeInterval
    }

    /// Builds one job's workbook and closes it into a new staging file, which it returns.
    /// On a failure nothing of the job is left in the folder.
    private static func stage(_ job: Job, result: RunResult, runID: String, in folder: URL) throws -> Staged {
        let start = Date()
        var built = start
        let final = folder.appendingPathComponent(job.name)
        let temporary = folder.appendingPathComponent(StagingFiles.name(for: job.name))
        try requireReplaceable(final)
        do {
            let workbook = try job.build(result, temporary.path)
            built = Date()
            do {
                try workbook.setCustomProperty(RunIdentifier.propertyName, .text(runID))
            } catch {
                workbook.discard()
                throw error
            }
            try workbook.close()
        } catch let error as WriterError {
            try? FileManager.default.removeItem(at: temporary)
            throw failure(error, final: final, temporary: temporary)
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw error
        }
        return Staged(file: temporary, building: built.timeIntervalSince(start), closing: Date().timeIntervalSince(built))
    }

    /// Which job a worker takes next, and which jobs no longer need to start: after the job
    /// at index `i` failed, no job after it matters (a sequential run would have stopped there).
    private final class JobQueue: @unchecked Sendable {
        private let lock = NSLock()
        /// Guarded by `lock`.
        private var order: [Int]
        private var taken = 0
        private var firstFailure = Int.max

        init(order: [Int]) { self.order = order }

        /// The next job index, and whether it still needs to run (not when a job before it in
        /// job order has failed); nil when every job was handed out.
        func next() -> (index: Int, needed: Bool)? {
            lock.withLock {
                guard taken < order.count else { return nil }
                let i = order[taken]
                taken += 1
                return (i, i < firstFailure)
            }
        }

        func failed(_ i: Int) {
            lock.withLock { firstFailure = min(firstFailure, i) }
        }
    }

    /// Refuses an output folder inside the input folder; called before anything is read, so
    /// that a previous ledger inside `input/` is never mistaken for a register either.
    public static func checkDestination(output: URL, input: URL) throws {
        if FolderContainment.isInside(output.standardizedFileURL, input) {
            throw PipelineError.outputNotWritable(
                path: output.standardizedFileURL.path,
                reason: "入力フォルダーの中には書き込みません。--output で入力フォルダーの外のフォルダーを指定してください")
        }
    }

    /// The output folder, created if needed, after checking that it may be written.
    static func prepare(_ output: URL, input: URL?) throws -> URL {
        let folder = output.standardizedFileURL
        let fm = FileManager.default
        if let input { try checkDestination(output: folder, input: input) }
        var isDirectory: ObjCBool = false
        if fm.fileExists(atPath: folder.path, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else {
                throw PipelineError.outputNotWritable(path: folder.path, reason: "同じ名前のファイルがあるため、フォルダーとして使えません")
            }
        } else {
            do {
                try fm.createDirectory(at: folder, withIntermediateDirectories: true)
            } catch {
                throw PipelineError.outputNotWritable(path: folder.path, reason: "フォルダーを作成できません：\(reason(error))")
            }
        }
        guard access(folder.path, W_OK | X_OK) == 0 else {
            throw PipelineError.outputNotWritable(path: folder.path, reason: "フォルダーに書き込む権限がありません")
        }
        return folder
    }

    /// A report can be replaced when nothing is there yet or a regular file is.
    private static func requireReplaceable(_ final: URL) throws {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: final.path, isDirectory: &isDirectory), isDirectory.boolValue {
            throw PipelineError.outputNotWritable(path: final.path, reason: "同じ名前のフォルダーがあるため、ファイルを置けません")
        }
    }

    /// A writer error as the command reports it: a folder problem as `outputNotWritable`,
    /// anything else as `reportFailed`, both with the wrapper's Japanese message.
    /// The message names the report, not the temporary file it was being written to.
    static func failure(_ error: WriterError, final: URL, temporary: URL) -> PipelineError {
        let message = error.clerkMessage.replacingOccurrences(of: temporary.path, with: final.path)
        switch error {
        case .library(_, .creatingFile, _, _), .fileSystem:
            return .outputNotWritable(path: final.deletingLastPathComponent().path, reason: message)
        default:
            return .reportFailed(path: final.path, reason: message, detail: error.technicalDetail)
        }
    }

    private static func reason(_ error: Error) -> String { ErrnoText.japanese(error, .writing) }
}
