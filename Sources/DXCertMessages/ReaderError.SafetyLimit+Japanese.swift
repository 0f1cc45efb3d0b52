import OOXMLReader

extension ReaderError.SafetyLimit {
    /// Which cap was passed, in Japanese (quoted in the message).
    public var japanese: String {
        switch self {
        case .entryCount(let count, let limit): return "部品数 \(count) が上限 \(limit) を超えています"
        case .partBytes(let limit): return "展開後のサイズが上限 \(limit / 1_048_576) MiB を超えました"
        case .totalBytes(let limit): return "ブック全体の展開サイズが上限 \(limit / 1_048_576) MiB を超えました"
        case .textNodeBytes(let limit): return "1つの文字列が上限（\(limit / 1_048_576) MiB）を超えています"
        }
    }
}
