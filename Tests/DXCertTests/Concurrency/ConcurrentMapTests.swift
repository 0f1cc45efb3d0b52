import Foundation
import Testing

@testable import DXCertRules

/// The parallel maps give exactly what `map` gives, in the same order, whatever the chunking.
@Suite("Parallel maps keep the order of a plain map")
struct ConcurrentMapTests {
    @Test("concurrentMap equals map", arguments: [0, 1, 2, 7, 8, 9, 100, 2_051])
    func concurrentMap(count: Int) {
        let input = (0..<count).map { "項目\($0)" }
        #expect(input.concurrentMap { $0 + "!" } == input.map { $0 + "!" })
    }

    @Test("concurrentMapReleasing equals map, chunk by chunk", arguments: [1, 3, 8, 1_024, 5_000])
    func releasing(chunk: Int) {
        let input = (0..<2_051).map { i in (i, "シート\(i)") }
        let expected = input.map { "\($0.0):\($0.1)" }
        #expect(input.concurrentMapReleasing(chunk: chunk) { "\($0.0):\($0.1)" } == expected)
        #expect([(Int, String)]().concurrentMapReleasing(chunk: chunk) { "\($0.0)" } == [])
    }

    @Test("concurrentMapReleasing lets go of each chunk once it is mapped")
    func lettingGo() {
        final class Probe: Sendable {}
        var probes = (0..<64).map { _ in Probe() }
        weak let first = probes[0]
        weak let last = probes[63]
        let consumed = probes
        probes = []
        // The chunks are mapped one after the other: when the last element is, the first chunk's
        // elements are gone already.
        let firstAliveAtLast = (consume consumed).concurrentMapReleasing(chunk: 8) { probe in
            probe === last ? first != nil : false
        }
        #expect(firstAliveAtLast.last == false)
        #expect(first == nil)
    }
}
