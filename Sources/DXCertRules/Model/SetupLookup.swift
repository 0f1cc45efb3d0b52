import Foundation

/// Lazily built lookup tables of a `YearSetup` (shared by copies until one of them changes its lists).
///
/// Validation asks for them from every core thousands of times, so once built they are read
/// under a read lock (readers do not exclude each other; an `NSLock` here had the two threads
/// waiting on each other, half of all futex calls of a check) and handed out as one reference.
final class SetupLookup: @unchecked Sendable {
    final class Tables: Sendable {
        let projectIndex: [ProjectID: Int]
        let participantsByProject: [ProjectID: [Int]]
        let participantsByStaff: [StaffID: [Int]]
        let extrasByProject: [ProjectID: [Int]]

        init(_ setup: YearSetup) {
            var projectIndex: [ProjectID: Int] = [:]
            var participantsByProject: [ProjectID: [Int]] = [:]
            var participantsByStaff: [StaffID: [Int]] = [:]
            var extrasByProject: [ProjectID: [Int]] = [:]
            for (i, p) in setup.projects.enumerated() where projectIndex[p.id] == nil { projectIndex[p.id] = i }
            for (i, p) in setup.participants.enumerated() {
                participantsByProject[p.projectID, default: []].append(i)
                participantsByStaff[p.staffID, default: []].append(i)
            }
            for (i, e) in setup.extraEvaluators.enumerated() { extrasByProject[e.projectID, default: []].append(i) }
            self.projectIndex = projectIndex
            self.participantsByProject = participantsByProject
            self.participantsByStaff = participantsByStaff
            self.extrasByProject = extrasByProject
        }
    }

    private let lock: UnsafeMutablePointer<pthread_rwlock_t>
    /// Guarded by `lock`.
    private var built: Tables?

    init() {
        lock = .allocate(capacity: 1)
        lock.initialize(to: pthread_rwlock_t())
        pthread_rwlock_init(lock, nil)
    }

    deinit {
        pthread_rwlock_destroy(lock)
        lock.deallocate()
    }

    func tables(_ setup: YearSetup) -> Tables {
        pthread_rwlock_rdlock(lock)
        let known = built
        pthread_rwlock_unlock(lock)
        if let known { return known }
        pthread_rwlock_wrlock(lock)
        defer { pthread_rwlock_unlock(lock) }
        if let built { return built }
        let made = Tables(setup)
        built = made
        return made
    }
}
