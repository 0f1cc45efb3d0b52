import Foundation
import Testing

@testable import DXCertForms
@testable import DXCertIngest
@testable import DXCertMessages
@testable import DXCertPipeline
@testable import DXCertReports
@testable import DXCertRules

/// The command's contract with a clerk: exit codes 0/1/2, Japanese usage errors, validation
/// before anything runs.
@Suite("Command line: exit codes and usage errors")
struct CommandLineTests {
    @Test("an unreadable --year is a usage error from validate(): exit 2, the subcommand's usage, nothing read")
    func badYear() throws {
        let output = FixturePaths.tempDirectory("cli").appendingPathComponent("output")
        defer { try? FileManager.default.removeItem(at: output.deletingLastPathComponent()) }
        let run = try CommandLine.dxcert(["run", "--year", "foo", "--input", ContainmentTests.scenario.path, "--output", output.path])
        #expect(run.status == 2)
        #expect(run.stderr.hasPrefix("使い方が正しくありません：年度「foo」が読み取れません"))
        #expect(run.stderr.contains("使い方: dxcert run"))
        #expect(run.stderr.contains("詳しくは「dxcert run --help」で表示します。"))
        #expect(!run.stderr.contains("Error:") && !run.stderr.contains("See '"))
        #expect(!FileManager.default.fileExists(atPath: output.path))
    }

    @Test("an unknown option is a usage error in Japanese: exit 2")
    func unknownOption() throws {
        let run = try CommandLine.dxcert(["check", "--bogus"])
        #expect(run.status == 2)
        #expect(run.stderr.hasPrefix("使い方が正しくありません：知らないオプションです：'--bogus'"))
    }

    @Test("every command shows an error the same way: エラー, the clerk's message, the detail line, exit 2")
    func errorsShownAlike() throws {
        let base = FixturePaths.tempDirectory("cli-errors")
        defer { try? FileManager.default.removeItem(at: base) }
        let missing = base.appendingPathComponent("ない.xlsx").path
        let inspect = try CommandLine.dxcert(["inspect", missing])
        #expect(inspect.status == 2)
        #expect(
            inspect.stderr == "エラー: 「\(missing)」を開けません（ファイルが見つかりません）。ファイルの場所と読み取り権限を確認してください。\n"
                + "（詳細: errno \(ENOENT): \(String(cString: strerror(ENOENT)))）\n")
        let input = base.appendingPathComponent("input").path
        let check = try CommandLine.dxcert(["check", "--input", input])
        #expect(check.status == 2)
        #expect(check.stderr == "エラー: 入力フォルダー「\(input)」がありません。\n")
        let sheets = try CommandLine.dxcert(["sheets", "--setup", missing, "--output", base.appendingPathComponent("out").path])
        #expect(sheets.status == 2)
        #expect(sheets.stderr == "エラー: 年度設定のファイル「\(missing)」が見つかりません\n")
        try Data("x".utf8).write(to: base.appendingPathComponent("file"))
        let templates = try CommandLine.dxcert(["templates", "--output", base.appendingPathComponent("file/templates").path])
        #expect(templates.status == 2)
        #expect(
            templates.stderr.hasPrefix("エラー: 「\(base.appendingPathComponent("file/templates").path)」を扱えませんでした：フォルダーを作成できません（"),
            "\(templates.stderr)")
    }

    @Test("exit 1 when the input has problems (reports written), 0 for --version")
    func exitCodes() throws {
        let base = FixturePaths.tempDirectory("cli")
        defer { try? FileManager.default.removeItem(at: base) }
        let mistakes = FixturePaths.url("scenarios/mistakes/input")
        let run = try CommandLine.dxcert(["run", "--input", mistakes.path, "--output", base.appendingPathComponent("output").path])
        #expect(run.status == 1)
        #expect(String(decoding: run.stdout, as: UTF8.self).contains("出力："))
        let version = try CommandLine.dxcert(["--version"])
        #expect(version.status == 0)
        #expect(String(decoding: version.stdout, as: UTF8.self).hasPrefix("dxcert "))
    }
}

/// One check for "inside the input folder", for reports and distributed sheets alike.
@Suite("Folder containment")
struct FolderContainmentTests {
    @Test("a folder not yet made under a symlinked input/ is inside it; a sibling is not")
    func symlinkedInput() throws {
        let base = FixturePaths.tempDirectory("containment-link")
        defer { try? FileManager.default.removeItem(at: base) }
        let real = base.appendingPathComponent("real")
        try FileManager.default.createDirectory(at: real, withIntermediateDirectories: true)
        let link = base.appendingPathComponent("input")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: real)
        let target = real.appendingPathComponent("new/配布用")
        #expect(FolderContainment.isInside(target, link))
        #expect(FolderContainment.isInside(link.appendingPathComponent("x"), real))
        #expect(!FolderContainment.isInside(base.appendingPathComponent("output"), link))
        #expect(!SheetGenerator.refusals([], root: target, forbiddenFolders: [link]).isEmpty)
        #expect(SheetGenerator.refusals([], root: base.appendingPathComponent("output"), forbiddenFolders: [link]).isEmpty)
    }
}

/// The `--json` document (docs/json.md).
@Suite("JSON export: numbers, version, sensitivity")
struct JSONExportTests {
    @Test("schemaVersion, numeric figures and bars with their texts, and the sensitivity table the sheet shows")
    func shape() throws {
        let result = try ReportFixture.result("basic_three_years")
        let json = try #require(try JSONSerialization.jsonObject(with: JSONExport.encode(result)) as? [String: Any])
        #expect(json["schemaVersion"] as? Int == JSONExport.schemaVersion)
        let decisions = try #require(json["decisions"] as? [[String: Any]])
        let checks = decisions.flatMap { ($0["outcomes"] as? [[String: Any]] ?? []).flatMap { $0["checks"] as? [[String: Any]] ?? [] } }
        let scored = try #require(checks.first { ($0["label"] as? String)?.hasPrefix("報告会評価") == true && !($0["figure"] is NSNull) })
        #expect(scored["figure"] is Double || scored["figure"] is Int)
        #expect((scored["barText"] as? String)?.hasSuffix("点以上") == true)
        let role = try #require(checks.first { $0["label"] as? String == "プロジェクトへの参加" })
        #expect(role["figure"] is NSNull && role["bar"] is NSNull)
        let sensitivity = try #require(json["sensitivity"] as? [[String: Any]])
        #expect(sensitivity.count == result.sensitivity.count && !sensitivity.isEmpty)
        let year = try #require(result.reportInput)
        #expect(result.sensitivity.map(\.bar) == Sensitivity.bars(year.settings))
        #expect(
            result.sensitivity
                == Sensitivity.table(
                    year: year.year, years: result.years, scores: result.scores,
                    ledger: result.certification.ledger, bars: Sensitivity.bars(year.settings)))
    }
}

@Suite("Non-regular files are refused by every command")
struct NonRegularFileTests {
    @Test("inspect and sheets --setup on a FIFO return at once with exit 2 and a Japanese message")
    func fifo() throws {
        let base = FixturePaths.tempDirectory("fifo")
        defer { try? FileManager.default.removeItem(at: base) }
        let fifo = base.appendingPathComponent("年度設定.xlsx")
        #expect(mkfifo(fifo.path, 0o644) == 0)
        let started = Date()
        let inspect = try CommandLine.dxcert(["inspect", fifo.path])
        let sheets = try CommandLine.dxcert(["sheets", "--setup", fifo.path, "--output", base.appendingPathComponent("out").path])
        #expect(Date().timeIntervalSince(started) < 30, "a FIFO must never be waited on")
        for run in [inspect, sheets] {
            #expect(run.status == 2)
            #expect(run.stderr.contains("通常のファイルではありません"), "\(run.stderr)")
        }
    }
}
