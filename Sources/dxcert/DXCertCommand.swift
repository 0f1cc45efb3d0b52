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
    /// A usage error (from parsing or `validate()`) says so with the subcommand's usage; any other
    /// error that reaches here is shown by `ErrorReport` (the clerk's message, or "unexpected"),
    /// never as a usage error.
    static func main() {
        var command: ParsableCommand
        do {
            command = try parseAsRoot()
        } catch {
            exitForParseError(error)
        }
        do {
            try command.run()
        } catch let code as ExitCode {
            Foundation.exit(code.rawValue)
        } catch  where exitCode(for: error) == .success {
            // `dxcert --help` / `dxcert run --help`: ArgumentParser hands back a command whose
            // run() throws the help request; it is printed, never reported as an error.
            exitForParseError(error)
        } catch {
            ErrorReport.exit(with: error)
        }
    }

    /// `--help` and `--version` print and exit 0; anything else is a usage error (exit 2).
    private static func exitForParseError(_ error: Error) -> Never {
        if exitCode(for: error) == .success {
            print(fullMessage(for: error))
            Foundation.exit(0)
        }
        StandardError.write("使い方が正しくありません：\(japaneseUsage(fullMessage(for: error)))\n")
        Foundation.exit(2)
    }

    /// ArgumentParser's most common first lines, in Japanese (the option name follows).
    static let parserPhrases: [(String, String)] = [
        ("Unknown option ", "知らないオプションです："),
        ("Unexpected argument ", "余分な指定です："),
        ("Missing expected argument ", "必要な指定がありません："),
        ("Missing value for ", "値がありません："),
    ]

    /// ArgumentParser's frame in Japanese: `Error: ` dropped, `Usage:` and its `See '…' for more
    /// information.` line translated; the usage itself (option names) stays as it is.
    static func japaneseUsage(_ text: String) -> String {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var sawHelpLine = false
        for i in lines.indices {
            var line = lines[i]
            if line.hasPrefix("Error: ") { line.removeFirst("Error: ".count) }
            for (english, japanese) in parserPhrases where line.hasPrefix(english) {
                line = japanese + line.dropFirst(english.count)
            }
            if line.hasPrefix("Usage: ") { line = "使い方: " + line.dropFirst("Usage: ".count) }
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.hasPrefix("See '"), trimmed.hasSuffix("' for more information.") {
                let command = trimmed.dropFirst("See '".count).dropLast("' for more information.".count)
                line = "  詳しくは「\(command)」で表示します。"
                sawHelpLine = true
            }
            lines[i] = line
        }
        if !sawHelpLine { lines.append("「dxcert --help」で使い方を表示します。") }
        return lines.joined(separator: "\n")
    }
}
