import Foundation

/// Formats cells as the JSON Lines of `dxcert inspect` (the format is docs/inspect.md):
/// `{"sheet": "評価", "cell": "B3", "type": "number", "value": 4}`.
public enum InspectFormatter {
    /// One JSON line (without the newline) for a cell of `sheet`.
    public static func line(sheet: String, cell: Cell) -> String {
        var out = "{\"sheet\": "
        appendString(sheet, to: &out)
        out += ", \"cell\": \"" + cell.reference.a1 + "\", \"type\": "
        switch cell.value {
        case .string(let s):
            out += "\"string\", \"value\": "
            appendString(s, to: &out)
        case .number(let n):
            out += "\"number\", \"value\": " + jsonNumber(n)
        case .boolean(let b):
            out += "\"boolean\", \"value\": " + (b ? "true" : "false")
        case .date(let d):
            out += "\"date\", \"value\": \"" + d.iso + "\""
        case .error(let e):
            out += "\"error\", \"value\": "
            appendString(e, to: &out)
        }
        out += "}"
        return out
    }

    /// Writes every non-empty cell of every worksheet (hidden ones included, chartsheets
    /// skipped) in workbook order, row-major, to `write`.
    public static func dump(_ workbook: Workbook, write: (String) throws -> Void) throws {
        for sheet in workbook.worksheets {
            try workbook.forEachCellRowMajor(in: sheet) { cell in
                try write(line(sheet: sheet.name, cell: cell) + "\n")
            }
        }
    }

    /// A JSON number: integers without a fraction, others in shortest round-trip form.
    static func jsonNumber(_ n: Double) -> String {
        if n == n.rounded(), abs(n) < 9_007_199_254_740_992 { return String(Int64(n)) }
        return "\(n)"  // Swift prints e.g. 1e-05 and 1.5e+20, both valid JSON
    }

    static func appendString(_ s: String, to out: inout String) {
        out += "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F || (0xD800...0xDFFF).contains(scalar.value) {
                    out += String(format: "\\u%04x", scalar.value)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        out += "\""
    }
}
