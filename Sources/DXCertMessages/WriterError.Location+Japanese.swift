import XLSXWriter

extension WriterError.Location {
    /// `ファイル「…」シート「…」セル B3` — only the parts that are known.
    public var japanese: String {
        var parts = ["ファイル「\(path)」"]
        if let sheet { parts.append("シート「\(sheet)」") }
        if let cell { parts.append("セル \(cell)") }
        return parts.joined()
    }
}
