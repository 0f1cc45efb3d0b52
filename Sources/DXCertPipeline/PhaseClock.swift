import DXCertIngest
import DXCertReports
import DXCertRules
import Foundation

/// Phase timings and the peak memory so far on stderr when `DXCERT_TIMING` is set (used to
/// profile the benchmark, silent otherwise).
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
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        let peak = Double(usage.ru_maxrss) / 1024  // kilobytes on Linux
        FileHandle.standardError.write(Data(String(format: "[timing] %@: %.2fs (peak %.0f MB)\n", name, elapsed, peak).utf8))
    }
}
