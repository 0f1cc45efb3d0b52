import Foundation

/// A judge's ID (審査員ID, e.g. `J01`), normalized: NFKC, no spaces, upper case.
///
/// Compared exactly as stored; ingest normalizes what people typed (`IDNormalizer`) before it
/// becomes one. A distinct type so that a judge ID can never be passed where another ID is expected.
public struct JudgeID: Hashable, Comparable, Sendable, Codable, CustomStringConvertible, ExpressibleByStringLiteral {
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
    public static func < (l: JudgeID, r: JudgeID) -> Bool { l.value < r.value }
}
