#!/usr/bin/env python3
"""Fills the blank 年度設定 template the way a clerk would (openpyxl, not our writer).

usage: make_setups.py TEMPLATE OUTDIR
writes OUTDIR/setup_good.xlsx       a clean 令和6年度 setup (the lists below)
       OUTDIR/setup_bad.xlsx        the same with one planted mistake per kind, each at a known cell
       OUTDIR/setup_year_only.xlsx  only the year filled in: every default as the template has it
Run from the repository root to refresh the committed fixtures:
    python3 Tests/DXCertTests/Fixtures/templates/make_setups.py templates/年度設定.xlsx Tests/DXCertTests/Fixtures/templates
The Swift tests (Tests/DXCertTests/Templates/) state the expected values as literals.
"""
import datetime
import re
import sys
import zipfile

import openpyxl

FIRST = 5  # first data row under each table header (row 4)

PROJECTS = [
    ("P01", "窓口DXチーム", "書かない窓口の実現"),
    ("P02", "ペーパーレス推進チーム", "会議資料の電子化"),
    ("P03", "RPA活用チーム", "定型入力業務の自動化による時間外勤務の削減と、職員が本来の業務に集中できる環境づくり"),
    ("P04", "データ活用チーム", "EBPMのための庁内データ整備"),
]
PARTICIPANTS = [
    ("00101", "斎藤　剛", "学校教育課", "P01", "リーダー"),
    ("00102", "坂本 由美", "環境課", "P01", "メンバー"),
    ("00103", "前田　亮", "上下水道課", "P01", "メンバー"),
    ("00201", "山口　隆", "商工観光課", "P02", "リーダー"),
    ("00202", "山下　和也", "健康増進課", "P02", "メンバー"),
    ("00203", "林　彩", "会計課", "P02", "メンバー"),
    ("00301", "橋本　学", "税務課", "P03", "リーダー"),
    ("00302", "近藤　剛", "企画政策課", "P03", "メンバー"),
    ("00102", "坂本 由美", "環境課", "P03", "メンバー"),  # in two projects
    ("00401", "村上　美咲", "福祉課", "P04", "リーダー"),
    ("00402", "西田　恵子", "市民課", "P04", "メンバー"),
]
JUDGES = [
    ("J01", "山中　正義", "幹部職員", "市長", None),
    ("J02", "大森　一郎", "幹部職員", "総務部長", "00201"),  # leads P02
    ("J03", "北村　美穂", "一般職員", "市民課", "00102"),  # member of P01 and P03
    ("J04", "株式会社とちぎシステム　今井　聡", "専門家", "委託業者", None),
]
EVALUATORS = [
    ("00901", "二宮　三郎", "学校教育課", "P01"),
]


def fill_rows(ws, rows, text_columns=()):
    for i, values in enumerate(rows):
        for j, v in enumerate(values):
            if v is not None:
                ws.cell(row=FIRST + i, column=j + 1, value=v)


def good(template):
    wb = openpyxl.load_workbook(template)
    ws = wb["年度"]
    ws["B4"] = "令和6年度"
    ws["B7"] = datetime.datetime(2025, 2, 14)
    ws["B10"] = "テスト市"
    fill_rows(wb["プロジェクト"], PROJECTS)
    fill_rows(wb["参加者"], PARTICIPANTS)
    fill_rows(wb["審査員"], JUDGES)
    fill_rows(wb["リーダー評価者"], EVALUATORS)
    crit = wb["評価項目"]
    # P1 weighs 2; T1 is scored out of 10 with a plain numeric scale.
    assert crit["C5"].value == "P1" and crit["C11"].value == "T1"
    crit["F5"] = 2
    crit["E11"] = 10
    crit["H11"] = "／".join(str(n) for n in range(10, 0, -1))
    settings = wb["認定基準"]
    for row in settings.iter_rows(min_row=5):
        if row[0].value == "配布シートの保護パスワード":
            row[1].value = "dx2024"
        if row[0].value == "アドバイザー：報告会評価の基準点":
            row[1].value = 65
    return wb


def year_only(template):
    wb = openpyxl.load_workbook(template)
    wb["年度"]["B4"] = "2024"
    return wb


def bad(template):
    wb = good(template)
    p = wb["プロジェクト"]
    p["A9"] = "P02"  # duplicate project ID (row 9)
    p["B9"] = "重複チーム"
    part = wb["参加者"]
    part["E14"] = "メンバー"  # P04 leader 00401 demoted: P04 has no leader (プロジェクト!A8)
    part["E10"] = "リーダー"  # 00203 becomes a second leader of P02 (参加者!A10)
    part["A16"], part["B16"], part["D16"], part["E16"] = "00501", "迷子　太郎", "P99", "メンバー"  # unknown project
    part["A17"], part["B17"], part["D17"], part["E17"] = "00502", "役割　不明", "P01", "サブリーダー"  # unknown role
    j = wb["審査員"]
    j["A9"], j["B9"] = "J05", "区分　なし"  # no category (C9)
    j["A10"], j["B10"], j["C10"] = "J06", "来賓　花子", "来賓"  # unknown category (C10)
    j["A11"], j["B11"], j["C11"] = "J01", "二重　登録", "一般職員"  # duplicate judge ID (A11)
    crit = wb["評価項目"]
    crit["H6"] = "よい／ふつう／わるい"  # P2's scale does not start with scores (H6)
    settings = wb["認定基準"]
    for row in settings.iter_rows(min_row=5):
        if row[0].value == "配布シートの保護パスワード":
            row[1].value = "ひみつ"  # not typeable in Excel's password box
    return wb


def freeze(path):
    """openpyxl stamps the save time into docProps/core.xml and the ZIP entries: fix both so
    that the fixtures are the same bytes on every run."""
    with zipfile.ZipFile(path) as z:
        entries = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in entries:
            if name == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>2025-01-10T09:00:00Z", data)
            info = zipfile.ZipInfo(name, date_time=(2025, 1, 10, 9, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)


def main():
    template, outdir = sys.argv[1], sys.argv[2]
    for name, build in (("setup_good.xlsx", good), ("setup_bad.xlsx", bad), ("setup_year_only.xlsx", year_only)):
        wb = build(template)
        fixed = datetime.datetime(2025, 1, 10, 9, 0, 0)
        wb.properties.created = fixed
        wb.properties.modified = fixed
        wb.save(f"{outdir}/{name}")
        freeze(f"{outdir}/{name}")


if __name__ == "__main__":
    main()
