// swift-tools-version:6.0
// libFuzzer targets for the reader and the form parsers (see README, development: Fuzzing).
// Build and run through `make fuzz` (scripts/fuzz/run.sh), never as part of the main package:
//   swift build --package-path Fuzz --scratch-path .build-fuzz -c release -Xswiftc -sanitize=fuzzer,address
import Foundation
import PackageDescription

// The dxcert package is the folder above; a path dependency's identity is its folder name
// (`wt-reader`, `dxcert`, …), so it is computed rather than spelled out.
let root = URL(fileURLWithPath: Context.packageDirectory).deletingLastPathComponent()
let dxcert = root.lastPathComponent.lowercased()

let package = Package(
    name: "dxcert-fuzz",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(path: root.path),
    ],
    targets: [
        // Declares libFuzzer's LLVMFuzzerRunDriver (the library comes with -sanitize=fuzzer).
        .target(name: "CFuzzerDriver"),
        .executableTarget(
            name: "FuzzReader",
            dependencies: ["CFuzzerDriver", .product(name: "OOXMLReader", package: dxcert)]
        ),
        .executableTarget(
            name: "FuzzForms",
            dependencies: ["CFuzzerDriver", .product(name: "DXCertIngest", package: dxcert), .product(name: "DXCertRules", package: dxcert),
                .product(name: "OOXMLReader", package: dxcert),]
        ),
    ]
)
