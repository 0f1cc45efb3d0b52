import Foundation

/// Builds Excel header/footer text from parts, escaping `&` in plain text.
///
/// ```swift
/// let footer = HeaderFooter(center: [.text("ページ "), .pageNumber, .text(" / "), .pageCount],
///                           right: [.font(name: "游ゴシック", style: "標準"), .sheetName])
/// try sheet.setFooter(footer.code)   // "&C ページ &P / &N&R&\"游ゴシック,標準\"&A"
/// ```
public struct HeaderFooter: Hashable, Sendable {
    /// One piece of a header section.
    public enum Part: Hashable, Sendable {
        /// Literal text; `&` is escaped as `&&`.
        case text(String)
        /// `&P`, the page number.
        case pageNumber
        /// `&N`, the number of pages.
        case pageCount
        /// `&A`, the sheet name.
        case sheetName
        /// `&F`, the file name.
        case fileName
        /// `&D`, the print date.
        case date
        /// `&T`, the print time.
        case time
        /// `&"name,style"`, e.g. `.font(name: "ＭＳ Ｐゴシック", style: "太字")`; style is
        /// Excel's localized style name (`標準`, `太字`, `斜体`, or `Regular`, `Bold`).
        case font(name: String, style: String)
        /// `&nn`, the font size in points. Text that follows must not start with a digit.
        case fontSize(Int)
    }

    /// Left section.
    public var left: [Part]
    /// Centre section.
    public var center: [Part]
    /// Right section.
    public var right: [Part]

    /// A header or footer with up to three sections.
    public init(left: [Part] = [], center: [Part] = [], right: [Part] = []) {
        self.left = left
        self.center = center
        self.right = right
    }

    /// The control-code string for `setHeader` / `setFooter`.
    public var code: String {
        var result = ""
        if !left.isEmpty { result += "&L" + Self.render(left) }
        if !center.isEmpty { result += "&C" + Self.render(center) }
        if !right.isEmpty { result += "&R" + Self.render(right) }
        return result
    }

    private static func render(_ parts: [Part]) -> String {
        parts.map { part in
            switch part {
            case .text(let text): return text.replacingOccurrences(of: "&", with: "&&")
            case .pageNumber: return "&P"
            case .pageCount: return "&N"
            case .sheetName: return "&A"
            case .fileName: return "&F"
            case .date: return "&D"
            case .time: return "&T"
            case .font(let name, let style): return "&\"\(name),\(style)\""
            case .fontSize(let size): return "&\(size)"
            }
        }.joined()
    }
}
