/// Printer paper sizes (Excel's `paperSize` codes).
public enum PaperSize: Hashable, Sendable {
    /// A4, 210 × 297 mm (code 9).
    case a4
    /// A3, 297 × 420 mm (code 8).
    case a3
    /// A5, 148 × 210 mm (code 11).
    case a5
    /// B4 (JIS), 257 × 364 mm (code 12).
    case b4
    /// B5 (JIS), 182 × 257 mm (code 13).
    case b5
    /// US Letter (code 1).
    case letter
    /// Any other Excel paper code (1–255); 0 means the printer's default.
    case code(Int)

    /// Excel's paper code.
    public var code: Int {
        switch self {
        case .a4: return 9
        case .a3: return 8
        case .a5: return 11
        case .b4: return 12
        case .b5: return 13
        case .letter: return 1
        case .code(let value): return value
        }
    }
}
