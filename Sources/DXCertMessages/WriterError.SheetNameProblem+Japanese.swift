import XLSXWriter

extension WriterError.SheetNameProblem {
    /// What is wrong with the name and how to fix it, in Japanese.
    public var japanese: String {
        switch self {
        case .empty: return "シート名が空です。"
        case .tooLong(let length): return "シート名は31文字以内にしてください（現在\(length)文字）。"
        case .forbiddenCharacter(let c): return "シート名に「\(c)」は使えません（使えない文字: [ ] : * ? / \\）。"
        case .apostropheAtEdge: return "シート名の先頭と末尾にアポストロフィ（'）は使えません。"
        case .duplicate(let existing): return "同じ名前のシート「\(existing)」がすでにあります（大文字・小文字は区別されません）。"
        case .reserved: return "「History」はExcelが予約している名前のため使えません。"
        }
    }
}
