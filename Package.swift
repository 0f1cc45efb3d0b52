// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "dxcert",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "dxcert", targets: ["dxcert"]),
        .executable(name: "dxcert-sample", targets: ["SampleInput"]),
        .library(name: "OOXMLReader", targets: ["OOXMLReader"]),
        .library(name: "XLSXWriter", targets: ["XLSXWriter"]),
        // For the fuzz package (Fuzz/), which drives ingest from outside.
        .library(name: "DXCertIngest", targets: ["DXCertIngest"]),
        .library(name: "DXCertRules", targets: ["DXCertRules"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2")
    ],
    targets: [
        // C libraries from Debian packages, entered through shims (see README, development).
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        .systemLibrary(
            name: "CZlib",
            pkgConfig: "zlib",
            providers: [.apt(["zlib1g-dev"])]
        ),
        // Whole-buffer inflate for the parts that fit in memory (nearly all): faster than zlib.
        .systemLibrary(
            name: "CLibDeflate",
            pkgConfig: "libdeflate",
            providers: [.apt(["libdeflate-dev"])]
        ),
        .systemLibrary(
            name: "CXLSXWriter",
            pkgConfig: "xlsxwriter",
            providers: [.apt(["libxlsxwriter-dev"])]
        ),
        // Streaming .xlsx reader: knows OOXML, nothing about certification.
        .target(
            name: "OOXMLReader",
            dependencies: ["CLibXML2", "CZlib", "CLibDeflate"]
        ),
        // Safe Swift wrapper over libxlsxwriter.
        .target(name: "XLSXWriter", dependencies: ["CXLSXWriter"]),
        // The certification, in the order a run goes: ingest → rules → reports, run by the pipeline.
        // Read the input folder, recognise each workbook's form and parse it into the rules' values.
        .target(name: "DXCertIngest", dependencies: ["DXCertRules", "DXCertMessages", "OOXMLReader"]),
        // The rules core (Foundation only): model, settings, validation, scoring, certification,
        // sensitivity, diagnostics. Knows nothing of OOXML, libxlsxwriter or the command line.
        .target(name: "DXCertRules"),
        // Write 認定結果 and 認定台帳 from a run's result; never recomputes a rule.
        .target(name: "DXCertReports", dependencies: ["DXCertRules", "DXCertMessages", "XLSXWriter"]),
        // Orchestrate one run: ingest, rules, reports; fatal errors, JSON export, the summary.
        .target(name: "DXCertPipeline", dependencies: ["DXCertIngest", "DXCertRules", "DXCertReports", "DXCertMessages", "OOXMLReader"]),
        // The forms people fill in: the four templates and the sheets handed to judges and evaluators.
        .target(name: "DXCertForms", dependencies: ["DXCertIngest", "DXCertRules", "DXCertMessages", "XLSXWriter", "OOXMLReader"]),
        // The Japanese a clerk reads for the libraries' and the run's errors, behind one protocol.
        .target(name: "DXCertMessages", dependencies: ["DXCertRules", "OOXMLReader", "XLSXWriter"]),
        // Thin command line.
        .executableTarget(
            name: "dxcert",
            dependencies: [
                "DXCertPipeline", "DXCertForms", "DXCertReports", "DXCertRules", "DXCertMessages", "OOXMLReader", "XLSXWriter",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Writes the fictional sample in input/ with the domain's own sheet generator (scripts/make-sample.sh).
        .executableTarget(
            name: "SampleInput",
            dependencies: [
                "DXCertForms", "DXCertPipeline", "DXCertReports", "DXCertRules", "XLSXWriter",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // What every test suite shares: running programs, scratch folders (Foundation only).
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "OOXMLReaderTests", dependencies: ["OOXMLReader", "TestSupport"], exclude: ["Fixtures"]),
        .testTarget(name: "XLSXWriterTests", dependencies: ["XLSXWriter", "OOXMLReader", "TestSupport"]),
        // The command from outside: exit codes, usage errors, --json (runs the built dxcert).
        .testTarget(name: "CommandLineTests", dependencies: ["dxcert", "TestSupport"]),
        .testTarget(
            name: "DXCertTests",
            dependencies: [
                "DXCertIngest", "DXCertRules", "DXCertReports", "DXCertPipeline", "DXCertForms", "DXCertMessages", "OOXMLReader", "XLSXWriter",
                "TestSupport",
            ], exclude: ["Fixtures"]),
    ]
)
