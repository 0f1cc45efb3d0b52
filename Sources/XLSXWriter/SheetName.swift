import Foundation

/// Excel's rules for sheet names, and quoting them inside formulas.
///
/// Checked in Swift before libxlsxwriter sees the name, so the user gets the precise reason
/// (and Excel's Unicode case-insensitive duplicate rule, where libxlsxwriter 1.1.4 only
/// lower-cases ASCII — see `workbook_validate_sheet_name` in workbook.h).
public enum SheetName {
    /// Characters Excel forbids in sheet names.
    public static let forbiddenCharacters: Set<Character> = ["[", "]", ":", "*", "?", "/", "\\"]

    /// The problem with `name`, or nil when Excel accepts it next to `existing` names.
    public static func problem(with name: String, existing: [String] = []) -> WriterError.SheetNameProblem? {
        if name.isEmpty { return .empty }
        if name.excelLength > ExcelLimits.sheetName { return .tooLong(length: name.excelLength) }
        if let bad = name.first(where: { forbiddenCharacters.contains($0) }) { return .forbiddenCharacter(bad) }
        if name.hasPrefix("'") || name.hasSuffix("'") { return .apostropheAtEdge }
        if name.lowercased() == "history" { return .reserved }
        let folded = name.lowercased()
        if let same = existing.first(where: { $0.lowercased() == folded }) { return .duplicate(existing: same) }
        return nil
    }

    /// The name as it must appear before `!` in a formula: `'シート 名'`, `'O''Brien'`, `Data`.
    ///
    /// Quotes everything except plain ASCII names that cannot be mistaken for a cell reference;
    /// quoting is always valid in Excel, leaving it out is not.
    public static func quoted(_ name: String) -> String {
        if isPlain(name) { return name }
        return "'" + name.replacingOccurrences(of: "'", with: "''") + "'"
    }

    private static func isPlain(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first,
            first == "_" || ("A"..."Z").contains(first) || ("a"..."z").contains(first)
        else { return false }
        let allowed = name.unicodeScalars.allSatisfy {
            $0 == "_" || $0 == "." || ("A"..."Z").contains($0) || ("a"..."z").contains($0) || ("0"..."9").contains($0)
        }
        guard allowed else { return false }
        // `A1`, `XFD10`, `R1C1`, `TRUE` would be read as references or values.
        if CellAddress.parse(Substring(name)) != nil { return false }
        let upper = name.uppercased()
        if upper == "TRUE" || upper == "FALSE" { return false }
        if upper.first == "R" || upper.first == "C" {
            let rest = upper.dropFirst().filter { !("0"..."9").contains($0) && $0 != "R" && $0 != "C" }
            if rest.isEmpty { return false }
        }
        return true
    }
}
