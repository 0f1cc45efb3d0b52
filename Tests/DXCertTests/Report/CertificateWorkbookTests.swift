import Foundation
import OOXMLReader
import Testing

@testable import DXCertForms
@testable import DXCertIngest
@testable import DXCertPipeline
@testable import DXCertReports
@testable import DXCertRules

/// `認定証_<年度>.xlsx`: one framed A4 portrait page per certificate.
@Suite("Report: the certificate workbook")
struct CertificateWorkbookTests {
    /// The sheet's XML facts a printer cares about, read with Python's zipfile.
    static func printFacts(_ url: URL) throws -> String {
        try TplProcess.python(
            """
            import sys, re, zipfile
            xml = zipfile.ZipFile(sys.argv[1]).read('xl/worksheets/sheet1.xml').decode()
            breaks = re.findall(r'<brk id="(\\d+)"', xml)
            setup = re.search(r'<pageSetup [^>]*/>', xml).group(0)
            print(','.join(breaks) + '|' + ('portrait' if 'orientation="portrait"' in setup else 'landscape')
                  + '|' + ('a4' if 'paperSize="9"' in setup else 'other') + '|' + ('fit' if 'fitToPage' in xml else 'scale'))
            """, [url.path]
        ).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    @Test("one page per new certification: number, name, tier and role, statement, date, issuer at fixed rows, breaks between")
    func pagesAndCells() throws {
        let world = try MiniWorld()
        defer { world.cleanUp() }
        var setup = MiniWorld.setup(2024)
        setup.issuer = "テスト市長　試験　太郎"
        _ = try world.write(setup)
        let result = try world.run()
        let paths = try ReportWriter.write(result, to: world.output)
        let url = world.output.appendingPathComponent("認定証_令和6年度.xlsx")
        #expect(paths.contains(url.path))
        let read = try ReadWorkbook(url)
        #expect(read.workbook.worksheets.map(\.name) == ["認定証"])
        let cells = try #require(read.cells["認定証"])
        let rows = CertificateWorkbook.Block.rowCount
        #expect(result.certificates.count == 6)
        for (index, certificate) in result.certificates.enumerated() {
            let first = index * rows + 1  // A1 rows are 1-based
            func text(_ offset: Int) -> String? { cells["B\(first + offset)"]?.text }
            #expect(text(CertificateWorkbook.Block.number) == String(format: "第R6-%03d号", index + 1))
            #expect(text(CertificateWorkbook.Block.title) == "認定証")
            #expect(text(CertificateWorkbook.Block.name) == "\(certificate.name)　様")
            #expect(text(CertificateWorkbook.Block.tier) == "DXアドバイザー")
            #expect(text(CertificateWorkbook.Block.role) == Tier.advisor.role)
            #expect(text(CertificateWorkbook.Block.statement) == "あなたをテスト市DX人材認定制度に基づき\nDXアドバイザーに認定します。")
            #expect(text(CertificateWorkbook.Block.date) == "令和7年3月31日")
            #expect(text(CertificateWorkbook.Block.issuer) == "テスト市長　試験　太郎")
        }
        let breaks = (1..<6).map { String($0 * rows) }.joined(separator: ",")
        let facts = try Self.printFacts(url)
        #expect(facts == "\(breaks)|portrait|a4|scale")
        let properties = read.workbook.properties
        #expect(properties.custom[RunIdentifier.propertyName] != nil)
    }

    @Test("a year without new certifications still gets the workbook: one page saying so")
    func noCertifications() throws {
        let world = try MiniWorld()
        defer { world.cleanUp() }
        // Sheets sent back blank: no scores, nobody certified.
        _ = try world.write(MiniWorld.setup(2024), answers: SheetAnswers())
        let result = try world.run()
        #expect(result.certificates.isEmpty)
        _ = try ReportWriter.write(result, to: world.output)
        let url = world.output.appendingPathComponent("認定証_令和6年度.xlsx")
        let cells = try #require(try ReadWorkbook(url).cells["認定証"])
        #expect(cells["B\(CertificateWorkbook.Block.title + 1)"]?.text == CertificateWorkbook.noneText)
        #expect(try Self.printFacts(url) == "|portrait|a4|scale")
    }
}
