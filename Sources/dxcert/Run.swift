import ArgumentParser
import DXCert
import Foundation

/// `dxcert run`: input/ → output/.
struct Run: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "入力フォルダーのシートを集計し、認定結果と認定台帳を出力フォルダーに作成します。"
    )

    @OptionGroup var options: BatchOptions

    func run() throws {
        let opts = options.runOptions()
        let progress = ProgressBar(label: "読み込み中")
        let result: RunResult
        do {
            try ReportWriter.checkDestination(output: opts.output, input: opts.input)
            result = try Batch.compute(opts) { progress.update($0, $1) }
            progress.finish()
        } catch let error as PipelineError {
            progress.finish()
            StandardError.write(error.terminalText)
            throw ExitCode(2)
        }
        let outputs: [String]
        let clock = PhaseClock()
        do {
            outputs = try ReportWriter.write(result, to: opts.output, input: opts.input)
            clock.lap("report")
        } catch let error as PipelineError {
            StandardError.write(error.terminalText)
            throw ExitCode(2)
        }
        try Finish.report(result, outputs: outputs, json: options.json)
    }
}

/// `dxcert check`: everything but writing reports.
struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "入力フォルダーのシートを検査し、問題を表示します（結果ファイルは作成しません）。"
    )

    @OptionGroup var options: BatchOptions

    func run() throws {
        let opts = options.runOptions()
        let progress = ProgressBar(label: "検査中")
        do {
            let result = try Batch.compute(opts) { progress.update($0, $1) }
            progress.finish()
            try Finish.report(result, outputs: [], json: options.json)
        } catch let error as PipelineError {
            progress.finish()
            StandardError.write(error.terminalText)
            throw ExitCode(2)
        }
    }
}

extension PipelineError {
    /// `エラー: …` and, when there is one, the technical detail on its own line.
    var terminalText: String {
        "エラー: \(clerkMessage)\n" + (technicalDetail.map { "（詳細: \($0)）\n" } ?? "")
    }
}
