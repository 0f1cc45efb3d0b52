#!/usr/bin/env python3
"""Baseline for `make bench`: what a short script on python-calamine (Rust) does to read the same
input — every cell of every sheet of every .xlsx under a folder, with 2 worker processes.

Fair code: the library's own fast path (`to_python()` per sheet), files handed out in chunks, the
workers started once. It prints the number of files and non-empty cells, so nothing is skipped.

usage: baseline_calamine.py FOLDER
"""
import multiprocessing
import os
import sys

from python_calamine import CalamineWorkbook


def read(path):
    cells = 0
    workbook = CalamineWorkbook.from_path(path)
    for name in workbook.sheet_names:
        for row in workbook.get_sheet_by_name(name).to_python():
            cells += sum(1 for v in row if v != "")
    return cells


def files(folder):
    out = []
    for root, _, names in os.walk(folder):
        out += [os.path.join(root, n) for n in names if n.endswith(".xlsx") and not n.startswith("~$")]
    return sorted(out)


if __name__ == "__main__":
    paths = files(sys.argv[1])
    with multiprocessing.Pool(2) as pool:
        cells = sum(pool.imap_unordered(read, paths, chunksize=16))
    print(f"calamine: {len(paths)} files, {cells} cells")
