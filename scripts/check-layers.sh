#!/usr/bin/env bash
# The layers the compiler enforces, checked from the package description (docs/architecture.md):
# the rules core depends on nothing but Foundation; the reader and the writer on no domain
# target; every domain target only on the targets its layer allows. A change to Package.swift
# that adds a shortcut fails here (run by `make test`).
#
# It also checks the sources: a file of a target imports only Foundation-level system modules
# and the targets that target declares (SwiftPM on Linux would let a stray import of an
# already-built module through).
set -euo pipefail
cd "$(dirname "$0")/.."
swift package describe --type json | python3 -c '
import json, pathlib, re, sys

allowed = {
    "OOXMLReader": {"CLibXML2", "CZlib", "CLibDeflate"},
    "XLSXWriter": {"CXLSXWriter"},
    "DXCertRules": set(),
    "DXCertMessages": {"DXCertRules", "OOXMLReader", "XLSXWriter"},
    "DXCertIngest": {"DXCertRules", "DXCertMessages", "OOXMLReader"},
    "DXCertReports": {"DXCertRules", "DXCertMessages", "XLSXWriter"},
    "DXCertForms": {"DXCertIngest", "DXCertRules", "DXCertMessages", "OOXMLReader", "XLSXWriter"},
    "DXCertPipeline": {"DXCertIngest", "DXCertRules", "DXCertReports", "DXCertMessages", "OOXMLReader"},
}
FOUNDATION = ["Foundation"]
system = {"Foundation", "Dispatch", "Glibc", "Darwin", "FoundationEssentials"}
described = {t["name"]: t for t in json.load(sys.stdin)["targets"]}
failures = []
for name, deps in allowed.items():
    target = described.get(name)
    if target is None:
        failures.append(f"{name}: not in the package")
        continue
    declared = set(target.get("target_dependencies", [])) | set(target.get("product_dependencies", []))
    if declared - deps:
        failures.append(f"{name} depends on {sorted(declared - deps)}; its layer allows only {sorted(deps) or FOUNDATION}")
    for path in sorted(pathlib.Path(target["path"]).rglob("*.swift")):
        for m in re.finditer(r"^(?:@testable |@_exported |@preconcurrency )?import (?:class |struct |enum |func )?(\w+)", path.read_text(), re.M):
            module = m.group(1)
            if module not in system and module not in declared:
                failures.append(f"{path}: imports {module}, which {name} does not depend on")
if failures:
    print("check-layers: FAIL", *failures, sep="\n  ")
    sys.exit(1)
print("check-layers: ok (DXCertRules depends on Foundation only; OOXMLReader and XLSXWriter on no domain target; " + str(len(allowed)) + " targets checked)")
'
