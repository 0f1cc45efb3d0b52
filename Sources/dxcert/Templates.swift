import ArgumentParser
import DXCertForms
import DXCertPipeline
import DXCertReports
import DXCertRules
import Foundation

/// `dxcert templates`: writes the blank templates into templates/.
struct TemplatesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "templates", abstract: "空の様式（年度設定・評価シート・既認定者名簿）を templates/ に作ります。")

    @Option(name: .long, help: "出力先フォルダー（既定: templates）")
    var output: String = "templates"

    func run() throws {
        let folder = URL(fileURLWithPath: output)
        try TemplateWriter.writeAll(to: folder)
        StandardError.write("様式を作成しました（\(folder.path)）:\n")
        for file in TemplateWriter.files {
            StandardError.write("  \(file.name)　… \(file.description)\n")
        }
    }
}
