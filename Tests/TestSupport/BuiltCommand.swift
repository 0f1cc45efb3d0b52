import Foundation

/// The `dxcert` executable of this checkout's debug build (`swift build --build-tests` makes it),
/// run as a clerk would: every suite that tests the command goes through here.
public enum BuiltCommand {
    /// The package's root folder (this file is `Tests/TestSupport/BuiltCommand.swift`).
    public static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    public static var executable: URL { packageRoot.appendingPathComponent(".build/debug/dxcert") }

    /// Runs `dxcert` with `arguments`. `dropPrivileges` runs it as `nobody` through `setpriv`
    /// (for permission tests under root). A command that hangs (a FIFO read, say) is stopped
    /// after a minute: a failure, not a stuck suite.
    public static func run(_ arguments: [String], dropPrivileges: Bool = false) throws -> ProcessRunner.Output {
        guard dropPrivileges else { return try ProcessRunner.run(executable.path, arguments, timeout: 60) }
        // A copy where `nobody` may run it: the checkout may lie under a private home folder.
        let folder = try ScratchFolder("dxcert-bin")
        defer { folder.remove() }
        chmod(folder.url.path, 0o755)
        let copy = folder.appending("dxcert")
        try FileManager.default.copyItem(at: executable, to: copy)
        chmod(copy.path, 0o755)
        return try ProcessRunner.run(copy.path, arguments, timeout: 60, asNobody: true)
    }
}
