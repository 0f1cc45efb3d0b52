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
/// 2. Each workbook is built in memory and closed into a hidden temporary file in the output
///    folder (the wrapper itself stages, checks the ZIP and renames atomically).
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
        let runID = RunIdentifier.make(result)
        var jobs: [(name: String, build: (RunResult, String) throws -> XLSXWorkbook)] = [(ResultWorkbook.fileName(result), ResultWorkbook.build)]
        if result.reportYear != nil {
            // Without a year nothing was decided: the previous ledger stays as it is.
            jobs.append((OutputNames.ledger, LedgerWorkbook.build))
        }
        if let year = result.reportYear, result.reportInput != nil {
            jobs.append((CertificateWorkbook.fileName(year), CertificateWorkbook.build))
        }
        if let year = result.reportYear {
            jobs.append((OutputNames.notices(year), NoticeWorkbook.build))
        }

        var staged: [(temporary: URL, final: URL)] = []
        defer {
            for s in staged where FileManager.default.fileExists(atPath: s.temporary.path) {
                try? FileManager.default.removeItem(at: s.temporary)
            }
        }
        for job in jobs {
            let final = folder.appendingPathComponent(job.name)
            let temporary = folder.appendingPathComponent(StagingFiles.name(for: job.name))
            try requireReplaceable(final)
            do {
                let workbook = try job.build(result, temporary.path)
                staged.append((temporary, final))
                do {
                    try workbook.setCustomProperty(RunIdentifier.propertyName, .text(runID))
                } catch {
                    workbook.discard()
                    throw error
                }
                try workbook.close()
            } catch let error as WriterError {
                throw failure(error, final: final, temporary: temporary)
            }
        }
        for s in staged {
            if rename(s.temporary.path, s.final.path) != 0 {
                let reason = ErrnoText.japanese(errno, .writing)
                throw PipelineError.outputNotWritable(path: s.final.path, reason: "ファイルを置き換えられません：\(reason)")
            }
        }
        if result.reportYear != nil {
            // A run that found a year replaces the "year unknown" notice of an earlier run.
            let stale = folder.appendingPathComponent(ResultWorkbook.unknownYearName)
            if FileManager.default.fileExists(atPath: stale.path) { try? FileManager.default.removeItem(at: stale) }
        }
        return staged.map(\.final.path)
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
