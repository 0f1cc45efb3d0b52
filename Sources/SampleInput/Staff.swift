/// A staff member of the fictional みどり市, followed by staff ID across years and departments.
struct Staff: Hashable {
    let id: String
    let name: String
}

/// A person with the department they belong to in one year (a transfer changes it, not the ID).
struct Seat {
    let staff: Staff
    let department: String
}
