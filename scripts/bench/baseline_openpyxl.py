#!/usr/bin/env python3
"""Baseline for `make bench`: openpyxl in its fastest reading mode (`read_only=True`,
`data_only=True`) reading every cell of every sheet of every .xlsx under a folder, with 2 worker
processes. It prints the number of files and non-empty cells, so nothing is skipped.

usage: baseline_openpyxl.py FOLDER
"""
import multiprocessing
import os
import sys

import openpyxl


def read(path):
    cells = 0
    workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
    for sheet in workbook.worksheets:
        for row in sheet.iter_rows(values_only=True):
            cells += sum(1 for v in row if v is not None)
    workbook.close()
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
    print(f"openpyxl: {len(paths)} files, {cells} cells")
