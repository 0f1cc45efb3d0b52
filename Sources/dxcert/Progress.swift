import Foundation

/// A one-line progress bar on a terminal (stderr); silent when stderr is not a terminal.
final class ProgressBar: @unchecked Sendable {
    private let enabled: Bool
    private let label: String
    private let lock = NSLock()
    private var lastDrawn = -1

    init(label: String) {
        self.label = label
        self.enabled = isatty(2) == 1 && ProcessInfo.processInfo.environment["CI"] == nil
    }

    func update(_ done: Int, _ total: Int) {
        guard enabled, total > 0 else { return }
        lock.lock()
        defer { lock.unlock() }
        let width = 30
        let filled = done * width / total
        guard filled != lastDrawn || done == total else { return }
        lastDrawn = filled
        let bar = String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled)
        StandardError.write("\r\(label) [\(bar)] \(done)/\(total)")
    }

    func finish() {
        guard enabled, lastDrawn >= 0 else { return }
        StandardError.write("\n")
    }
}
