import ArgumentParser
import DXCertForms
import DXCertPipeline
import DXCertReports
import DXCertRules
import Foundation
import OOXMLReader

/// `dxcert sheets`: pre-filled sheets for every judge and evaluator from a year setup.
struct SheetsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sheets", abstract: "年度設定から、審査員ごと・評価者ごとの配布用シートを作ります。",
        discussion: "終了コード: 0 作成済み / 1 年度設定に誤りがある、または上書きできないファイルがある（何も作成しません） / 2 使い方の誤り・致命的なエラー")

    @Option(name: .long, help: "年度設定のファイル")
    var setup: String

    @Option(name: .long, help: "出力先フォルダー（既定: output/配布用）。入力フォルダーの中には作れません")
    var output: String = "output/配布用"

    @Option(name: .long, help: "集計に使う入力フォルダー（既定: input）。配布用シートはこの中には作りません")
    var input: String = "input"

    func run() throws {
        let setupURL = URL(fileURLWithPath: setup)
        guard FileManager.default.fileExists(atPath: setupURL.path) else {
            throw CommandError.setupNotFound(setup)
        }
        let root = URL(fileURLWithPath: output)
        let progress = ProgressBar(label: "作成中")
        let result: SheetGenerator.Run
        do {
            result = try SheetGenerator.run(
                setupFile: setupURL, displayName: setup, root: root,
                forbiddenFolders: [URL(fileURLWithPath: input)]
            ) { progress.update($0, $1) }
            progress.finish()
        } catch {
            progress.finish()
            throw error
        }
        for problem in result.check.problems where problem.severity >= .warning {
            StandardError.write(problem.terminalLine + "\n")
        }
        guard let outcome = result.outcome, let yearSetup = result.check.setup else {
            let errors = result.check.problems.filter { $0.severity == .error }.count
            StandardError.write("年度設定に誤りが\(max(errors, 1))件あるため、配布用シートは作成しませんでした。直してからもう一度実行してください。\n")
            throw ExitCode(1)
        }
        switch outcome {
        case .refused(let reasons):
            for reason in reasons { StandardError.write("エラー: \(reason)\n") }
            StandardError.write("配布用シートは作成しませんでした。\n")
            throw ExitCode(1)
        case .written(let sheets):
            let reports = sheets.filter { $0.kind == .meetingScore }.count
            let folder = root.appendingPathComponent(SheetGenerator.yearFolder(yearSetup))
            // The summary is the command's result: standard output, like `run`'s (errors stay on standard error).
            print("\(yearSetup.year.label)の配布用シートを作成しました（\(folder.path)）")
            print("  報告会評価シート: \(reports)件（審査員ごと）")
            print("  リーダー評価シート: \(sheets.count - reports)件（評価者ごと・リーダーごと）")
        }
    }
}
