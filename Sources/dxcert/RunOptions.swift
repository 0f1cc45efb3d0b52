import ArgumentParser
import DXCertForms
import DXCertPipeline
import DXCertReports
import DXCertRules
import Foundation

/// Options shared by `run` and `check`.
struct BatchOptions: ParsableArguments {
    @Option(name: .long, help: "入力フォルダー（既定: input）")
    var input: String = "input"

    @Option(name: .long, help: "出力フォルダー（既定: output）")
    var output: String = "output"

    @Option(name: .long, help: "結果を作成する年度（例: 令和6年度, R6, 2024）。既定は最新の年度")
    var year: String?

    @Flag(name: .long, help: "前回の認定台帳（output/認定台帳.xlsx）の認定を引き継がずに判定する")
    var ignorePreviousLedger = false

    @Flag(name: .long, help: "判定結果と理由をJSONで標準出力に出す（要約は標準エラーへ）")
    var json = false

    /// Rejects a year that cannot be read before anything runs (ArgumentParser then prints the
    /// subcommand's usage and the command exits 2).
    func validate() throws {
        if let year, YearParser.parse(year) == nil {
            throw ValidationError("年度「\(year)」が読み取れません（例: 令和6年度, R6, 2024）")
        }
    }

    /// The options of a run whose result goes to the workbooks when `writesReports` (`run`), and
    /// to standard output with `--json`.
    func runOptions(writesReports: Bool) -> RunOptions {
        var readers: RunOptions.Readers = json ? [.json] : []
        if writesReports { readers.insert(.reports) }
        return RunOptions(
            input: URL(fileURLWithPath: input), output: URL(fileURLWithPath: output), year: year.flatMap(YearParser.parse),
            usePreviousLedger: !ignorePreviousLedger, readers: readers)
    }
}

/// Prints problems and the summary, decides the exit code.
enum Finish {
    static func report(_ result: RunResult, outputs: [String], json: Bool) throws {
        if json {
            try JSONExport.write(result) { FileHandle.standardOutput.write($0) }
            FileHandle.standardOutput.write(Data("\n".utf8))
        }
        let shown = result.problems.filter { $0.severity >= .warning }
        let limit = 30
        for p in shown.prefix(limit) { StandardError.write(p.terminalLine + "\n") }
        if shown.count > limit {
            StandardError.write("…ほか\(shown.count - limit)件（すべての問題は認定結果の「入力チェック」シートにあります）\n")
        }
        // The summary is the command's answer: standard output, unless that carries the JSON.
        let summary = RunSummary.lines(result, outputs: outputs).map { $0 + "\n" }.joined()
        if json {
            StandardError.write(summary)
        } else {
            FileHandle.standardOutput.write(Data(summary.utf8))
        }
        if result.hasInputProblems { throw ExitCode(1) }
    }
}
