import Foundation

/// A project's ID (プロジェクトID, e.g. `P01`), normalized: NFKC, no spaces, upper case.
///
/// Compared exactly as stored; ingest normalizes what people typed (`IDNormalizer`) before it
/// becomes one. A distinct type so that a project ID can never be passed where another ID is expected.
public struct ProjectID: Hashable, Comparable, Sendable, Codable, CustomStringConvertible, ExpressibleByStringLiteral {
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
    public static func < (l: ProjectID, r: ProjectID) -> Bool { l.value < r.value }
}
