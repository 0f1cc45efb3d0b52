import DXCertRules
import Dispatch
import Foundation
import OOXMLReader

/// A thread-safe counter for progress.
final class Counter: @unchecked Sendable {
    private var n = 0
    private let lock = NSLock()

    func increment() -> Int {
        lock.lock()
        defer { lock.unlock() }
        n += 1
        return n
    }
}
