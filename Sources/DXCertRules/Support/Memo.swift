import Foundation

/// A bounded, thread-safe memo for pure functions called with the same few arguments again and
/// again (the five dropdown texts of a score column, the same project score printed in
/// thousands of reasons). When full it starts over, so memory stays bounded whatever the input.
final class Memo<Key: Hashable & Sendable, Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    /// Guarded by `lock`.
    private var values: [Key: Value] = [:]
    private let capacity: Int

    init(capacity: Int = 4_096) {
        self.capacity = capacity
    }

    /// The value for `key`, computed by `make` the first time (outside the lock).
    func value(_ key: Key, _ make: () -> Value) -> Value {
        if let known = lock.withLock({ values[key] }) { return known }
        let made = make()
        lock.withLock {
            if values.count >= capacity { values.removeAll(keepingCapacity: true) }
            values[key] = made
        }
        return made
    }
}
