#!/usr/bin/env python3
"""Structure-aware mutation testing for dxcert's workbook reading (Python 3 standard library only).

    python3 scripts/fuzz/mutate.py --dxcert .build/debug/dxcert --count 300 [--seed 1] \
        [--out .build-fuzz/mutants] [--timeout 20] [--jobs 2] [--check] [SEED_FILES_OR_DIRS...]

Each mutant is one seed workbook with one to three mutations, made where the parser will see
them: XML parts are unzipped, edited (attributes `r` `s` `t` and friends set to huge, negative,
empty or odd values; `<v>`/`<t>` texts replaced by huge numbers, NaN, far dates, bad shared-
string indices; elements deleted, duplicated or repeated; parts truncated) and zipped again
with correct CRCs; or the finished ZIP's header fields are patched (sizes, offsets, counts,
name/extra lengths, flags, methods, ZIP64 extras and end records with values near 2^63,
truncation).

Every mutant goes through `dxcert inspect`; with --check, batches of mutants also go through
`dxcert check --input FOLDER`. A run is a failure when it exits with anything but 0 or 2
(`check`: 0, 1 or 2), dies from a signal (a Swift trap is SIGILL/SIGTRAP), or runs past
--timeout. Failures are copied to OUT/failures/ with the command's stderr; the script exits 1
when there is any. The same --seed gives the same mutants.
"""

import argparse
import concurrent.futures
import io
import os
import random
import re
import shutil
import signal
import struct
import subprocess
import sys
import time
import zipfile
import zlib

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
DEFAULT_SEEDS = [
    os.path.join(ROOT, "Tests", "OOXMLReaderTests", "Fixtures", "good"),
    os.path.join(ROOT, "Tests", "OOXMLReaderTests", "Fixtures", "corpus"),
    os.path.join(ROOT, "Tests", "DXCertTests", "Fixtures"),
    os.path.join(ROOT, "input"),
]
MAX_SEED_BYTES = 256 * 1024

I64 = (1 << 63) - 1
U64 = (1 << 64) - 1

# Values for numeric attributes and texts: boundaries of Excel, Int32/Int64 and Double.
HUGE_NUMBERS = [
    "0", "-1", "-0", "1", "1048576", "1048577", "16384", "16385", "2147483647", "2147483648", "-2147483649",
    "4294967295", "4294967296", "9223372036854775807", "9223372036854775808", "-9223372036854775808",
    "18446744073709551615", "99999999999999999999999999", "1e308", "-1e308", "1e309", "NaN", "nan", "inf",
    "-inf", "0x10", "+5", " 7 ", "", "1.5", "2958465", "2958466", "-693594", "1e-320", "4.9e-324",
]
ODD_REFS = [
    "XFD1048576", "XFE1", "A1048577", "A0", "A-1", "$A$1", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1",
    "A" + "9" * 40, "1A", "", "ZZZZZZZZ99999999", "a1", "XFD1", "A1:B2", "R1C1",
]
TYPES = ["s", "str", "inlineStr", "b", "e", "n", "d", "", "x", "S"]
DATES = [
    "99999999999999999-01-01", "9999-12-31T23:59:59.999", "10000-01-01", "0000-01-01", "-1-01-01",
    "2024-13-01", "2024-02-30", "2024-01-01T25:00:00", "T99:99", "1899-12-31T24:00:00", "2024-04-01T09:30:60.5",
    "+2024-04-01", "2024-04-01T10:00:00+09:00", "1e308-01-01",
]
ATTRS = ["r", "s", "t", "numFmtId", "localSheetId", "sheetId", "count", "uniqueCount", "ref", "date1904",
         "state", "Id", "Target", "TargetMode", "xfId", "applyNumberFormat", "spans"]
ELEMENTS = ["row", "c", "v", "f", "is", "si", "t", "r", "rPh", "sheet", "Relationship", "xf", "numFmt",
            "mergeCell", "definedName", "sheetData", "cellXfs", "numFmts", "property", "Override"]


def find_seeds(paths):
    out = []
    for p in paths:
        if os.path.isfile(p):
            out.append(p)
            continue
        for root, _, files in os.walk(p):
            for f in files:
                if f.lower().endswith((".xlsx", ".xlsm")) and not f.startswith("~$"):
                    full = os.path.join(root, f)
                    if os.path.getsize(full) <= MAX_SEED_BYTES:
                        out.append(full)
    out.sort()
    return out


# --------------------------------------------------------------------------------------
# XML mutations (the part is re-zipped afterwards, CRC correct)
# --------------------------------------------------------------------------------------

def pick_value(rng, attr):
    if attr == "r":
        return rng.choice(ODD_REFS + HUGE_NUMBERS)
    if attr == "t":
        return rng.choice(TYPES)
    if attr == "ref":
        return rng.choice(ODD_REFS + ["A1:XFE2", "A1:A1048577", "B2:A1", ":", "A1:"])
    if attr in ("date1904", "state", "TargetMode"):
        return rng.choice(["1", "true", "0", "x", "", "hidden", "veryHidden", "External"])
    if attr == "Target":
        return rng.choice(["../../../../etc/passwd", "/", "", "%", "%ZZ", "worksheets/sheet1.xml#x", "\\\\x", "a" * 300])
    return rng.choice(HUGE_NUMBERS)


def mutate_attribute(rng, text):
    attr = rng.choice(ATTRS)
    hits = [m for m in re.finditer(r'(?<=[\s:])%s="([^"]*)"' % re.escape(attr), text)]
    if not hits:
        return None
    m = rng.choice(hits)
    value = pick_value(rng, attr).replace("&", "&amp;").replace('"', "&quot;").replace("<", "&lt;")
    return text[:m.start(1)] + value + text[m.end(1):], "attr %s=%r" % (attr, value)


def mutate_text(rng, text):
    tag = rng.choice(["v", "t", "f", "dcterms:modified", "dcterms:created", "vt:lpwstr"])
    hits = [m for m in re.finditer(r"<%s(?:\s[^>]*)?>([^<]*)</%s>" % (re.escape(tag), re.escape(tag)), text)]
    if not hits:
        return None
    m = rng.choice(hits)
    value = rng.choice(HUGE_NUMBERS + DATES + ["_x0000_", "_xD800_", "_xDFFF__xD800_", "_x005F_", "&#1;",
                                               "x" * rng.choice([1, 1000, 40000])])
    return text[:m.start(1)] + value + text[m.end(1):], "text <%s> %r" % (tag, value[:40])


def element_spans(text, tag):
    """Spans of `<tag .../>` and `<tag ...>...</tag>` (any prefix). The content may not run into the
    next start tag of the same name, so a start tag without its end costs a short scan, not one
    to the end of the part (which made large sheets of empty cells quadratic)."""
    spans = [(m.start(), m.end()) for m in re.finditer(r"<(?:\w+:)?%s(?:\s[^<>]*)?/>" % tag, text)]
    spans += [(m.start(), m.end()) for m in
              re.finditer(r"<((?:\w+:)?%s)(?:\s[^<>]*)?(?<!/)>(?:(?!<\1[\s/>]).)*?</\1>" % tag, text, re.S)]
    return spans


def mutate_element(rng, text):
    tag = rng.choice(ELEMENTS)
    spans = element_spans(text, tag)
    if not spans:
        return None
    a, b = rng.choice(spans)
    op = rng.choice(["delete", "duplicate", "repeat", "swap"])
    if op == "delete":
        return text[:a] + text[b:], "delete <%s>" % tag
    if op == "duplicate":
        return text[:b] + text[a:b] + text[b:], "duplicate <%s>" % tag
    if op == "repeat":
        n = rng.choice([100, 5000, 70000])
        piece = text[a:b]
        if len(piece) * n > 8 << 20:
            n = max(1, (8 << 20) // max(1, len(piece)))
        return text[:b] + piece * n + text[b:], "repeat <%s> x%d" % (tag, n)
    if len(spans) < 2:
        return None
    c, d = rng.choice(spans)
    if c < a:
        a, b, c, d = c, d, a, b
    if c < b:
        return None
    return text[:a] + text[c:d] + text[b:c] + text[a:b] + text[d:], "swap two <%s>" % tag


def mutate_cell(rng, text):
    """Rewrites one whole <c> with a chosen type and a value that stresses it (t="d" with far
    dates, t="s" with out-of-range indices, numbers at Double's edges, odd references)."""
    spans = element_spans(text, "c")
    if not spans:
        return None
    a, b = rng.choice(spans)
    old = re.match(r'<(?:\w+:)?c\b[^>]*?\br="([^"]*)"', text[a:b])
    ref = old.group(1) if old and rng.random() < 0.7 else rng.choice(ODD_REFS)
    t = rng.choice(["d", "s", "n", "b", "e", "str", "inlineStr", None])
    if t == "d":
        value = rng.choice(DATES + HUGE_NUMBERS)
    elif t == "s":
        value = rng.choice(["-1", "0", "1", "2147483648", "9223372036854775807", "99999999999999999999", " 0 ", "x"])
    else:
        value = rng.choice(HUGE_NUMBERS + DATES)
    style = rng.choice([None, "0", "1", "14", "-1", "2147483648", "99999999999999999999"])
    attrs = ' r="%s"' % ref + (' t="%s"' % t if t else "") + (' s="%s"' % style if style else "")
    body = "<is><t>%s</t></is>" % value if t == "inlineStr" and rng.random() < 0.5 else "<v>%s</v>" % value
    if rng.random() < 0.2:
        body = "<f>1+1</f>" + (body if rng.random() < 0.5 else "")
    return text[:a] + "<c%s>%s</c>" % (attrs, body) + text[b:], "cell%s %r" % (attrs, value[:40])


def mutate_structure(rng, text):
    op = rng.choice(["truncate", "rows_no_r", "doctype", "bom", "deep"])
    if op == "truncate":
        cut = rng.randrange(0, max(1, len(text)))
        return text[:cut], "truncate at %d" % cut
    if op == "rows_no_r":
        n = rng.choice([1000, 1048577, 2000000])
        i = text.find("<sheetData>")
        if i < 0:
            return None
        i += len("<sheetData>")
        return text[:i] + "<row/>" * n + text[i:], "%d rows without r" % n
    if op == "doctype":
        i = text.find("?>")
        return text[:i + 2] + '<!DOCTYPE x [<!ENTITY a "b">]>' + text[i + 2:], "doctype"
    if op == "bom":
        return "\ufeff" + text, "BOM"
    i = text.find("<sheetData>")
    if i < 0:
        return None
    depth = rng.choice([100, 10000])
    return text[:i] + "<x>" * depth + "</x>" * depth + text[i:], "nesting %d" % depth


XML_MUTATORS = [mutate_attribute, mutate_attribute, mutate_text, mutate_cell, mutate_cell, mutate_element,
                mutate_structure]


def mutate_parts(rng, parts):
    """parts: list of [name, bytes]. Mutates one XML part in place; returns a description or None."""
    xml_parts = [p for p in parts if p[0].lower().endswith((".xml", ".rels"))]
    if not xml_parts:
        return None
    # Sheets and shared strings are where most values live: prefer them.
    weighted = [p for p in xml_parts if "sheet" in p[0].lower() or "sharedstrings" in p[0].lower()]
    part = rng.choice(weighted if weighted and rng.random() < 0.7 else xml_parts)
    try:
        text = part[1].decode("utf-8")
    except UnicodeDecodeError:
        return None
    for _ in range(8):
        res = rng.choice(XML_MUTATORS)(rng, text)
        if res:
            part[1] = res[0].encode("utf-8")
            return "%s: %s" % (part[0], res[1])
    return None


def build_zip(parts, rng):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data in parts:
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_STORED if rng.random() < 0.15 else zipfile.ZIP_DEFLATED
            z.writestr(info, data)
    return bytearray(buf.getvalue())


# --------------------------------------------------------------------------------------
# ZIP header mutations (on the finished bytes)
# --------------------------------------------------------------------------------------

def find_eocd(b):
    return b.rfind(b"PK\x05\x06")


def central_entries(b):
    e = find_eocd(b)
    if e < 0:
        return []
    count, size, offset = struct.unpack_from("<HII", b, e + 10)
    out = []
    p = offset
    for _ in range(count):
        if p + 46 > len(b) or b[p:p + 4] != b"PK\x01\x02":
            break
        n, x, c = struct.unpack_from("<HHH", b, p + 28)
        out.append(p)
        p += 46 + n + x + c
    return out


def zip64ify(b, rng, values):
    """Rewrites a classic ZIP as ZIP64 (central extras + end record + locator) with chosen values."""
    e = find_eocd(b)
    if e < 0:
        return None
    _, cd_size, cd_offset = struct.unpack_from("<HII", b, e + 10)
    cds = central_entries(b)
    if not cds:
        return None
    victim = rng.choice(cds)
    new_cd = bytearray()
    for p in cds:
        n, x, c = struct.unpack_from("<HHH", b, p + 28)
        rec = bytearray(b[p:p + 46 + n + x + c])
        if p == victim:
            csize, usize = struct.unpack_from("<II", rec, 20)
            off = struct.unpack_from("<I", rec, 42)[0]
            field = rng.choice(["usize", "csize", "offset", "short", "overrun"])
            vals = {"usize": usize, "csize": csize, "offset": off}
            if field in vals:
                vals[field] = rng.choice(values)
            if field == "short":
                extra = struct.pack("<HHQ", 1, 8, rng.choice(values))
            elif field == "overrun":
                extra = struct.pack("<HH", 1, rng.choice([24, 0xFFFF]))
            else:
                extra = struct.pack("<HHQQQ", 1, 24, vals["usize"], vals["csize"], vals["offset"])
            struct.pack_into("<II", rec, 20, 0xFFFFFFFF, 0xFFFFFFFF)
            struct.pack_into("<I", rec, 42, 0xFFFFFFFF)
            name_end = 46 + n
            rec = rec[:name_end] + extra + rec[name_end + x:]
            struct.pack_into("<H", rec, 30, len(extra))
        new_cd += rec
    body = bytes(b[:cd_offset])
    eocd64_at = len(body) + len(new_cd)
    count = len(cds)
    rec_size, rec_off = len(new_cd), cd_offset
    which = rng.choice(["none", "size", "offset", "count", "locator"])
    loc = eocd64_at
    if which == "size":
        rec_size = rng.choice(values)
    elif which == "offset":
        rec_off = rng.choice(values)
    elif which == "count":
        count = rng.choice(values)
    elif which == "locator":
        loc = rng.choice(values)
    eocd64 = struct.pack("<IQHHIIQQQQ", 0x06064B50, 44, 45, 45, 0, 0, count & U64, count & U64, rec_size & U64,
                         rec_off & U64)
    locator = struct.pack("<IIQI", 0x07064B50, 0, loc & U64, 1)
    end = struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, 0xFFFF, 0xFFFF, 0xFFFFFFFF, 0xFFFFFFFF, 0)
    return bytearray(body + bytes(new_cd) + eocd64 + locator + end), "zip64 %s, end record %s" % (
        "entry field", which)


def mutate_zip_bytes(rng, b):
    values32 = [0, 1, 29, 30, 0x7FFFFFFF, 0x80000000, 0xFFFFFFFE, 0xFFFFFFFF, len(b), len(b) + 1, len(b) - 1]
    values64 = [0, 1, I64, I64 - 1, I64 - 29, I64 - 56, 1 << 62, 1 << 63, U64, len(b), len(b) - 22, 0xFFFFFFFF]
    op = rng.choice(["cd_field", "cd_field", "local_field", "eocd_field", "zip64", "zip64", "truncate", "flip"])
    cds = central_entries(b)
    if op == "cd_field" and cds:
        p = rng.choice(cds)
        field, fmt = rng.choice([(8, "<H"), (10, "<H"), (16, "<I"), (20, "<I"), (24, "<I"), (28, "<H"), (30, "<H"),
                                 (32, "<H"), (42, "<I")])
        v = rng.choice(values32) & (0xFFFF if fmt == "<H" else 0xFFFFFFFF)
        struct.pack_into(fmt, b, p + field, v)
        return b, "central header +%d = %d" % (field, v)
    if op == "local_field":
        locs = [m.start() for m in re.finditer(b"PK\x03\x04", bytes(b))]
        if locs:
            p = rng.choice(locs)
            field = rng.choice([6, 8, 18, 22, 26, 28])
            if p + field + 2 <= len(b):
                v = rng.choice([0, 1, 8, 12, 99, 0xFFFF])
                struct.pack_into("<H", b, p + field, v)
                return b, "local header +%d = %d" % (field, v)
    if op == "eocd_field":
        e = find_eocd(b)
        if e >= 0:
            field, fmt = rng.choice([(8, "<H"), (10, "<H"), (12, "<I"), (16, "<I"), (20, "<H")])
            v = rng.choice(values32) & (0xFFFF if fmt == "<H" else 0xFFFFFFFF)
            struct.pack_into(fmt, b, e + field, v)
            return b, "end record +%d = %d" % (field, v)
    if op == "zip64":
        res = zip64ify(b, rng, values64)
        if res:
            return res
    if op == "truncate":
        cut = rng.randrange(0, max(1, len(b)))
        return b[:cut], "file cut at %d" % cut
    i = rng.randrange(0, max(1, len(b)))
    if i < len(b):
        b[i] ^= 1 << rng.randrange(8)
    return b, "bit flip at %d" % i


def make_mutant(rng, seed_bytes):
    notes = []
    try:
        with zipfile.ZipFile(io.BytesIO(seed_bytes)) as z:
            parts = [[i.filename, z.read(i.filename)] for i in z.infolist()]
    except Exception:
        parts = None
    if parts:
        for _ in range(rng.choice([1, 1, 2, 3])):
            note = mutate_parts(rng, parts)
            if note:
                notes.append(note)
        blob = build_zip(parts, rng)
    else:
        blob = bytearray(seed_bytes)
    if not notes or rng.random() < 0.35:
        blob, note = mutate_zip_bytes(rng, blob)
        notes.append(note)
    return bytes(blob), notes


# --------------------------------------------------------------------------------------
# Sweep: every cell of a form, one at a time, as an extreme number
# --------------------------------------------------------------------------------------

SWEEP_VALUES = ["1e300", "-1e300"]
CELL_RE = re.compile(r'<c r="([A-Za-z]+[0-9]+)"((?:\s+[A-Za-z:]+="[^"]*")*)\s*(?:/>|>(?:(?!<c[\s>/]).)*?</c>)', re.S)


def sweep_mutants(seed_bytes, values=SWEEP_VALUES):
    """Yields (description, bytes): the seed with one cell of one worksheet replaced by a plain
    number cell holding each value (its style kept, its type and formula dropped). Forms read
    numbers where they expect numbers, and text where they expect text: both must survive."""
    with zipfile.ZipFile(io.BytesIO(seed_bytes)) as z:
        parts = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    for k, (name, data) in enumerate(parts):
        if not re.match(r"xl/worksheets/[^/]+\.xml$", name, re.I):
            continue
        text = data.decode("utf-8", "replace")
        for m in CELL_RE.finditer(text):
            style = re.search(r'\ss="[^"]*"', m.group(2) or "")
            for value in values:
                cell = '<c r="%s"%s><v>%s</v></c>' % (m.group(1), style.group(0) if style else "", value)
                new = (text[:m.start()] + cell + text[m.end():]).encode("utf-8")
                mutated = [(n, new if i == k else d) for i, (n, d) in enumerate(parts)]
                yield "%s %s = %s" % (name, m.group(1), value), bytes(build_zip(mutated, random.Random(0)))


# --------------------------------------------------------------------------------------
# Running dxcert
# --------------------------------------------------------------------------------------

def run(cmd, timeout):
    start = time.monotonic()
    try:
        p = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, timeout=timeout)
        return p.returncode, p.stderr.decode("utf-8", "replace"), time.monotonic() - start
    except subprocess.TimeoutExpired as e:
        err = (e.stderr or b"").decode("utf-8", "replace")
        return None, err, time.monotonic() - start


def verdict(rc, allowed):
    if rc is None:
        return "timeout"
    if rc < 0:
        try:
            return "signal %s" % signal.Signals(-rc).name
        except ValueError:
            return "signal %d" % -rc
    if rc not in allowed:
        return "exit %d" % rc
    return None


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("seeds", nargs="*", help="seed .xlsx files or folders (default: the committed fixtures and input/)")
    ap.add_argument("--dxcert", default=os.path.join(ROOT, ".build", "debug", "dxcert"))
    ap.add_argument("--count", type=int, default=200)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--out", default=os.path.join(ROOT, ".build-fuzz", "mutants"))
    ap.add_argument("--timeout", type=float, default=20.0, help="seconds a run may take")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--check", action="store_true", help="also run `dxcert check` on folders of 25 mutants")
    ap.add_argument("--keep", action="store_true", help="keep every mutant, not only the failures")
    ap.add_argument("--sweep", action="store_true",
                    help="instead of random mutants: every cell of each seed, one at a time, as +-1e300, "
                         "each through `dxcert check` in its own folder")
    args = ap.parse_args()
    if args.sweep:
        sys.exit(sweep(args))

    seeds = find_seeds(args.seeds or DEFAULT_SEEDS)
    if not seeds:
        sys.exit("no seed workbooks found")
    if not os.access(args.dxcert, os.X_OK):
        sys.exit("dxcert not found at %s (swift build --product dxcert)" % args.dxcert)
    shutil.rmtree(args.out, ignore_errors=True)
    mutants_dir = os.path.join(args.out, "all")
    failures_dir = os.path.join(args.out, "failures")
    os.makedirs(mutants_dir)
    os.makedirs(failures_dir)

    rng = random.Random(args.seed)
    seed_cache = {}
    jobs = []
    for i in range(args.count):
        src = rng.choice(seeds)
        if src not in seed_cache:
            with open(src, "rb") as f:
                seed_cache[src] = f.read()
        blob, notes = make_mutant(rng, seed_cache[src])
        path = os.path.join(mutants_dir, "m%05d.xlsx" % i)
        with open(path, "wb") as f:
            f.write(blob)
        jobs.append((path, os.path.relpath(src, ROOT), notes))

    failures = []
    slowest = (0.0, "")
    started = time.monotonic()

    def inspect(job):
        path, src, notes = job
        rc, err, took = run([args.dxcert, "inspect", path], args.timeout)
        return job, rc, err, took

    with concurrent.futures.ThreadPoolExecutor(max_workers=args.jobs) as pool:
        for (path, src, notes), rc, err, took in pool.map(inspect, jobs):
            if took > slowest[0]:
                slowest = (took, os.path.basename(path))
            bad = verdict(rc, {0, 2})
            if bad:
                failures.append((path, src, notes, bad, err))

    if args.check:
        batches = [jobs[i:i + 25] for i in range(0, len(jobs), 25)]

        def check(batch):
            folder = os.path.join(args.out, "check-%05d" % jobs.index(batch[0]))
            os.makedirs(folder)
            for path, _, _ in batch:
                shutil.copy(path, folder)
            rc, err, took = run([args.dxcert, "check", "--input", folder, "--output", folder + "-out"],
                                args.timeout * 3)
            return batch, folder, rc, err

        with concurrent.futures.ThreadPoolExecutor(max_workers=args.jobs) as pool:
            for batch, folder, rc, err in pool.map(check, batches):
                bad = verdict(rc, {0, 1, 2})
                if bad:
                    failures.append((folder, "(check on %d mutants)" % len(batch), [], "check: " + bad, err))

    for path, src, notes, bad, err in failures:
        name = os.path.basename(path.rstrip("/"))
        dest = os.path.join(failures_dir, name)
        if os.path.isdir(path):
            shutil.copytree(path, dest)
        else:
            shutil.copy(path, dest)
        with open(dest.rstrip("/") + ".txt", "w", encoding="utf-8") as f:
            f.write("verdict: %s\nseed: %s\nmutations:\n%s\n\nstderr (last 3000 chars):\n%s\n"
                    % (bad, src, "\n".join("  - " + n for n in notes), err[-3000:]))
    if not args.keep:
        shutil.rmtree(mutants_dir, ignore_errors=True)

    took = time.monotonic() - started
    print("mutate.py: %d mutants of %d seeds in %.0f s (slowest %s: %.1f s); %d failure(s)%s"
          % (len(jobs), len(seeds), took, slowest[1], slowest[0], len(failures),
             " in " + failures_dir if failures else ""))
    for path, src, notes, bad, _ in failures:
        print("  %s: %s (seed %s; %s)" % (os.path.basename(path), bad, src, "; ".join(notes)))
    sys.exit(1 if failures else 0)


def sweep(args):
    seeds = find_seeds(args.seeds or [os.path.join(ROOT, "input")])
    shutil.rmtree(args.out, ignore_errors=True)
    failures_dir = os.path.join(args.out, "failures")
    os.makedirs(failures_dir)
    jobs = []
    for src in seeds:
        with open(src, "rb") as f:
            data = f.read()
        for note, blob in sweep_mutants(data):
            folder = os.path.join(args.out, "s%05d" % len(jobs))
            os.makedirs(folder)
            with open(os.path.join(folder, os.path.basename(src)), "wb") as f:
                f.write(blob)
            jobs.append((folder, os.path.relpath(src, ROOT), note))

    def check(job):
        folder, src, note = job
        rc, err, took = run([args.dxcert, "check", "--input", folder, "--output", folder + "-out"], args.timeout)
        return job, verdict(rc, {0, 1, 2}), err

    started = time.monotonic()
    failures = []
    with concurrent.futures.ThreadPoolExecutor(max_workers=args.jobs) as pool:
        for (folder, src, note), bad, err in pool.map(check, jobs):
            if bad:
                failures.append((folder, src, note, bad, err))
            elif not args.keep:
                shutil.rmtree(folder, ignore_errors=True)
                shutil.rmtree(folder + "-out", ignore_errors=True)
    by_site = {}
    for folder, src, note, bad, err in failures:
        dest = os.path.join(failures_dir, os.path.basename(folder))
        shutil.copytree(folder, dest)
        site = re.findall(r"Sources/[A-Za-z/]+\.swift:\d+", err)
        with open(dest + ".txt", "w", encoding="utf-8") as f:
            f.write("verdict: %s\nseed: %s\nmutation: %s\n\nstderr (last 3000 chars):\n%s\n" % (bad, src, note, err[-3000:]))
        by_site.setdefault((bad, site[0] if site else "?"), []).append("%s (%s; %s)" % (os.path.basename(folder), src, note))
    for (bad, site), cases in sorted(by_site.items()):
        print("  %s at %s: %d mutant(s), e.g. %s" % (bad, site, len(cases), cases[0]))
    print("mutate.py --sweep: %d mutants of %d seeds in %.0f s; %d failure(s)%s"
          % (len(jobs), len(seeds), time.monotonic() - started, len(failures),
             " in " + failures_dir if failures else ""))
    return 1 if failures else 0


if __name__ == "__main__":
    main()
