import CXLSXWriter

/// Throws the typed error for a libxlsxwriter return code; returns quietly on `LXW_NO_ERROR`.
///
/// Every `lxw_error` that the wrapper receives goes through here, so no code is dropped.
/// `printed` is what the library wrote to stderr during the call (`StandardErrorCapture`); it
/// joins `lxw_strerror`'s text in the detail.
func check(
    _ code: lxw_error, call: String, at location: @autoclosure () -> WriterError.Location,
    printed: String = ""
) throws(WriterError) {
    guard code != LXW_NO_ERROR else { return }
    let lines = printed.split(separator: "\n").joined(separator: " / ")
    let detail = libraryText(code) + (lines.isEmpty ? "" : " / " + lines)
    throw WriterError.library(call: call, failure: .init(code), detail: detail, at: location())
}

/// `lxw_strerror`'s English text for a code (static strings inside the library).
func libraryText(_ code: lxw_error) -> String {
    guard let text = lxw_strerror(code) else { return "Unknown error number." }
    return String(cString: text)
}

/// The error for a libxlsxwriter constructor that returned NULL (it only does so when
/// `malloc` fails or, for sheets, when the name was rejected — which we check before).
func allocationFailure(call: String, at location: WriterError.Location) -> WriterError {
    .library(call: call, failure: .memory, detail: libraryText(LXW_ERROR_MEMORY_MALLOC_FAILED), at: location)
}

/// Owns C copies of Swift strings for the length of one call into libxlsxwriter.
///
/// Several C structs (`lxw_data_validation`, `lxw_conditional_format`, `lxw_comment_options`,
/// chart fonts) take `char *` fields. libxlsxwriter copies every string it keeps, so the copies
/// only have to outlive the call; they are freed when the store goes away.
final class CStringStore {
    private var buffers: [UnsafeMutablePointer<CChar>] = []

    /// A NUL-terminated copy of `text`, valid while the store lives.
    func copy(_ text: String) -> UnsafeMutablePointer<CChar> {
        let bytes = text.utf8CString
        let pointer = UnsafeMutablePointer<CChar>.allocate(capacity: bytes.count)
        bytes.withUnsafeBufferPointer { pointer.initialize(from: $0.baseAddress!, count: bytes.count) }
        buffers.append(pointer)
        return pointer
    }

    /// A copy of `text`, or NULL for nil.
    func copyIfPresent(_ text: String?) -> UnsafeMutablePointer<CChar>? {
        text.map { copy($0) }
    }

    /// A NULL-terminated `char **` array of copies, valid while the store lives.
    func copyList(_ items: [String]) -> UnsafeMutablePointer<UnsafeMutablePointer<CChar>?> {
        let list = UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>.allocate(capacity: items.count + 1)
        for (i, item) in items.enumerated() { (list + i).initialize(to: copy(item)) }
        (list + items.count).initialize(to: nil)
        lists.append(list)
        return list
    }

    private var lists: [UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>] = []

    deinit {
        for buffer in buffers { buffer.deallocate() }
        for list in lists { list.deallocate() }
    }
}

/// Runs `body` with a string store that is freed afterwards.
func withCStrings<R>(_ body: (CStringStore) throws -> R) rethrows -> R {
    let store = CStringStore()
    return try withExtendedLifetime(store) { try body(store) }
}

extension WriterError.LibraryFailure {
    /// Maps a raw `lxw_error` number (for tests and diagnostics that have no C types).
    init(lxwCode: Int) {
        self.init(lxw_error(rawValue: UInt32(truncatingIfNeeded: lxwCode)))
    }
}

/// `lxw_strerror`'s text for a raw `lxw_error` number.
func libraryText(lxwCode: Int) -> String {
    libraryText(lxw_error(rawValue: UInt32(truncatingIfNeeded: lxwCode)))
}
