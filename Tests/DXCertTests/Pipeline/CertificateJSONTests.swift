import Foundation
import Testing

@testable import DXCertPipeline
@testable import DXCertRules

/// The `--json` view of the year's certificates (docs/json.md).
@Suite("JSON: certificates")
struct CertificateJSONTests {
    @Test("the --json certificates list: number, staff ID, name, tier, date, issuer")
    func json() throws {
        let world = try MiniWorld()
        defer { world.cleanUp() }
        _ = try world.write(MiniWorld.setup(2024))
        let result = try world.run()
        let object = try #require(try JSONSerialization.jsonObject(with: JSONExport.encode(result)) as? [String: Any])
        let first = try #require((object["certificates"] as? [[String: Any]])?.first)
        #expect(first["number"] as? String == "第R6-001号")
        #expect(first["staffID"] as? String == "00101")
        #expect(first["tier"] as? String == "DXアドバイザー")
        #expect(first["date"] as? String == "2025-03-31")
        #expect(first["dateText"] as? String == "令和7年3月31日")
        #expect(first["issuer"] as? String == "テスト市")
    }
}
