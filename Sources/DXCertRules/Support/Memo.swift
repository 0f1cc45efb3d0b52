import Foundation

/// A bounded, thread-safe memo for pure functions called with the same few arguments again and
/// again (the five dropdown texts of a score column, the same project score printed in
/// thousands of reasons). When full it starts over, so memory stays bounded whatever the input.
///
/// Keys are spread over 16 independently locked stripes, so threads working through different
/// people at the same time (the しきい値感度 table) rarely wait for one another.
final class Memo<Key: Hashable & Sendable, Value: Sendable>: @unchecked Sendable {
    private final class Stripe: @unchecked Sendable {
        let lock = NSLock()
        /// Guarded by `lock`.
        var values: [Key: Value] = [:]
    }

    private let stripes: [Stripe]
    private let capacityPerStripe: Int

    init(capacity: Int = 4_096) {
        stripes = (0..<16).map { _ in Stripe() }
        capacityPerStripe = Swift.max(1, capacity / 16)
    }

    /// The value for `key`, computed by `make` the first time (outside the lock).
    func value(_ key: Key, _ make: () -> Value) -> Value {
        let stripe = stripes[key.hashValue & 15]
        if let known = stripe.lock.withLock({ stripe.values[key] }) { return known }
        let made = make()
        stripe.lock.withLock {
            if stripe.values.count >= capacityPerStripe { stripe.values.removeAll(keepingCapacity: true) }
            stripe.values[key] = made
        }
        return made
    }
}
