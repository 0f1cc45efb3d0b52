import Foundation

/// Collects problems from every stage; thread-safe so files can be read in parallel.
///
/// A bad input is a diagnostic, not an abort: stages report here and go on; the exit code
/// comes from what was collected.
public final class Diagnostics: @unchecked Sendable {
    private let lock = NSLock()
    private var items: [Problem] = []

    public init() {}

    /// Records a problem.
    public func report(_ problem: Problem) {
        lock.lock()
        items.append(problem)
        lock.unlock()
    }

    /// Records a problem from its parts.
    public func report(
        _ severity: Severity, _ location: SourceLocation, _ message: String, action: String,
        year: FiscalYear? = nil, detail: String? = nil
    ) {
        report(Problem(severity, location, message, action: action, year: year, detail: detail))
    }

    /// Records what a parser noted on a sheet, in the year it belongs to.
    public func report(_ note: SheetNote, year: FiscalYear? = nil) {
        report(note.severity, note.location, note.message, action: note.action, year: year)
    }

    /// Every problem in a stable order: by file, sheet, cell (row-major), then message.
    public var problems: [Problem] {
        lock.lock()
        defer { lock.unlock() }
        return items.sorted(by: Diagnostics.order)
    }

    /// True when anything at warning level or above was collected (exit code 1).
    public var hasInputProblems: Bool {
        problems.contains { $0.severity >= .warning }
    }

    static func order(_ a: Problem, _ b: Problem) -> Bool {
        if a.location.file != b.location.file { return a.location.file < b.location.file }
        if (a.location.sheet ?? "") != (b.location.sheet ?? "") { return (a.location.sheet ?? "") < (b.location.sheet ?? "") }
        if a.location.cell != b.location.cell {
            switch (a.location.cell, b.location.cell) {
            case (nil, _): return true
            case (_, nil): return false
            case (let x?, let y?): return x < y
            }
        }
        if a.severity != b.severity { return a.severity > b.severity }
        return a.message < b.message
    }
}
