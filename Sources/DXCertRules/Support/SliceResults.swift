import Foundation

/// The results of work split into slices and run on several threads
/// (`DispatchQueue.concurrentPerform`): each slice stores its own result under a lock, and the
/// caller reads them back in slice order, so merged results never depend on thread timing.
package final class SliceResults<Value>: @unchecked Sendable {
    private let lock = NSLock()
    /// Guarded by `lock`.
    private var stored: [Value?]

    package init(count: Int) {
        stored = Array(repeating: nil, count: count)
    }

    package func set(_ slice: Int, _ value: Value) {
        lock.withLock { stored[slice] = value }
    }

    /// The results in slice order (every slice must have stored one).
    package var values: [Value] {
        lock.withLock { stored.map { $0! } }
    }
}

extension Array where Element: Sendable {
    /// `map` run on every core, slice by slice; the results come back in the original order, so
    /// the outcome is the same as `map` whatever the thread timing. For independent work on
    /// thousands of elements (one returned sheet each); `transform` must not depend on the order
    /// in which elements are done (diagnostics are collected thread-safely and sorted at the end).
    package func concurrentMap<T: Sendable>(_ transform: @Sendable (Element) -> T) -> [T] {
        // Four slices per core whatever the count: a few heavy elements (50 judges' sheets of
        // 200 rows) balance across the cores too, and a slice is cheap to hand out.
        let slices = Swift.max(1, Swift.min(ProcessInfo.processInfo.activeProcessorCount * 4, count))
        if slices == 1 { return map(transform) }
        let results = SliceResults<[T]>(count: slices)
        DispatchQueue.concurrentPerform(iterations: slices) { slice in
            results.set(slice, self[count * slice / slices..<count * (slice + 1) / slices].map(transform))
        }
        return results.values.flatMap { $0 }
    }
}

extension Array where Element: Sendable {
    /// `concurrentMap` taking the array: it is mapped a chunk at a time, and each chunk's
    /// elements are let go before the next chunk is mapped, so memory held by the inputs (20,000
    /// returned sheets) is freed while their results are made instead of after.
    package consuming func concurrentMapReleasing<T: Sendable>(chunk: Int = 1_024, _ transform: @Sendable (Element) -> T) -> [T] {
        var pending = consume self  // the only owner: removing elements frees them
        var results: [T] = []
        results.reserveCapacity(pending.count)
        while !pending.isEmpty {
            let n = Swift.min(Swift.max(1, chunk), pending.count)
            results += Array(pending[..<n]).concurrentMap(transform)
            pending.removeFirst(n)  // frees the mapped elements (the rest only move)
        }
        return results
    }
}
