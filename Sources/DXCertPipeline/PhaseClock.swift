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
    /// Guarded by `lock`: the process's CPU time (all threads) at the previous lap.
    private var lastCPU = PhaseClock.cpuSeconds()
    private let lock = NSLock()

    public init() {}

    /// Prints the time since the previous lap, the CPU time of all threads in it, and the peak
    /// memory so far: `[timing] validate: 0.031s (cpu 0.045s, peak 48 MB)`.
    public func lap(_ name: String) {
        guard enabled else { return }
        let (elapsed, cpu): (TimeInterval, Double) = lock.withLock {
            let now = Date()
            let nowCPU = Self.cpuSeconds()
            defer {
                last = now
                lastCPU = nowCPU
            }
            return (now.timeIntervalSince(last), nowCPU - lastCPU)
        }
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        let peak = Double(usage.ru_maxrss) / 1024  // kilobytes on Linux
        FileHandle.standardError.write(
            Data(String(format: "[timing] %@: %.3fs (cpu %.3fs, peak %.0f MB)\n", name, elapsed, cpu, peak).utf8))
    }

    /// User plus system time of the whole process so far.
    private static func cpuSeconds() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        func seconds(_ t: timeval) -> Double { Double(t.tv_sec) + Double(t.tv_usec) / 1_000_000 }
        return seconds(usage.ru_utime) + seconds(usage.ru_stime)
    }
}
