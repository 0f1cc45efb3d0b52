#!/usr/bin/env python3
"""Writes the inputs on which fuzzing found a crash outside the reader (DXCert's form parsing),
into Fuzz/regressions/forms/. `make fuzz` replays every file there first (scripts/fuzz/run.sh).

    python3 scripts/fuzz/make_form_regressions.py

Each is the committed sample year setup (input/令和7年度/年度設定_R7.xlsx) with one number cell
set to 1e300, found by sheet name and cell (deterministic: fixed timestamps, same part order).
"""

import os
import re
import sys
import zipfile

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
SOURCE = os.path.join(ROOT, "input", "令和7年度", "年度設定_R7.xlsx")
OUT = os.path.join(ROOT, "Fuzz", "regressions", "forms")

# (file, sheet name, cell, value, where it trapped)
CASES = [
    ("setup_criteria_value_1e300.xlsx", "認定基準", "B10", "1e300",
     "Sources/DXCert/Settings/SettingDefinition.swift:131 Int(d) of a huge integral Double"),
    ("setup_target_1e300.xlsx", "目標", "B5", "1e300",
     "Sources/DXCert/Ingest/YearSetupParser.swift:264 Int(n) of a huge integral Double"),
]


def sheet_part(z, sheet):
    wb = z.read("xl/workbook.xml").decode("utf-8")
    m = re.search(r'<sheet name="%s"[^>]*r:id="([^"]+)"' % re.escape(sheet), wb)
    if not m:
        sys.exit("no sheet %s in %s" % (sheet, SOURCE))
    rels = z.read("xl/_rels/workbook.xml.rels").decode("utf-8")
    t = re.search(r'Id="%s"[^>]*Target="([^"]+)"' % re.escape(m.group(1)), rels) or \
        re.search(r'Target="([^"]+)"[^>]*Id="%s"' % re.escape(m.group(1)), rels)
    return "xl/" + t.group(1).lstrip("/").replace("xl/", "", 1)


def main():
    os.makedirs(OUT, exist_ok=True)
    with zipfile.ZipFile(SOURCE) as z:
        infos = z.infolist()
        for name, sheet, cell, value, note in CASES:
            part = sheet_part(z, sheet)
            xml = z.read(part).decode("utf-8")
            m = re.search(r'<c r="%s"((?: [a-z]+="[^"]*")*)>(?:<f>[^<]*</f>)?<v>([^<]*)</v></c>' % cell, xml)
            if not m or 't="s"' in m.group(1) or 't="str"' in m.group(1):
                sys.exit("%s!%s is not a number cell in %s" % (sheet, cell, SOURCE))
            xml = xml[:m.start(2)] + value + xml[m.end(2):]
            with zipfile.ZipFile(os.path.join(OUT, name), "w", zipfile.ZIP_DEFLATED) as w:
                for info in infos:
                    data = xml.encode("utf-8") if info.filename == part else z.read(info.filename)
                    out = zipfile.ZipInfo(info.filename, date_time=(1980, 1, 1, 0, 0, 0))
                    out.compress_type = zipfile.ZIP_DEFLATED
                    w.writestr(out, data)
            print("%s: %s!%s = %s (%s)" % (name, sheet, cell, value, note))


if __name__ == "__main__":
    main()
