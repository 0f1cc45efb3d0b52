import ArgumentParser
import DXCertForms
import DXCertPipeline
import DXCertReports
import DXCertRules
import Foundation

/// `dxcert run`: input/ → output/.
struct Run: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "入力フォルダーのシートを集計し、認定結果・認定台帳・個人通知を出力フォルダーに作成します。"
    )

    @OptionGroup var options: BatchOptions

    func run() throws {
        let opts = options.runOptions(writesReports: true)
        let progress = ProgressBar(label: "読み込み中")
        let result: RunResult
        do {
            try ReportWriter.checkDestination(output: opts.output, input: opts.input)
            result = try Batch.compute(opts) { progress.update($0, $1) }
            progress.finish()
        } catch {
            progress.finish()
            throw error
        }
        let clock = PhaseClock()
        let outputs = try ReportWriter.write(result, to: opts.output, input: opts.input)
        clock.lap("report")
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
        let opts = options.runOptions(writesReports: false)
        let progress = ProgressBar(label: "検査中")
        let result: RunResult
        do {
            result = try Batch.compute(opts) { progress.update($0, $1) }
            progress.finish()
        } catch {
            progress.finish()
            throw error
        }
        try Finish.report(result, outputs: [], json: options.json)
    }
}
