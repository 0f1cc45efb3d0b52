#!/usr/bin/env python3
"""Writes the inputs on which fuzzing found a crash outside the reader (DXCert's form parsing),
into Fuzz/regressions/forms/. `make fuzz` replays every file there first (scripts/fuzz/run.sh).

    python3 scripts/fuzz/make_form_regressions.py

Each is a committed sample workbook from input/ with one cell replaced by the number 1e300 (its
style kept), found by sheet name and cell (deterministic: fixed timestamps, same part order).
Found by `scripts/fuzz/mutate.py --sweep` and the FuzzForms target.
"""

import os
import re
import sys
import zipfile

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
SETUP = os.path.join(ROOT, "input", "令和7年度", "年度設定_R7.xlsx")
REGISTER = os.path.join(ROOT, "input", "既認定者名簿.xlsx")
OUT = os.path.join(ROOT, "Fuzz", "regressions", "forms")

# (file, source, sheet name, cell, value, where it trapped)
CASES = [
    ("setup_criteria_value_1e300.xlsx", SETUP, "認定基準", "B10", "1e300",
     "Sources/DXCertRules/Settings/SettingDefinition.swift:131 Int(d) of a huge integral Double"),
    ("setup_target_1e300.xlsx", SETUP, "目標", "B5", "1e300",
     "Sources/DXCertIngest/Forms/YearSetupParser.swift:264 Int(n) of a huge integral Double"),
    ("setup_year_1e300.xlsx", SETUP, "年度", "B4", "1e300",
     "Sources/DXCertRules/Normalize/YearParser.swift:12 Int(n) of a huge integral Double"),
    ("register_year_1e300.xlsx", REGISTER, None, "E5", "1e300",
     "Sources/DXCertRules/Normalize/YearParser.swift:12 Int(n) of a huge integral Double"),
]


def sheet_part(z, sheet, source):
    wb = z.read("xl/workbook.xml").decode("utf-8")
    if sheet is None:  # the first sheet
        sheet = re.search(r'<sheet name="([^"]+)"', wb).group(1)
    m = re.search(r'<sheet name="%s"[^>]*r:id="([^"]+)"' % re.escape(sheet), wb)
    if not m:
        sys.exit("no sheet %s in %s" % (sheet, source))
    rels = z.read("xl/_rels/workbook.xml.rels").decode("utf-8")
    t = re.search(r'Id="%s"[^>]*Target="([^"]+)"' % re.escape(m.group(1)), rels) or \
        re.search(r'Target="([^"]+)"[^>]*Id="%s"' % re.escape(m.group(1)), rels)
    return "xl/" + t.group(1).lstrip("/").replace("xl/", "", 1)


def main():
    os.makedirs(OUT, exist_ok=True)
    for name, source, sheet, cell, value, note in CASES:
        with zipfile.ZipFile(source) as z:
            infos = z.infolist()
            part = sheet_part(z, sheet, source)
            xml = z.read(part).decode("utf-8")
            m = re.search(r'<c r="%s"((?:\s+[A-Za-z:]+="[^"]*")*)\s*(?:/>|>(?:(?!<c[\s>/]).)*?</c>)' % cell, xml, re.S)
            if not m:
                sys.exit("no cell %s!%s in %s" % (sheet, cell, source))
            style = re.search(r'\ss="[^"]*"', m.group(1) or "")
            xml = xml[:m.start()] + '<c r="%s"%s><v>%s</v></c>' % (cell, style.group(0) if style else "", value) + xml[m.end():]
            with zipfile.ZipFile(os.path.join(OUT, name), "w", zipfile.ZIP_DEFLATED) as w:
                for info in infos:
                    data = xml.encode("utf-8") if info.filename == part else z.read(info.filename)
                    out = zipfile.ZipInfo(info.filename, date_time=(1980, 1, 1, 0, 0, 0))
                    out.compress_type = zipfile.ZIP_DEFLATED
                    w.writestr(out, data)
        print("%s: %s!%s = %s (%s)" % (name, sheet or "(first sheet)", cell, value, note))


if __name__ == "__main__":
    main()
