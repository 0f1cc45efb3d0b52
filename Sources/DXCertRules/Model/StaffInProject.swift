import Foundation

/// One staff member in one project: the key of a participation row, of an extra evaluator and
/// of a leader evaluation (who evaluated the leader of which project).
public struct StaffInProject: Hashable, Sendable, Comparable {
    public var staffID: StaffID
    public var projectID: ProjectID

    public init(_ staffID: StaffID, in projectID: ProjectID) {
        self.staffID = staffID
        self.projectID = projectID
    }

    /// By project, then staff ID.
    public static func < (a: StaffInProject, b: StaffInProject) -> Bool {
        (a.projectID, a.staffID) < (b.projectID, b.staffID)
    }
}
