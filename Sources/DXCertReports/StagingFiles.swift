import DXCertRules
import Foundation
import XLSXWriter

/// The hidden files a run writes before renaming them into place, and their clean-up.
///
/// A name carries the writing process's id: `.認定台帳.xlsx.<pid>.<UUID>.tmp` (and the wrapper's
/// own `.<that>.<UUID>.partial`). At the start of the next run, staging files whose process is
/// no longer running are removed; a concurrent run's files are left alone.
enum StagingFiles {
    /// The staging name for a report file of this process.
    static func name(for report: String) -> String {
        ".\(report).\(getpid()).\(UUID().uuidString).tmp"
    }

    /// Removes staging files left by runs that were killed. Never touches anything else.
    static func removeStale(in folder: URL) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return }
        for name in names {
            guard let pid = ownerProcess(name), !isRunning(pid) else { continue }
            var st = stat()
            let path = folder.appendingPathComponent(name).path
            guard lstat(path, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG else { continue }
            unlink(path)
        }
    }

    /// The process id in a staging file's name, or nil when the name is not one of ours.
    static func ownerProcess(_ name: String) -> pid_t? {
        guard name.hasPrefix("."), name.hasSuffix(".tmp") || name.hasSuffix(".partial") else { return nil }
        let bare = name.drop { $0 == "." }
        guard bare.hasPrefix(OutputNames.ledger + ".") || bare.hasPrefix("認定結果_") || bare.hasPrefix("認定証_") else { return nil }
        // `<report>.xlsx.<pid>.<UUID>.tmp…`: the pid follows the first `.xlsx.`.
        guard let xlsx = bare.range(of: ".xlsx.") else { return nil }
        let fields = bare[xlsx.upperBound...].split(separator: ".", omittingEmptySubsequences: false)
        guard fields.count >= 3, let pid = Int32(fields[0]), pid > 0, UUID(uuidString: String(fields[1])) != nil else { return nil }
        return pid
    }

    private static func isRunning(_ pid: pid_t) -> Bool {
        if pid == getpid() { return true }
        return kill(pid, 0) == 0 || errno != ESRCH
    }
}
