import Foundation

/// The system's own (English) text for an errno, as the reader puts it in `ReaderError.detail`
/// and `description`. Words for people are the application's (the domain keeps the Japanese
/// errno phrases).
public enum SystemErrorText {
    /// `strerror`'s own text with the number, e.g. `errno 2: No such file or directory`.
    public static func technical(_ code: Int32) -> String {
        "errno \(code): \(String(cString: strerror(code)))"
    }
}
