import Foundation

/// A range on a named sheet, written in formulas as `'シート 名'!$A$2:$A$6`.
///
/// Used for chart series, list validations that read their choices from cells, and
/// defined names, so that quoting is done once and correctly.
public struct SheetRange: Hashable, Sendable, CustomStringConvertible {
    /// The sheet's tab name, unquoted.
    public var sheet: String
    /// The cells on that sheet.
    public var range: RangeAddress

    /// A range on `sheet`.
    public init(sheet: String, range: RangeAddress) {
        self.sheet = sheet
        self.range = range
    }

    /// Reads `'シート 名'!$A$2:$A$6`, `Data!A1:B3` or the same with a leading `=`.
    ///
    /// Throws `WriterError.invalidReference` when the text is not of that form.
    public init(_ formula: String) throws {
        var text = Substring(formula)
        if text.first == "=" { text = text.dropFirst() }
        guard let bang = text.lastIndex(of: "!") else { throw WriterError.invalidReference(text: formula) }
        let sheetPart = text[..<bang]
        let rangePart = text[text.index(after: bang)...]
        if sheetPart.hasPrefix("'") {
            guard sheetPart.count >= 2, sheetPart.hasSuffix("'") else { throw WriterError.invalidReference(text: formula) }
            let inner = sheetPart.dropFirst().dropLast()
            // Inside quotes an apostrophe must be doubled; a lone one ends the name early.
            guard !inner.replacingOccurrences(of: "''", with: "").contains("'") else {
                throw WriterError.invalidReference(text: formula)
            }
            sheet = inner.replacingOccurrences(of: "''", with: "'")
        } else {
            sheet = String(sheetPart)
        }
        guard !sheet.isEmpty, let parsed = try? RangeAddress(String(rangePart)) else {
            throw WriterError.invalidReference(text: formula)
        }
        range = parsed
    }

    /// `'シート 名'!$A$2:$A$6` (absolute, sheet quoted when needed), without a leading `=`.
    public var formula: String { SheetName.quoted(sheet) + "!" + range.absoluteA1 }

    /// `formula`.
    public var description: String { formula }
}
