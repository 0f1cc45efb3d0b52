import OOXMLReader

extension ReaderError.SheetPosition {
    /// The position, in Japanese (e.g. `セル番地「XFE1」`, `1048577行目（…）`).
    public var japanese: String {
        switch self {
        case .cellReference(let text): return "セル番地「\(text)」"
        case .rowNumber(let text): return "行番号「\(text)」"
        case .implicitRow(let row): return "\(row)行目（番地の書かれていない行が続いた位置）"
        case .implicitCell(let row, let column): return "\(row)行目の\(column)列目（番地の書かれていないセルが続いた位置）"
        }
    }
}
