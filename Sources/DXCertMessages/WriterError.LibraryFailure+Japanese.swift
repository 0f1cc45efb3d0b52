import XLSXWriter

extension WriterError.LibraryFailure {
    /// What the failure means for the user and what to do, in Japanese.
    public var japanese: String {
        switch self {
        case .memory: return "メモリが足りません。ほかのアプリを閉じてからもう一度実行してください。"
        case .creatingFile: return "出力ファイルを作成できません。保存先フォルダがあるか、書き込み権限があるか、同じファイルをExcelで開いていないか確認してください。"
        case .creatingTemporaryFile, .readingTemporaryFile: return "一時ファイルを作成・読み込みできません。一時フォルダの空き容量と権限を確認してください。"
        case .zipFileOperation, .zipParameter, .zipInternal, .zipFileAdd, .zipClose: return "ファイルの圧縮（ZIP）処理に失敗しました。保存先の空き容量を確認してください。"
        case .zipBadFile: return "ファイルが大きすぎます（4GB超）。データを分けて出力してください。"
        case .featureNotSupported: return "この機能はこの環境のlibxlsxwriterでは使えません。"
        case .nullParameterIgnored, .parameterValidation: return "指定された値がExcelの規則に合いません。"
        case .sheetNameTooLong, .sheetNameInvalidCharacter, .sheetNameApostrophe, .sheetNameInUse: return "シート名がExcelの規則に合いません。"
        case .stringLongerThan32: return "文字列が32文字の上限を超えています。"
        case .stringLongerThan128: return "文字列が128文字の上限を超えています。"
        case .stringLongerThan255: return "文字列が255文字の上限を超えています。"
        case .stringLongerThanCellLimit: return "セルの文字列が32,767文字の上限を超えています。"
        case .sharedStringIndexNotFound: return "内部の文字列表に不整合があります（開発者に連絡してください）。"
        case .worksheetIndexOutOfRange: return "シートの番号が範囲外です。"
        case .urlTooLong: return "ハイパーリンクのURLが2,079文字の上限を超えています。"
        case .tooManyURLs: return "1シートのハイパーリンクが65,530個の上限を超えています。"
        case .imageDimensions: return "画像の大きさを読み取れません。"
        case .unknown(let code): return "不明なエラー（コード\(code)）が発生しました。"
        }
    }
}
