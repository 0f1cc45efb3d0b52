import Foundation

/// A criterion's ID (評価項目ID, e.g. `P1`, `L2`), normalized: NFKC, no spaces, upper case.
///
/// Compared exactly as stored; ingest normalizes what people typed (`IDNormalizer`) before it
/// becomes one. A distinct type so that a criterion ID can never be passed where another ID is expected.
public struct CriterionID: Hashable, Comparable, Sendable, Codable, CustomStringConvertible, ExpressibleByStringLiteral {
    public let value: String

    public init(_ value: String) {
        self.value = value
    }

    public init(stringLiteral value: String) {
        self.value = value
    }

    /// True for the empty ID of a row where none was written.
    public var isEmpty: Bool { value.isEmpty }
    public var description: String { value }
    public static func < (l: CriterionID, r: CriterionID) -> Bool { l.value < r.value }
}
