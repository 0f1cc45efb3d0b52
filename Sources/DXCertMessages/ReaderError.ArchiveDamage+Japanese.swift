import OOXMLReader

extension ReaderError.ArchiveDamage {
    /// What is damaged, in Japanese (quoted in the message).
    public var japanese: String {
        switch self {
        case .tooShortForEndRecord: return "終端レコードがありません"
        case .endRecordNotFound: return "ZIPの終端レコードが見つかりません"
        case .zip64LocatorNotFound: return "ZIP64終端レコードが見つかりません"
        case .zip64EndRecordOutOfBounds: return "ZIP64終端レコードの位置が不正です"
        case .zip64EndRecordInvalid: return "ZIP64終端レコードが不正です"
        case .centralDirectoryOutOfBounds: return "中央ディレクトリの位置が不正です"
        case .centralDirectoryDamaged: return "中央ディレクトリが壊れています"
        case .entryOutOfBounds(let part): return "部品「\(part)」の位置が不正です"
        case .localHeaderDamaged(let part): return "部品「\(part)」のヘッダーが壊れています"
        case .entryTruncated(let part): return "部品「\(part)」が途中で切れています"
        case .inflaterSetupFailed: return "展開の準備に失敗しました"
        case .compressedDataTruncated(let part): return "部品「\(part)」の圧縮データが途中で終わっています"
        case .compressedDataDamaged(let part): return "部品「\(part)」の圧縮データが壊れています"
        case .checksumMismatch(let part): return "部品「\(part)」のチェックサムが一致しません"
        case .fileTruncated: return "ファイルが途中で切れています"
        }
    }
}
