import Foundation
import TestSupport
import Testing

/// The command as a clerk runs it, from outside: the built `dxcert` with arguments, its exit
/// code, what it prints, and the `--json` document's shape (docs/json.md). Nothing here links
/// the domain: these tests see only what a script calling dxcert would see.

/// The scenario folders of the domain's end-to-end tests, used here as real input.
enum Scenario {
    static func input(_ name: String) -> URL {
        BuiltCommand.packageRoot.appendingPathComponent("Tests/DXCertTests/Fixtures/scenarios/\(name)/input")
    }
}

/// A fresh scratch folder (removed by the caller).
enum Scratch {
    static func folder(_ label: String) -> URL {
        (try? ScratchFolder(label).url) ?? FileManager.default.temporaryDirectory.appendingPathComponent("\(label)-\(UUID().uuidString)")
    }
}

/// The command's contract with a clerk: exit codes 0/1/2, Japanese usage errors, validation
/// before anything runs.
@Suite("Command line: exit codes and usage errors")
struct CommandLineTests {
    @Test("an unreadable --year is a usage error from validate(): exit 2, the subcommand's usage, nothing read")
    func badYear() throws {
        let output = Scratch.folder("cli").appendingPathComponent("output")
        defer { try? FileManager.default.removeItem(at: output.deletingLastPathComponent()) }
        let run = try BuiltCommand.run(["run", "--year", "foo", "--input", Scenario.input("basic_three_years").path, "--output", output.path])
        #expect(run.status == 2)
        #expect(run.stderr.hasPrefix("使い方が正しくありません：年度「foo」が読み取れません"))
        #expect(run.stderr.contains("使い方: dxcert run"))
        #expect(run.stderr.contains("詳しくは「dxcert run --help」で表示します。"))
        #expect(!run.stderr.contains("Error:") && !run.stderr.contains("See '"))
        #expect(!FileManager.default.fileExists(atPath: output.path))
    }

    @Test("an unknown option is a usage error in Japanese: exit 2")
    func unknownOption() throws {
        let run = try BuiltCommand.run(["check", "--bogus"])
        #expect(run.status == 2)
        #expect(run.stderr.hasPrefix("使い方が正しくありません：知らないオプションです：'--bogus'"))
    }

    @Test("every command shows an error the same way: エラー, the clerk's message, the detail line, exit 2")
    func errorsShownAlike() throws {
        let base = Scratch.folder("cli-errors")
        defer { try? FileManager.default.removeItem(at: base) }
        let missing = base.appendingPathComponent("ない.xlsx").path
        let inspect = try BuiltCommand.run(["inspect", missing])
        #expect(inspect.status == 2)
        #expect(
            inspect.stderr == "エラー: 「\(missing)」を開けません（ファイルが見つかりません）。ファイルの場所と読み取り権限を確認してください。\n"
                + "（詳細: errno \(ENOENT): \(String(cString: strerror(ENOENT)))）\n")
        let input = base.appendingPathComponent("input").path
        let check = try BuiltCommand.run(["check", "--input", input])
        #expect(check.status == 2)
        #expect(check.stderr == "エラー: 入力フォルダー「\(input)」がありません。\n")
        let sheets = try BuiltCommand.run(["sheets", "--setup", missing, "--output", base.appendingPathComponent("out").path])
        #expect(sheets.status == 2)
        #expect(sheets.stderr == "エラー: 年度設定のファイル「\(missing)」が見つかりません\n")
        try Data("x".utf8).write(to: base.appendingPathComponent("file"))
        let templates = try BuiltCommand.run(["templates", "--output", base.appendingPathComponent("file/templates").path])
        #expect(templates.status == 2)
        #expect(
            templates.stderr.hasPrefix("エラー: 「\(base.appendingPathComponent("file/templates").path)」を扱えませんでした：フォルダーを作成できません（"),
            "\(templates.stderr)")
    }

    @Test("exit 1 when the input has problems (reports written), 0 for --version")
    func exitCodes() throws {
        let base = Scratch.folder("cli")
        defer { try? FileManager.default.removeItem(at: base) }
        let mistakes = Scenario.input("mistakes")
        let run = try BuiltCommand.run(["run", "--input", mistakes.path, "--output", base.appendingPathComponent("output").path])
        #expect(run.status == 1)
        #expect(String(decoding: run.stdout, as: UTF8.self).contains("出力："))
        let version = try BuiltCommand.run(["--version"])
        #expect(version.status == 0)
        #expect(String(decoding: version.stdout, as: UTF8.self).hasPrefix("dxcert "))
    }
}

@Suite("Help")
struct HelpTests {
    @Test("--help of the command and of every subcommand prints the usage and exits 0, never an error")
    func help() throws {
        for arguments in [["--help"], ["help"], ["run", "--help"], ["check", "-h"], ["help", "check"], ["templates", "--help"]] {
            let run = try BuiltCommand.run(arguments)
            let out = String(decoding: run.stdout, as: UTF8.self)
            #expect(run.status == 0, "\(arguments): \(run.stderr)")
            #expect(out.contains("USAGE: dxcert"), "\(arguments): \(out)")
            #expect(run.stderr.isEmpty, "\(arguments): \(run.stderr)")
        }
    }
}

@Suite("Non-regular files are refused by every command")
struct NonRegularFileTests {
    @Test("inspect and sheets --setup on a FIFO return at once with exit 2 and a Japanese message")
    func fifo() throws {
        let base = Scratch.folder("fifo")
        defer { try? FileManager.default.removeItem(at: base) }
        let fifo = base.appendingPathComponent("年度設定.xlsx")
        #expect(mkfifo(fifo.path, 0o644) == 0)
        let started = Date()
        let inspect = try BuiltCommand.run(["inspect", fifo.path])
        let sheets = try BuiltCommand.run(["sheets", "--setup", fifo.path, "--output", base.appendingPathComponent("out").path])
        #expect(Date().timeIntervalSince(started) < 30, "a FIFO must never be waited on")
        for run in [inspect, sheets] {
            #expect(run.status == 2)
            #expect(run.stderr.contains("通常のファイルではありません"), "\(run.stderr)")
        }
    }
}

/// The `--json` document as a script reads it: the keys docs/json.md promises, numbers as numbers.
@Suite("--json from the command")
struct JSONOutputTests {
    @Test("check --json: exit 1 on the scenario with mistakes, one JSON document on stdout, the summary on stderr")
    func shape() throws {
        let run = try BuiltCommand.run(["check", "--json", "--input", Scenario.input("mistakes").path])
        #expect(run.status == 1)
        let json = try #require(try JSONSerialization.jsonObject(with: run.stdout) as? [String: Any], "\(run.stderr)")
        #expect(json["schemaVersion"] is Int)
        let decisions = try #require(json["decisions"] as? [[String: Any]])
        #expect(!decisions.isEmpty)
        for d in decisions {
            #expect(d["staffID"] is String && d["year"] is Int)
            #expect(d["granted"] == nil || d["granted"] is String, "granted is left out when nothing was granted")
        }
        let checks = decisions.flatMap { ($0["outcomes"] as? [[String: Any]] ?? []).flatMap { $0["checks"] as? [[String: Any]] ?? [] } }
        let figures = checks.compactMap { $0["figure"] }.filter { !($0 is NSNull) }
        #expect(!figures.isEmpty && figures.allSatisfy { $0 is Double || $0 is Int })
        let projects = try #require(json["projects"] as? [[String: Any]])
        #expect(
            projects.allSatisfy {
                $0["projectID"] is String && $0["year"] is Int && ($0["score"] is Double || $0["score"] is Int || $0["score"] is NSNull)
            })
        let problems = try #require(json["problems"] as? [[String: Any]])
        #expect(problems.contains { $0["severity"] as? String == "エラー" && $0["file"] is String && $0["message"] is String })
        #expect(json["sensitivity"] is [[String: Any]])
        #expect(!run.stderr.isEmpty, "the summary goes to stderr when stdout carries JSON")
    }
}
