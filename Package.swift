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
        .library(name: "DXCert", targets: ["DXCert"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
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
        .systemLibrary(
            name: "CXLSXWriter",
            pkgConfig: "xlsxwriter",
            providers: [.apt(["libxlsxwriter-dev"])]
        ),
        // Streaming .xlsx reader: knows OOXML, nothing about certification.
        .target(
            name: "OOXMLReader",
            dependencies: ["CLibXML2", "CZlib"]
        ),
        // Safe Swift wrapper over libxlsxwriter.
        .target(name: "XLSXWriter", dependencies: ["CXLSXWriter"]),
        // The certification domain: read → classify → normalize → validate → score → certify → report.
        .target(name: "DXCert", dependencies: ["OOXMLReader", "XLSXWriter"]),
        // Thin command line.
        .executableTarget(
            name: "dxcert",
            dependencies: ["DXCert", "OOXMLReader", "XLSXWriter", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        // Writes the fictional sample in input/ with the domain's own sheet generator (scripts/make-sample.sh).
        .executableTarget(
            name: "SampleInput",
            dependencies: ["DXCert", "XLSXWriter", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        // What every test suite shares: running programs, scratch folders (Foundation only).
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "OOXMLReaderTests", dependencies: ["OOXMLReader", "TestSupport"], exclude: ["Fixtures"]),
        .testTarget(name: "XLSXWriterTests", dependencies: ["XLSXWriter", "OOXMLReader", "TestSupport"]),
        .testTarget(name: "DXCertTests", dependencies: ["DXCert", "OOXMLReader", "XLSXWriter", "TestSupport"], exclude: ["Fixtures"]),
    ]
)
