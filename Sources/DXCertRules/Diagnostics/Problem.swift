import Foundation

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

    public init(
        _ severity: Severity, _ location: SourceLocation, _ message: String, action: String, year: FiscalYear? = nil,
        detail: String? = nil
    ) {
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
