import ArgumentParser
import Foundation
import OOXMLReader
import XLSXWriter

/// `dxcert`: the DX talent certification batch. Parses options and dispatches; logic lives in the libraries.
@main
struct DXCertCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dxcert",
        abstract: "DX人材認定制度の集計ツール（Excelの評価シートから認定結果を作成します）",
        discussion: """
        終了コード: 0 正常 / 1 入力に問題あり（結果は出力済み） / 2 使い方の誤り・致命的なエラー
        """,
        version: """
        dxcert \(DXCertVersion.number)
          libxml2 \(LibXML2Version.linked)（Excelファイルの読み込み）
          libxlsxwriter \(LibXLSXWriterVersion.linked)（Excelファイルの書き出し）
        """,
        subcommands: [Run.self, Check.self, TemplatesCommand.self, SheetsCommand.self, Inspect.self]
    )

    /// Exit codes are the product's (README, コマンド): usage errors give 2, not ArgumentParser's 64.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let code as ExitCode {
            Foundation.exit(code.rawValue)
        } catch {
            let code = exitCode(for: error)
            if code == .success {
                print(fullMessage(for: error))
                Foundation.exit(0)
            }
            StandardError.write("使い方が正しくありません：\(fullMessage(for: error))\n「dxcert --help」で使い方を表示します。\n")
            Foundation.exit(2)
        }
    }
}
