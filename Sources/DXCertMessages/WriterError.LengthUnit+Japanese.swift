import XLSXWriter

extension WriterError.LengthUnit {
    /// `文字` or `バイト`.
    public var japanese: String {
        switch self {
        case .characters: return "文字"
        case .utf8Bytes: return "バイト"
        }
    }

    /// How to count, when it is not obvious.
    public var japaneseNote: String {
        switch self {
        case .characters: return ""
        case .utf8Bytes: return "（UTF-8で数えます。漢字・かなは1文字3バイト）"
        }
    }
}
