import OOXMLReader

extension ReaderError.UnsupportedFeature {
    /// The feature, in Japanese (quoted in the message).
    public var japanese: String {
        switch self {
        case .encryption: return "ZIPの暗号化"
        case .compressionMethod(let method): return "圧縮方式 \(method)"
        }
    }
}
