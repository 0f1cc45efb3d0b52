import ArgumentParser
import DXCertForms
import DXCertPipeline
import DXCertReports
import DXCertRules
import Foundation

/// `dxcert-sample`: writes the fictional sample input (みどり市, 令和5〜7年度) that `make run`
/// processes. Parses options and reports; the story, marks, slips and folder handling live in
/// the other files of this target.
@main
struct SampleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dxcert-sample",
        abstract: "サンプルの入力（架空の「みどり市」令和5〜7年度）を作ります。",
        discussion: """
            年度設定・既認定者名簿・審査員の報告会評価シート・メンバーによるリーダー評価シートを、dxcert の様式で作ります。
            毎回同じ内容になります（LibreOffice で保存し直した1ファイルを除く）。出力先にサンプル以外のファイルがあるときは何も変更しません。
            終了コード: 0 作成済み / 1 出力先にサンプル以外のファイルがある、または筋書きどおりの結果にならない / 2 使い方の誤り・書き込みエラー
            """
    )

    @Option(name: .long, help: "出力先フォルダー（既定: input）。中身はサンプルで置き換わります")
    var output: String = "input"

    func run() throws {
        let target = URL(fileURLWithPath: output)
        let story = SampleStory.make()
        var notes: [String] = []
        var summary: [String] = []
        let replaced: SampleFolder.Replaced
        do {
            replaced = try SampleFolder.replace(target) { staging in
                var writer = SampleWriter(story: story, root: staging, previous: target)
                try writer.writeAll()
                notes = writer.notes
                summary = try SampleCheck.verify(staging, story: story)
            }
        } catch let error as SampleError {
            FileHandle.standardError.write(Data((error.description + "\n").utf8))
            throw ExitCode(1)
        } catch {
            FileHandle.standardError.write(Data("エラー: \(error)\n".utf8))
            throw ExitCode(2)
        }
        print("サンプルの入力を「\(target.path)」に作りました（\(replaced.files.count)ファイル）")
        for line in summary { print("  " + line) }
        for note in notes { print("注意: " + note) }
    }
}
