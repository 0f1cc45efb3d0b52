import Foundation

/// The one way the test suites run another program (python3 with openpyxl, LibreOffice, the
/// built `dxcert`): output read before waiting (a large output cannot block the child), a
/// watchdog that stops a hung program, optionally as the unprivileged user `nobody`.
public enum ProcessRunner {
    /// What a program did.
    public struct Output: Sendable {
        public var status: Int32
        public var stdout: Data
        public var stderr: String
        /// True when the watchdog had to stop the program.
        public var timedOut: Bool

        /// Standard output as text.
        public var text: String { String(decoding: stdout, as: UTF8.self) }
    }

    /// A program that exited with a status other than 0, for `runChecked`.
    public struct Failure: Error, CustomStringConvertible {
        public let program: String
        public let status: Int32
        public let stderr: String
        public var description: String { "\(program) exited \(status): \(stderr)" }
    }

    /// Runs `program` (a path, or a name looked up on PATH) with `arguments`.
    ///
    /// `asNobody` runs it through `setpriv` as uid/gid 65534 (for permission tests under root;
    /// the program and its inputs must then be readable by everyone).
    public static func run(
        _ program: String, _ arguments: [String], timeout: TimeInterval = 180,
        asNobody: Bool = false
    ) throws -> Output {
        let process = Process()
        if asNobody {
            process.executableURL = URL(fileURLWithPath: "/usr/bin/setpriv")
            process.arguments = ["--reuid=65534", "--regid=65534", "--clear-groups", program] + arguments
        } else if program.contains("/") {
            process.executableURL = URL(fileURLWithPath: program)
            process.arguments = arguments
        } else {
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = [program] + arguments
        }
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stopped = Flag()
        let watchdog = DispatchWorkItem {
            if process.isRunning {
                stopped.set()
                process.terminate()
            }
        }
        DispatchQueue.global().asyncAfter(deadline: .now() + timeout, execute: watchdog)
        defer { watchdog.cancel() }
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Output(
            status: process.terminationStatus, stdout: stdout, stderr: String(decoding: stderr, as: UTF8.self),
            timedOut: stopped.value)
    }

    /// Runs `program` and returns its standard output; throws `Failure` unless it exits 0.
    @discardableResult
    public static func runChecked(_ program: String, _ arguments: [String], timeout: TimeInterval = 180) throws -> String {
        let output = try run(program, arguments, timeout: timeout)
        guard output.status == 0, !output.timedOut else {
            throw Failure(program: program, status: output.status, stderr: output.stderr)
        }
        return output.text
    }

    /// True when `program arguments…` runs and exits 0 (used to skip tests visibly).
    public static func succeeds(_ program: String, _ arguments: [String]) -> Bool {
        (try? run(program, arguments, timeout: 60))?.status == 0
    }
}

/// A flag set from the watchdog's thread and read after the process ended.
private final class Flag: @unchecked Sendable {
    private let lock = NSLock()
    private var isSet = false

    func set() { lock.withLock { isSet = true } }
    var value: Bool { lock.withLock { isSet } }
}
