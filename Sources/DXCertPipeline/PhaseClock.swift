import DXCertIngest
import DXCertReports
import DXCertRules
import Foundation

/// Phase timings on stderr when `DXCERT_TIMING` is set (used by the benchmark, silent otherwise).
public final class PhaseClock: @unchecked Sendable {
    private let enabled = ProcessInfo.processInfo.environment["DXCERT_TIMING"] != nil
    /// Guarded by `lock`: laps may come from any thread.
    private var last = Date()
    private let lock = NSLock()

    public init() {}

    /// Prints the time since the previous lap.
    public func lap(_ name: String) {
        guard enabled else { return }
        let elapsed: TimeInterval = lock.withLock {
            let now = Date()
            defer { last = now }
            return now.timeIntervalSince(last)
        }
        FileHandle.standardError.write(Data(String(format: "[timing] %@: %.2fs\n", name, elapsed).utf8))
    }
}
