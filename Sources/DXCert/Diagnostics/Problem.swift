import Foundation

/// How serious an input problem is.
public enum Severity: Int, Comparable, CaseIterable, Sendable, Codable {
    /// For the record only (e.g. an Excel lock file skipped); does not change the exit code.
    case info = 0
    /// Something was corrected, assumed or left out; results are still computed.
    case warning = 1
    /// Input that could not be used as given (a file or a row excluded, a value rejected).
    case error = 2

    public var label: String {
        switch self {
        case .info: return "情報"
        case .warning: return "警告"
        case .error: return "エラー"
        }
    }

    public static func < (l: Severity, r: Severity) -> Bool { l.rawValue < r.rawValue }
}

/// Where a problem is: file (relative to the input folder), sheet and cell, as far as known.
public struct SourceLocation: Hashable, Sendable, Codable, CustomStringConvertible {
    public var file: String
    public var sheet: String?
    public var cell: String?

    public init(file: String, sheet: String? = nil, cell: String? = nil) {
        self.file = file
        self.sheet = sheet
        self.cell = cell
    }

    /// The same place, another cell.
    public func at(_ cell: String?) -> SourceLocation {
        SourceLocation(file: file, sheet: sheet, cell: cell)
    }

    /// `「file」シート「sheet」セル B3`.
    public var description: String {
        var s = "「\(file)」"
        if let sheet { s += "シート「\(sheet)」" }
        if let cell { s += "セル \(cell)" }
        return s
    }
}

/// One input problem: severity, where, what is wrong (Japanese), and what the batch did about it.
public struct Problem: Hashable, Sendable, Codable {
    public var severity: Severity
    public var location: SourceLocation
    public var message: String
    /// What the batch did (e.g. `この行を集計から除外しました`).
    public var action: String
    /// The fiscal year the problem belongs to, when known.
    public var year: FiscalYear?
    /// Technical detail for whoever investigates (a library's own text, an errno); never part of
    /// `message`, which a clerk reads. Shown in the 詳細 column and in `--json`.
    public var detail: String?

    public init(_ severity: Severity, _ location: SourceLocation, _ message: String, action: String, year: FiscalYear? = nil,
                detail: String? = nil) {
        self.severity = severity
        self.location = location
        self.message = message
        self.action = action
        self.year = year
        self.detail = detail
    }

    /// One line for the terminal: `警告: 「a.xlsx」シート「評価」セル D5: … → …`.
    public var terminalLine: String {
        "\(severity.label): \(location): \(message)" + (action.isEmpty ? "" : " → \(action)")
    }
}
