import ArgumentParser
import Foundation

/// `dxcert`: the DX talent certification batch. Parses options and dispatches; logic lives in the libraries.
@main
struct DXCertCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dxcert",
        abstract: "DX人材認定制度の集計ツール（Excelの評価シートから認定結果を作成します）",
        subcommands: [Inspect.self]
    )
}
