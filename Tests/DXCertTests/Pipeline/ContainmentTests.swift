import Foundation
import OOXMLReader
import TestSupport
import Testing
import XLSXWriter

@testable import DXCertForms
@testable import DXCertIngest
@testable import DXCertMessages
@testable import DXCertPipeline
@testable import DXCertReports
@testable import DXCertRules

/// One bad input never stops or silently changes the batch: unusual file names are read,
/// unreadable folders are named, an unusable previous ledger stops the run with a way out,
/// and the two reports of a run can be told apart as a pair.
@Suite("Containment: bad inputs are named, the run goes on")
struct ContainmentTests {
    static let scenario = FixturePaths.url("scenarios/basic_three_years/input")

    /// A copy of the scenario's input in a fresh folder (removed by the caller).
    func copyOfScenario() throws -> (base: URL, input: URL) {
        let base = FixturePaths.tempDirectory("containment")
        let input = base.appendingPathComponent("input")
        try FileManager.default.copyItem(at: Self.scenario, to: input)
        return (base, input)
    }

    @Test("a file whose name is Shift_JIS bytes is read from its bytes and shown lossily decoded")
    func shiftJISFileName() throws {
        let (base, input) = try copyOfScenario()
        defer { try? FileManager.default.removeItem(at: base) }
        let folder = input.appendingPathComponent("令和7年度/報告会評価")
        let original = folder.appendingPathComponent("報告会評価シート_J03.xlsx")
        // 「審査員3.xlsx」 in Shift_JIS, as unzip writes a name from a Windows zip.
        let sjis: [UInt8] = [0x90, 0x52, 0x8D, 0xB8, 0x88, 0xF5, 0x33] + Array(".xlsx".utf8)
        var target = Array(folder.path.utf8) + [0x2F] + sjis
        target.append(0)
        let renamed = original.path.withCString { from in
            target.withUnsafeBufferPointer { rename(from, UnsafeRawPointer($0.baseAddress!).assumingMemoryBound(to: CChar.self)) }
        }
        #expect(renamed == 0)

        let found = try InputScanner.scan(input)
        let entry = try #require(found.first { $0.0.hasUndecodableName })
        #expect(entry.1 == .workbook)
        #expect(entry.0.path.hasPrefix("令和7年度/報告会評価/"))
        #expect(entry.0.path.contains("\u{FFFD}"))
        #expect(entry.0.path.hasSuffix("3.xlsx"))

        let result = try Batch.compute(RunOptions(input: input, output: base.appendingPathComponent("output"), usePreviousLedger: false))
        let record = try #require(result.files.first { $0.path == entry.0.path })
        #expect(record.kind == .meetingScore)
        #expect(record.status != .excluded)
        // The judge still counts: the decisions are those of the untouched scenario.
        let reference = try ReportFixture.result("basic_three_years")
        #expect(result.certification.decisions.mapValues { $0.map(\.granted) } == reference.certification.decisions.mapValues { $0.map(\.granted) })
    }

    @Test("--input naming a file says it is a file, not that it does not exist")
    func inputIsAFile() throws {
        let base = FixturePaths.tempDirectory("containment")
        defer { try? FileManager.default.removeItem(at: base) }
        let file = base.appendingPathComponent("input.xlsx")
        try Data("x".utf8).write(to: file)
        #expect(throws: PipelineError.inputNotAFolder(file.path)) { try InputScanner.scan(file) }
        #expect(PipelineError.inputNotAFolder(file.path).clerkMessage.contains("ファイルです"))
    }

    @Test("a sub-folder that cannot be read is an error naming it, and the run goes on")
    func unreadableSubFolder() throws {
        let (base, input) = try copyOfScenario()
        defer {
            chmod(input.appendingPathComponent("令和7年度/メンバー評価").path, 0o755)
            try? FileManager.default.removeItem(at: base)
        }
        chmod(base.path, 0o755)
        #expect(chmod(input.appendingPathComponent("令和7年度/メンバー評価").path, 0o000) == 0)
        // root reads any folder: then the batch runs as an unprivileged user (as a clerk would).
        let output = base.appendingPathComponent("output")
        let run = try CommandLine.dxcert(["check", "--input", input.path, "--output", output.path, "--json"], dropPrivileges: getuid() == 0)
        #expect(run.status == 1)
        let json = try JSONSerialization.jsonObject(with: run.stdout) as? [String: Any]
        let problems = try #require(json?["problems"] as? [[String: Any]])
        let folderProblem = try #require(problems.first { ($0["file"] as? String) == "令和7年度/メンバー評価/" })
        #expect(folderProblem["severity"] as? String == "エラー")
        #expect((folderProblem["message"] as? String)?.contains("権限") == true)
        #expect((folderProblem["detail"] as? String)?.contains("errno") == true)
    }

    // MARK: previous ledger

    func ledgerRun(_ ledgerBytes: Data?, ignore: Bool = false) throws -> Result<RunResult, Error> {
        let base = FixturePaths.tempDirectory("containment")
        defer { try? FileManager.default.removeItem(at: base) }
        let output = base.appendingPathComponent("output")
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        if let ledgerBytes { try ledgerBytes.write(to: output.appendingPathComponent(OutputNames.ledger)) }
        return Result { try Batch.compute(RunOptions(input: Self.scenario, output: output, usePreviousLedger: !ignore)) }
    }

    @Test("a damaged previous ledger stops the run (exit 2) naming the file and the way out; --ignore-previous-ledger runs")
    func damagedLedger() throws {
        let garbage = Data("PK\u{03}\u{04} this is not a ledger".utf8)
        guard case .failure(let error) = try ledgerRun(garbage) else {
            Issue.record("a damaged ledger must stop the run")
            return
        }
        guard case .previousLedgerUnusable(let path, _, _)? = error as? PipelineError else {
            Issue.record("unexpected error \(error)")
            return
        }
        #expect(path.hasSuffix(OutputNames.ledger))
        let message = (error as! PipelineError).clerkMessage
        #expect(message.contains("--ignore-previous-ledger"))
        #expect(message.contains("バックアップ"))
        #expect(!message.contains("送ってもらって"))
        guard case .success = try ledgerRun(garbage, ignore: true) else {
            Issue.record("--ignore-previous-ledger must run")
            return
        }
    }

    @Test("a previous ledger without its 認定履歴 table, or with a row that cannot be read, stops the run")
    func ledgerWithoutTableOrWithBadRow() throws {
        // Any workbook that is not a ledger: a judge's sheet.
        let notALedger = try Data(contentsOf: Self.scenario.appendingPathComponent("令和7年度/報告会評価/報告会評価シート_J01.xlsx"))
        guard case .failure(let error) = try ledgerRun(notALedger),
            case .previousLedgerUnusable(_, let reason, _)? = error as? PipelineError
        else {
            Issue.record("a workbook without 認定履歴 must stop the run")
            return
        }
        #expect(reason.contains("認定履歴"))

        // A ledger whose 認定履歴 has a year that cannot be read.
        let scratch = FixturePaths.tempDirectory("containment-ledger")
        defer { try? FileManager.default.removeItem(at: scratch) }
        let path = scratch.appendingPathComponent("ledger.xlsx").path
        let workbook = try XLSXWorkbook(path: path)
        let sheet = try workbook.addWorksheet(name: "認定履歴")
        typealias L = FormLayout.PriorRegister
        try sheet.writeRow(
            [.text(L.staffIDHeader), .text(L.nameHeader), .text(L.tierHeader), .text(L.yearHeader)], at: CellAddress(row: 0, column: 0))
        try sheet.writeRow([.text("10001"), .text("山田 一郎"), .text("アドバイザー"), .text("令和五十年度X")], at: CellAddress(row: 1, column: 0))
        try workbook.close()
        guard case .failure(let badRow) = try ledgerRun(try Data(contentsOf: URL(fileURLWithPath: path))),
            case .previousLedgerUnusable(_, let rowReason, _)? = badRow as? PipelineError
        else {
            Issue.record("an unreadable ledger row must stop the run")
            return
        }
        #expect(rowReason.contains("セル D2"))
    }

    @Test("a previous ledger that is a FIFO is refused at once, never waited on")
    func ledgerFIFO() throws {
        let base = FixturePaths.tempDirectory("containment")
        defer { try? FileManager.default.removeItem(at: base) }
        let output = base.appendingPathComponent("output")
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        #expect(mkfifo(output.appendingPathComponent(OutputNames.ledger).path, 0o644) == 0)
        #expect(throws: PipelineError.self) {
            try Batch.compute(RunOptions(input: Self.scenario, output: output))
        }
    }

    // MARK: outputs as a pair

    @Test("all reports of a run carry the same run identifier; another input gives another one")
    func runIdentifierPairs() throws {
        let written = try ReportFixture.written("basic_three_years")
        defer { try? FileManager.default.removeItem(at: written.output.deletingLastPathComponent()) }
        let ids = try written.paths.map { path -> String in
            let workbook = try Workbook(url: URL(fileURLWithPath: path))
            return try #require(workbook.properties.custom[RunIdentifier.propertyName].map { "\($0)" })
        }
        #expect(ids.count == 4)  // 認定結果, 認定台帳, 認定証, 個人通知
        #expect(Set(ids).count == 1)
        let other = try ReportFixture.result("settings_variants")
        #expect(RunIdentifier.make(other) != RunIdentifier.make(written.result))
        #expect(RunIdentifier.make(written.result) == RunIdentifier.make(try ReportFixture.result("basic_three_years")))
    }

    @Test("staging files of killed runs are removed at the next run; a live run's and other files are kept")
    func staleStagingRemoved() throws {
        let written = try ReportFixture.written("basic_three_years")
        let output = written.output
        defer { try? FileManager.default.removeItem(at: output.deletingLastPathComponent()) }
        // A process that has ended: its pid is free.
        let gone = Process()
        gone.executableURL = URL(fileURLWithPath: "/bin/true")
        try gone.run()
        gone.waitUntilExit()
        let deadPID = gone.processIdentifier
        let uuid = UUID().uuidString
        let stale = [
            ".認定台帳.xlsx.\(deadPID).\(uuid).tmp",
            "..認定結果_令和7年度.xlsx.\(deadPID).\(uuid).tmp.\(UUID().uuidString).partial",
        ]
        let kept = [
            ".認定台帳.xlsx.1.\(uuid).tmp",  // pid 1 is always running
            ".keep", "メモ.txt", ".認定台帳.xlsx.tmp",
        ]
        for name in stale + kept { try Data("x".utf8).write(to: output.appendingPathComponent(name)) }
        _ = try ReportWriter.write(written.result, to: output)
        let left = Set(try FileManager.default.contentsOfDirectory(atPath: output.path))
        for name in stale { #expect(!left.contains(name), "\(name) should be removed") }
        for name in kept { #expect(left.contains(name), "\(name) should be kept") }
        #expect(StagingFiles.ownerProcess(StagingFiles.name(for: OutputNames.ledger)) == getpid())
    }

    /// A 40 KiB tmpfs stands for a full disk; mounting needs root (CI runs as root).
    static let canMountTmpfs: Bool = {
        guard getuid() == 0 else { return false }
        let probe = FixturePaths.tempDirectory("tmpfs-probe")
        defer { try? FileManager.default.removeItem(at: probe) }
        guard run("/bin/mount", ["-t", "tmpfs", "-o", "size=40k", "tmpfs", probe.path]) == 0 else { return false }
        _ = run("/bin/umount", [probe.path])
        return true
    }()

    static func run(_ tool: String, _ arguments: [String]) -> Int32 {
        (try? ProcessRunner.run(tool, arguments, timeout: 60))?.status ?? -1
    }

    @Test(
        "a full disk: exit 2 with a Japanese message, libxlsxwriter's lines only in the detail, the previous reports kept",
        .enabled(if: canMountTmpfs, "needs root to mount a small tmpfs"))
    func fullDisk() throws {
        let base = FixturePaths.tempDirectory("full-disk")
        defer { try? FileManager.default.removeItem(at: base) }
        let disk = base.appendingPathComponent("disk")
        try FileManager.default.createDirectory(at: disk, withIntermediateDirectories: true)
        #expect(Self.run("/bin/mount", ["-t", "tmpfs", "-o", "size=40k", "tmpfs", disk.path]) == 0)
        defer { _ = Self.run("/bin/umount", [disk.path]) }
        let output = disk.appendingPathComponent("output")
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        let previous = Data("previous report".utf8)
        try previous.write(to: output.appendingPathComponent("認定結果_令和7年度.xlsx"))
        let run = try CommandLine.dxcert(["run", "--input", Self.scenario.path, "--output", output.path, "--ignore-previous-ledger"])
        #expect(run.status == 2)
        let lines = run.stderr.split(separator: "\n").map(String.init)
        let message = try #require(lines.first { $0.hasPrefix("エラー:") })
        #expect(message.contains("空き容量"))
        #expect(!message.contains("ERROR") && !message.contains("No space"))
        #expect(lines.contains { $0.hasPrefix("（詳細:") && $0.contains("No space left on device") })
        #expect(!lines.contains { $0.hasPrefix("[ERROR]") }, "libxlsxwriter printed: \(run.stderr)")
        #expect(try Data(contentsOf: output.appendingPathComponent("認定結果_令和7年度.xlsx")) == previous)
        #expect(try FileManager.default.contentsOfDirectory(atPath: output.path).sorted() == ["認定結果_令和7年度.xlsx"])
    }

    @Test("the 入力チェック rows and --json carry the technical detail apart from the Japanese message")
    func detailColumn() throws {
        var problem = Problem(.error, SourceLocation(file: "a.xlsx"), "壊れています", action: "取り込みません")
        problem.detail = "xmlParseChunk: premature end of data"
        let table = ProblemsSheet.table([problem])
        let header = table.columns.map(\.header)
        #expect(header.last == "詳細")
        let json =
            try JSONSerialization.jsonObject(
                with: JSONExport.encode(
                    RunResult(
                        files: [], years: [], scores: [:], certification: CertificationResult(decisions: [:], ledger: [], events: []),
                        reportYear: nil, problems: [problem], hasInputProblems: true))) as? [String: Any]
        let problems = try #require(json?["problems"] as? [[String: Any]])
        #expect(problems.first?["detail"] as? String == "xmlParseChunk: premature end of data")
        #expect(problems.first?["message"] as? String == "壊れています")
    }
}

/// Runs the built `dxcert` executable (the shared `BuiltCommand`).
enum CommandLine {
    typealias Output = ProcessRunner.Output

    static func dxcert(_ arguments: [String], dropPrivileges: Bool = false) throws -> Output {
        try BuiltCommand.run(arguments, dropPrivileges: dropPrivileges)
    }
}
