import OOXMLReader

extension ReaderError.PartRole {
    /// What the missing part was needed for, in Japanese (in brackets after the part's name).
    public var japanese: String {
        switch self {
        case .workbook: return "ブック本体"
        case .sheetRelationship(let sheet, let id): return "シート「\(sheet)」の関係 \(id)"
        }
    }
}
