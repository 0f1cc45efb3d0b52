import Foundation

/// A file found under the input folder.
public struct InputFile: Sendable, Equatable {
    /// Path relative to the input folder, `/`-separated (what every report shows). A name whose
    /// bytes are not UTF-8 (Shift_JIS from a zip made on Windows) is shown lossily decoded;
    /// `fileSystemPath` keeps the real bytes.
    public var path: String
    /// The file's URL, made from `fileSystemPath` when asked for (the scan of 20,000 files does not
    /// pay for 20,000 URLs it never uses; a worker makes each when it opens the file).
    public var url: URL { URL(fileURLWithPath: String(decoding: fileSystemPath, as: UTF8.self)) }
    public var size: Int64
    /// The file system's modification time.
    public var modified: Date?
    /// The exact bytes of the path on disk (no terminating NUL).
    public var fileSystemPath: [UInt8]

    public init(path: String, url: URL, size: Int64, modified: Date?, fileSystemPath: [UInt8]? = nil) {
        self.init(path: path, size: size, modified: modified, fileSystemPath: fileSystemPath ?? Array(url.path.utf8))
    }

    public init(path: String, size: Int64, modified: Date?, fileSystemPath: [UInt8]) {
        self.path = path
        self.size = size
        self.modified = modified
        self.fileSystemPath = fileSystemPath
    }

    /// True when the name on disk is not valid UTF-8, so `url` cannot reach the file.
    public var hasUndecodableName: Bool {
        String(validating: fileSystemPath, as: UTF8.self) == nil
    }
}
