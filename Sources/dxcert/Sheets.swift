import ArgumentParser
import DXCert
import Foundation

/// `dxcert sheets`: pre-filled sheets for every judge and evaluator from a year setup.
struct SheetsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "sheets", abstract: "年度設定から、審査員ごと・評価者ごとの配布用シートを作ります。")

    @Option(name: .long, help: "年度設定のファイル")
    var setup: String

    @Option(name: .long, help: "出力先フォルダー（既定: output/配布用）")
    var output: String = "output/配布用"

    func run() throws {
        StandardError.write("未実装です\n")
        throw ExitCode(2)
    }
}
