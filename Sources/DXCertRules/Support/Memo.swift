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
    private let striping: Striping

    /// How a lookup picks its stripe.
    enum Striping {
        /// By the key's hash: many different keys (figures, texts) spread over the stripes.
        case byKey
        /// By the calling thread: for a few keys looked up by every thread all the time (the
        /// five dropdown texts of a score column), where striping by key put every thread on
        /// the same lock and made them wait on each other (futex calls). Each thread keeps its
        /// own copies; `capacity` is then per thread.
        case byThread
    }

    init(capacity: Int = 4_096, striping: Striping = .byKey) {
        stripes = (0..<16).map { _ in Stripe() }
        self.striping = striping
        capacityPerStripe = striping == .byKey ? Swift.max(1, capacity / 16) : capacity
    }

    /// The value for `key`, computed by `make` the first time (outside the lock).
    func value(_ key: Key, _ make: () -> Value) -> Value {
        let stripe = stripes[(striping == .byKey ? key.hashValue : Self.threadHash()) & 15]
        if let known = stripe.lock.withLock({ stripe.values[key] }) { return known }
        let made = make()
        stripe.lock.withLock {
            if stripe.values.count >= capacityPerStripe { stripe.values.removeAll(keepingCapacity: true) }
            stripe.values[key] = made
        }
        return made
    }

    /// A number that differs between threads: the thread's stack address, in 64 KiB units
    /// (thread stacks lie megabytes apart, so two threads rarely share a stripe).
    private static func threadHash() -> Int {
        var marker = 0
        return withUnsafeMutablePointer(to: &marker) { Int(bitPattern: UInt(bitPattern: $0) >> 16) }
    }
}
