import Foundation

/// What a score cell holds once read.
public enum ScoreEntry: Equatable, Sendable {
    /// Blank: not scored (never zero).
    case blank
    /// A valid score.
    case value(Double)
    /// Something that is not a usable score; the message says why (Japanese).
    case invalid(String)
}
