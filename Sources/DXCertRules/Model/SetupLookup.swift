import Foundation

/// Lazily built lookup tables of a `YearSetup` (shared by copies until one of them changes its lists).
final class SetupLookup: @unchecked Sendable {
    struct Tables {
        var projectIndex: [ProjectID: Int] = [:]
        var participantsByProject: [ProjectID: [Int]] = [:]
        var participantsByStaff: [StaffID: [Int]] = [:]
        var extrasByProject: [ProjectID: [Int]] = [:]
    }

    private let lock = NSLock()
    private var built: Tables?

    func tables(_ setup: YearSetup) -> Tables {
        lock.lock()
        defer { lock.unlock() }
        if let built { return built }
        var t = Tables()
        for (i, p) in setup.projects.enumerated() where t.projectIndex[p.id] == nil { t.projectIndex[p.id] = i }
        for (i, p) in setup.participants.enumerated() {
            t.participantsByProject[p.projectID, default: []].append(i)
            t.participantsByStaff[p.staffID, default: []].append(i)
        }
        for (i, e) in setup.extraEvaluators.enumerated() { t.extrasByProject[e.projectID, default: []].append(i) }
        built = t
        return t
    }
}
