import ArgumentParser
import Foundation
import OOXMLReader

/// `dxcert inspect FILE`: prints a workbook's cells as JSON Lines.
struct Inspect: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "ブックの全セルをJSON Lines形式で表示します（1行に1セル）。"
    )

    @Argument(help: "調べる .xlsx ファイル")
    var file: String

    func run() throws {
        let url = URL(fileURLWithPath: file)
        let out = StandardOutput()
        do {
            let workbook = try Workbook(url: url, displayName: file)
            try InspectFormatter.dump(workbook) { out.write($0) }
            out.flush()
        } catch {
            out.flush()  // the cells read so far come before the error
            throw error
        }
    }
}
