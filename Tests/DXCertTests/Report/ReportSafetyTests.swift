import Foundation
import Testing
import XLSXWriter

@testable import DXCertForms
@testable import DXCertIngest
@testable import DXCertMessages
@testable import DXCertPipeline
@testable import DXCertReports
@testable import DXCertRules

/// Writing never destroys what is there: an output folder that cannot be written gives
/// `outputNotWritable` and leaves the previous reports intact, the input folder is never
/// written into, a failure before the final rename leaves no half-written file, and a writer
/// error reaches the command as a typed error with its Japanese message.
@Suite("Report writing: safety")
struct ReportSafetyTests {
    static let resultName = "認定結果_令和7年度.xlsx"

    func fixture() throws -> RunResult { try ReportFixture.result("basic_three_years") }

    @Test("output is a regular file: outputNotWritable, the file is untouched")
    func outputIsAFile() throws {
        let base = FixturePaths.tempDirectory("report-safety")
        defer { try? FileManager.default.removeItem(at: base) }
        let output = base.appendingPathComponent("output")
        try Data("not a folder".utf8).write(to: output)
        #expect {
            _ = try ReportWriter.write(try fixture(), to: output)
        } throws: { error in
            guard case .outputNotWritable(let path, let reason)? = error as? PipelineError else { return false }
            return path == output.path && reason.contains("ファイルがある")
        }
        #expect(try Data(contentsOf: output) == Data("not a folder".utf8))
        #expect(try FileManager.default.contentsOfDirectory(atPath: base.path) == ["output"])
    }

    @Test("output under a regular file cannot be created: outputNotWritable with the system's reason")
    func outputUnderAFile() throws {
        let base = FixturePaths.tempDirectory("report-safety")
        defer { try? FileManager.default.removeItem(at: base) }
        try Data("x".utf8).write(to: base.appendingPathComponent("file"))
        let output = base.appendingPathComponent("file/output")
        #expect {
            _ = try ReportWriter.write(try fixture(), to: output)
        } throws: { error in
            guard case .outputNotWritable(_, let reason)? = error as? PipelineError else { return false }
            return reason.hasPrefix("フォルダーを作成できません")
        }
    }

    @Test("a report that cannot be put in place fails the run before any previous report is replaced")
    func previousReportsStayIntact() throws {
        let base = FixturePaths.tempDirectory("report-safety")
        defer { try? FileManager.default.removeItem(at: base) }
        let output = base.appendingPathComponent("output")
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        // An earlier result file, and a folder where the ledger should go.
        let previous = Data("previous report".utf8)
        try previous.write(to: output.appendingPathComponent(Self.resultName))
        try FileManager.default.createDirectory(at: output.appendingPathComponent("認定台帳.xlsx"), withIntermediateDirectories: false)
        #expect {
            _ = try ReportWriter.write(try fixture(), to: output)
        } throws: { error in
            guard case .outputNotWritable(let path, _)? = error as? PipelineError else { return false }
            return path == output.appendingPathComponent("認定台帳.xlsx").path
        }
        #expect(try Data(contentsOf: output.appendingPathComponent(Self.resultName)) == previous)
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: output.path).sorted() == ["認定台帳.xlsx", Self.resultName].sorted(),
            "no temporary file left behind")
    }

    @Test("a read-only output folder: exit 2 naming the folder, the previous report unchanged (as an unprivileged user under root)")
    func readOnlyFolder() throws {
        let base = FixturePaths.tempDirectory("report-safety")
        chmod(base.path, 0o755)
        let input = base.appendingPathComponent("input")
        try FileManager.default.copyItem(at: ContainmentTests.scenario, to: input)
        let output = base.appendingPathComponent("output")
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        let previous = Data("previous report".utf8)
        try previous.write(to: output.appendingPathComponent(Self.resultName))
        try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: output.path)
        defer {
            try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: output.path)
            try? FileManager.default.removeItem(at: base)
        }
        // root may write anywhere: then the command runs as `nobody`, as a clerk would.
        let run = try CommandLine.dxcert(["run", "--input", input.path, "--output", output.path], dropPrivileges: getuid() == 0)
        #expect(run.status == 2)
        #expect(run.stderr.contains("書き込む権限がありません"), "\(run.stderr)")
        #expect(try Data(contentsOf: output.appendingPathComponent(Self.resultName)) == previous)
        #expect(try FileManager.default.contentsOfDirectory(atPath: output.path) == [Self.resultName])
    }

    @Test("an output folder inside the input folder (or the input folder itself) is refused, nothing is written")
    func neverWritesIntoInput() throws {
        let input = FixturePaths.tempDirectory("report-input")
        defer { try? FileManager.default.removeItem(at: input) }
        for output in [input.appendingPathComponent("output"), input, input.appendingPathComponent("a/../b/c")] {
            #expect {
                _ = try ReportWriter.write(try fixture(), to: output, input: input)
            } throws: { error in
                guard case .outputNotWritable(_, let reason)? = error as? PipelineError else { return false }
                return reason.contains("入力フォルダーの中には書き込みません")
            }
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: input.path).isEmpty)
        // A sibling whose name starts like the input folder is fine.
        let sibling = URL(fileURLWithPath: input.path + "-output")
        defer { try? FileManager.default.removeItem(at: sibling) }
        #expect(!FolderContainment.isInside(sibling, input))
        #expect(FolderContainment.isInside(input.appendingPathComponent("x/y"), input))
    }

    @Test("the input folder reached through a symbolic link is still the input folder")
    func symbolicLinkToInput() throws {
        let base = FixturePaths.tempDirectory("report-input")
        defer { try? FileManager.default.removeItem(at: base) }
        let input = base.appendingPathComponent("input")
        try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
        let link = base.appendingPathComponent("link")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: input)
        #expect(FolderContainment.isInside(link.appendingPathComponent("output"), input))
    }

    @Test("writer errors become typed pipeline errors with the Japanese message, naming the report, not the temporary file")
    func writerErrorMapping() {
        let final = URL(fileURLWithPath: "/out/認定結果_令和7年度.xlsx")
        let temporary = URL(fileURLWithPath: "/out/.認定結果_令和7年度.xlsx.X.tmp")
        let tooLong = WriterError.invalidArgument(field: .cellText, problem: .containsNUL, at: .init(path: temporary.path, sheet: "認定判定", cell: "N6"))
        let mapped = ReportWriter.failure(tooLong, final: final, temporary: temporary)
        guard case .reportFailed(let path, let reason, _) = mapped else {
            Issue.record("expected reportFailed, got \(mapped)")
            return
        }
        #expect(path == final.path)
        #expect(reason.contains(final.path) && !reason.contains(temporary.path))
        #expect(reason.contains("認定判定"))
        #expect(mapped.clerkMessage.contains("前回の出力はそのまま残っています"))

        let creating = WriterError.library(
            call: "workbook_close", failure: .creatingFile, detail: "Error creating output xlsx file.",
            at: .init(path: temporary.path))
        guard case .outputNotWritable(let folder, _) = ReportWriter.failure(creating, final: final, temporary: temporary) else {
            Issue.record("a file that cannot be created is an output-folder problem")
            return
        }
        #expect(folder == "/out")
    }

    @Test("no year setup: 認定結果_年度不明.xlsx explains why (サマリー, 入力ファイル, 入力チェック), no ledger is written")
    func noYear() throws {
        let base = FixturePaths.tempDirectory("report-noyear")
        defer { try? FileManager.default.removeItem(at: base) }
        let input = base.appendingPathComponent("input")
        try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
        let judgeSheet = ReportFixture.scenario("basic_three_years").appendingPathComponent("input/令和5年度/報告会/報告会評価_J01.xlsx")
        try FileManager.default.copyItem(at: judgeSheet, to: input.appendingPathComponent("J01.xlsx"))
        try Data("memo".utf8).write(to: input.appendingPathComponent("メモ.txt"))
        let output = base.appendingPathComponent("output")
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        let previousLedger = Data("previous ledger".utf8)
        try previousLedger.write(to: output.appendingPathComponent("認定台帳.xlsx"))

        let result = try Batch.compute(RunOptions(input: input, output: output, usePreviousLedger: false))
        #expect(result.reportYear == nil)
        let paths = try ReportWriter.write(result, to: output, input: input)
        #expect(paths == [output.appendingPathComponent("認定結果_年度不明.xlsx").path])
        #expect(try Data(contentsOf: output.appendingPathComponent("認定台帳.xlsx")) == previousLedger, "the ledger is left alone")

        let read = try ReadWorkbook(output.appendingPathComponent("認定結果_年度不明.xlsx"))
        #expect(read.sheetNames == ["サマリー", "入力ファイル", "入力チェック"])
        #expect(read.text("サマリー", "A2") == "年度設定が見つからないため、認定の判定は行っていません。")
        let files = read.table("入力ファイル", header: "No")
        #expect(files.map { $0["ファイル（入力フォルダーから）"]! } == ["J01.xlsx", "メモ.txt"])
        #expect(files.map { $0["状態"]! } == ["除外", "除外"])
        let problems = read.table("入力チェック", header: "No")
        #expect(problems.count == result.problems.count)
        #expect(problems.map { $0["ファイル"]! } == result.problems.map(\.location.file))

        // The next run with a setup replaces the notice.
        _ = try ReportWriter.write(try fixture(), to: output, input: input)
        #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent("認定結果_年度不明.xlsx").path))
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent(Self.resultName).path))
    }

    // MARK: Workbooks built at the same time

    /// A job that fails after `delay` seconds with a writer error, as a broken build would.
    static func failing(_ name: String, after delay: Double) -> ReportWriter.Job {
        ReportWriter.Job(name: name) { _, path in
            Thread.sleep(forTimeInterval: delay)
            throw WriterError.fileNotWritten(path: path)
        }
    }

    @Test("built concurrently or one after another, every report has the same bytes")
    func concurrentSameBytes() throws {
        let result = try fixture()
        let year = try #require(result.reportYear)
        let jobs = [
            ReportWriter.Job(name: ResultWorkbook.fileName(result), build: ResultWorkbook.build),
            ReportWriter.Job(name: OutputNames.ledger, build: LedgerWorkbook.build),
            ReportWriter.Job(name: CertificateWorkbook.fileName(year), build: CertificateWorkbook.build),
            ReportWriter.Job(name: OutputNames.notices(year), build: NoticeWorkbook.build, startFirst: true),
        ]
        let base = FixturePaths.tempDirectory("report-concurrent")
        defer { try? FileManager.default.removeItem(at: base) }
        var files: [[Data]] = []
        for concurrently in [true, false] {
            let folder = base.appendingPathComponent("\(concurrently)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let paths = try ReportWriter.write(jobs, result: result, in: folder, concurrently: concurrently)
            #expect(paths == jobs.map { folder.appendingPathComponent($0.name).path }, "paths in job order")
            #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == jobs.map(\.name).sorted())
            files.append(try paths.map { try Data(contentsOf: URL(fileURLWithPath: $0)) })
        }
        #expect(files[0] == files[1])
    }

    @Test("concurrent failures: the first failing report in job order is named, nothing is replaced, nothing is left")
    func concurrentFailure() throws {
        let result = try fixture()
        let base = FixturePaths.tempDirectory("report-concurrent")
        defer { try? FileManager.default.removeItem(at: base) }
        let previous = Data("previous report".utf8)
        for concurrently in [true, false] {
            let folder = base.appendingPathComponent("\(concurrently)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try previous.write(to: folder.appendingPathComponent(Self.resultName))
            // The second job fails last; the fourth, started first, fails at once; the others succeed.
            let jobs = [
                ReportWriter.Job(name: Self.resultName, build: ResultWorkbook.build),
                Self.failing("二番目.xlsx", after: 0.3),
                ReportWriter.Job(name: OutputNames.ledger, build: LedgerWorkbook.build),
                ReportWriter.Job(name: "四番目.xlsx", build: Self.failing("四番目.xlsx", after: 0).build, startFirst: true),
            ]
            #expect {
                _ = try ReportWriter.write(jobs, result: result, in: folder, concurrently: concurrently)
            } throws: { error in
                guard case .reportFailed(let path, _, _)? = error as? PipelineError else { return false }
                return path == folder.appendingPathComponent("二番目.xlsx").path
            }
            #expect(try Data(contentsOf: folder.appendingPathComponent(Self.resultName)) == previous)
            #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == [Self.resultName], "no staging file left")
        }
    }

    @Test("after a failed job, the jobs after it are not started (a sequential run stops there)")
    func laterJobsSkipped() throws {
        let result = try fixture()
        let folder = FixturePaths.tempDirectory("report-concurrent")
        defer { try? FileManager.default.removeItem(at: folder) }
        let started = SliceResults<Bool>(count: 3)
        for i in 0..<3 { started.set(i, false) }
        let jobs = (0..<3).map { i in
            ReportWriter.Job(name: "\(i).xlsx") { _, path in
                started.set(i, true)
                throw WriterError.fileNotWritten(path: path)
            }
        }
        #expect(throws: PipelineError.self) { _ = try ReportWriter.write(jobs, result: result, in: folder, concurrently: false) }
        #expect(started.values == [true, false, false])
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }
}
