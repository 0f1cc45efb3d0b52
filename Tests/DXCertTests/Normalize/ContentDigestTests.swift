import Foundation
import Testing

@testable import DXCertRules

@Suite("ContentDigest")
struct ContentDigestTests {
    @Test("hex is the hash as %016llx writes it: 16 lower-case digits, zero-padded")
    func hex() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<1_000 {
            var digest = ContentDigest()
            for _ in 0..<Int.random(in: 0...3, using: &generator) { digest.add(String(UInt64.random(in: 0...UInt64.max, using: &generator))) }
            let hex = digest.hex
            #expect(hex.count == 16 && hex.allSatisfy { "0123456789abcdef".contains($0) })
            #expect(hex == String(format: "%016llx", UInt64(hex, radix: 16)!))
        }
        #expect(ContentDigest().hex == "cbf29ce484222325")
    }
}
