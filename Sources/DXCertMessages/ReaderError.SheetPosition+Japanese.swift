import OOXMLReader

extension ReaderError.SheetPosition {
    /// The position, in Japanese (e.g. `セル番地「XFE1」`, `1048577行目（…）`).
    public var japanese: String {
        switch self {
        case let .cellReference(text): return "セル番地「\(text)」"
        case let .rowNumber(text): return "行番号「\(text)」"
        case let .implicitRow(row): return "\(row)行目（番地の書かれていない行が続いた位置）"
        case let .implicitCell(row, column): return "\(row)行目の\(column)列目（番地の書かれていないセルが続いた位置）"
        }
    }
}
