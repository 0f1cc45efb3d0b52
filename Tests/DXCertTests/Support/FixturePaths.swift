import Foundation
import TestSupport

/// Committed fixtures next to the test sources.
enum FixturePaths {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures")

    static func url(_ relative: String) -> URL { root.appendingPathComponent(relative) }

    /// A fresh temporary folder (the shared `ScratchFolder`; removed by the caller when needed).
    static func tempDirectory(_ label: String = "dxcert") -> URL {
        (try? ScratchFolder(label).url)
            ?? FileManager.default.temporaryDirectory.appendingPathComponent("\(label)-\(UUID().uuidString)")
    }
}
