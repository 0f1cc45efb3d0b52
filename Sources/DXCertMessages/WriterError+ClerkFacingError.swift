import XLSXWriter

extension WriterError: ClerkFacingError {
    /// What went wrong, where, and what to do, in Japanese.
    public var clerkMessage: String {
        switch self {
        case .library(_, let failure, _, let at):
            return "Excelファイルを作成できませんでした（\(at.japanese)）。\(failure.japanese)"
        case .invalidSheetName(let name, let problem, let path):
            return "シート名「\(name)」は使えません（ファイル「\(path)」）。\(problem.japanese)"
        case .cellOutOfRange(let at):
            return "\(at.japanese) はExcelのシートの範囲（1,048,576行 × 16,384列、A1〜XFD1048576）の外です。書き込む位置を確認してください。"
        case .invalidReference(let text):
            return "「\(text)」はセル番地・セル範囲として読めません（例: B3、A1:C5、'名簿'!$A$2:$A$9）。"
        case .textTooLong(let field, let length, let limit, let unit, let at):
            return
                "\(field.japanese)が長すぎます（\(length)\(unit.japanese)、上限\(limit)\(unit.japanese)\(unit.japaneseNote)）。\(at.japanese)。切り詰めずに中止しました。短くしてください。"
        case .invalidArgument(let field, let problem, let at):
            return "\(field.japanese)の指定が正しくありません（\(at.japanese)）：\(problem.japanese)"
        case .overlappingMerge(let range, let existing, let at):
            return "セル範囲 \(range) は、すでに結合した \(existing) と重なっています（\(at.japanese)）。重ならないように結合範囲を直してください。"
        case .rowAlreadyWritten(let row, let currentRow, let at):
            return
                "\(at.japanese) に書き込めませんでした。このシートは上の行から順に書き出していて、すでに\(currentRow + 1)行目まで進んだため、\(row + 1)行目には戻れません（プログラムの不具合です）。"
        case .unknownSheet(let name, let at):
            return "シート「\(name)」がブックにありません（\(at.japanese)）。先にそのシートを追加するか、シート名を確認してください。"
        case .chartAlreadyInserted(let at):
            return "同じグラフを二度挿入しようとしました（\(at.japanese)）。グラフごとに新しいグラフを作成してください。"
        case .workbookClosed(let path):
            return "ブック「\(path)」はすでに保存して閉じたため、これ以上書き込めません。"
        case .fileSystem(_, _, let path):
            return "ファイル「\(path)」を保存できませんでした。同じ名前のフォルダがないか、書き込み権限と空き容量があるか確認してください。"
        case .fileNotWritten(let path):
            return "ファイル「\(path)」が正しく書き込まれませんでした（ファイルがない、空、またはExcel形式でない）。保存先の空き容量と書き込み権限を確認して、もう一度実行してください。"
        }
    }

    /// The writer's own English `description`: the failing C call and libxlsxwriter's text, or the raw values.
    public var technicalDetail: String? { description }
}
