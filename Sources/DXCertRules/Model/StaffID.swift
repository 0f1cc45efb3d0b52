import Foundation

/// A staff ID (職員番号), normalized: NFKC, no spaces, zero-padded when the setup sets a width.
public struct StaffID: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public let value: String

    public init(_ value: String) {
        self.value = value
    }

    public var description: String { value }
    public static func < (l: StaffID, r: StaffID) -> Bool { l.value < r.value }
}
