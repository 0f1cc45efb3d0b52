import Foundation

/// A fresh folder under the system's temporary folder for one test, removed with `remove()`.
public struct ScratchFolder: Sendable {
    public let url: URL

    /// `label` names the folder (letters and digits kept), so a leftover says which test made it.
    public init(_ label: String = #function) throws {
        let safe = String(label.filter { $0.isLetter || $0.isNumber }.prefix(60))
        url = FileManager.default.temporaryDirectory.appendingPathComponent("dxcert-test-\(safe)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    /// A path inside the folder.
    public func path(_ name: String) -> String { url.appendingPathComponent(name).path }

    /// A URL inside the folder.
    public func appending(_ name: String) -> URL { url.appendingPathComponent(name) }

    public func remove() { try? FileManager.default.removeItem(at: url) }
}
