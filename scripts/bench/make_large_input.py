#!/usr/bin/env python3
"""Writes a prefecture-sized input folder for the benchmark (deterministic).

2,000 projects × 11 people (1 leader + 10 members) = 22,000 participants, 50 judges whose sheets
each list all 2,000 projects, and one leader-evaluation sheet per member: 20,000 sheets in all,
plus the year setup. Forms follow the labels in Sources/DXCertRules/Model/FormLayout.swift.

usage: make_large_input.py OUTDIR [--projects N] [--members N] [--judges N] [--no-leader-sheets]

--no-leader-sheets writes the setup and the judges' sheets only (a year with many participants
and few files: the memory of a run that decides tens of thousands of people).
"""
import argparse
import os
import random

import xlsxwriter

CRITERIA = {
    "幹部職員": [("P1", "政策との整合性"), ("P2", "市民サービスへの効果"), ("P3", "実現性・継続性")],
    "一般職員": [("G1", "課題と解決策の分かりやすさ"), ("G2", "業務への波及効果"), ("G3", "新しい価値の創出")],
    "専門家": [("T1", "デジタル技術・データの活用"), ("T2", "業務プロセスの見直し（BPR）"), ("T3", "実装の具体性")],
}
LEADER = [("L1", "チームをまとめる力"), ("L2", "課題解決の進め方"), ("L3", "業務知識・ICTの理解"),
          ("L4", "学び続ける姿勢"), ("L5", "変革への意欲")]
SCALE = ["5：非常によい", "4：よい", "3：ふつう", "2：やや不十分", "1：不十分"]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("--projects", type=int, default=2000)
    ap.add_argument("--members", type=int, default=10)
    ap.add_argument("--judges", type=int, default=50)
    ap.add_argument("--no-leader-sheets", action="store_true")
    a = ap.parse_args()
    rnd = random.Random(20241)
    os.makedirs(os.path.join(a.out, "報告会"), exist_ok=True)
    os.makedirs(os.path.join(a.out, "メンバー評価"), exist_ok=True)

    projects = [("P%04d" % (i + 1), "チーム%d" % (i + 1)) for i in range(a.projects)]
    people = {}
    staff = 100000
    for pid, _ in projects:
        team = []
        for k in range(a.members + 1):
            staff += 1
            team.append(("%06d" % staff, "職員%d" % staff, "部署%d" % (staff % 120), "リーダー" if k == 0 else "メンバー"))
        people[pid] = team
    cats = ["幹部職員", "一般職員", "専門家"]
    judges = [("J%03d" % (j + 1), "審査員%d" % (j + 1), cats[j % 3]) for j in range(a.judges)]

    wb = xlsxwriter.Workbook(os.path.join(a.out, "年度設定_R6.xlsx"), {"constant_memory": True})
    ws = wb.add_worksheet("年度")
    ws.write_row(0, 0, ["年度", "令和6年度"])
    ws.write_row(1, 0, ["団体名", "ベンチマーク県"])
    ws = wb.add_worksheet("プロジェクト")
    ws.write_row(0, 0, ["プロジェクトID", "チーム名", "テーマ"])
    for r, (pid, team) in enumerate(projects, 1):
        ws.write_row(r, 0, [pid, team, "テーマ"])
    ws = wb.add_worksheet("参加者")
    ws.write_row(0, 0, ["職員番号", "氏名", "所属", "プロジェクトID", "役割"])
    r = 1
    for pid, _ in projects:
        for sid, name, dept, role in people[pid]:
            ws.write_row(r, 0, [sid, name, dept, pid, role])
            r += 1
    ws = wb.add_worksheet("審査員")
    ws.write_row(0, 0, ["審査員ID", "氏名", "区分", "所属", "職員番号"])
    for r, (jid, name, cat) in enumerate(judges, 1):
        ws.write_row(r, 0, [jid, name, cat, "", ""])
    wb.close()

    quality = {pid: rnd.uniform(2.2, 4.8) for pid, _ in projects}
    for jid, name, cat in judges:
        wb = xlsxwriter.Workbook(os.path.join(a.out, "報告会", "%s.xlsx" % jid), {"constant_memory": True})
        ws = wb.add_worksheet("報告会評価")
        ws.write_row(0, 0, ["年度", "令和6年度"])
        ws.write_row(1, 0, ["審査員ID", jid])
        ws.write_row(2, 0, ["氏名", name])
        ws.write_row(3, 0, ["区分", cat])
        ws.write_row(5, 0, ["プロジェクトID", "チーム名", "テーマ"] + [n for _, n in CRITERIA[cat]] + ["合計（100点換算）", "コメント"])
        for r, (pid, team) in enumerate(projects, 6):
            scores = [SCALE[5 - max(1, min(5, round(quality[pid] + rnd.uniform(-1, 1))))] for _ in CRITERIA[cat]]
            ws.write_row(r, 0, [pid, team, "テーマ"] + scores)
        wb.close()

    for pid, team in ([] if a.no_leader_sheets else projects):
        leader = people[pid][0]
        for sid, name, dept, role in people[pid][1:]:
            wb = xlsxwriter.Workbook(os.path.join(a.out, "メンバー評価", "%s_%s.xlsx" % (pid, sid)))
            ws = wb.add_worksheet("リーダー評価")
            rows = [("年度", "令和6年度"), ("評価者 職員番号", sid), ("評価者 氏名", name), ("対象リーダー 職員番号", leader[0]),
                    ("対象リーダー 氏名", leader[1]), ("プロジェクトID", pid), ("チーム名", team)]
            for r, row in enumerate(rows):
                ws.write_row(r, 0, list(row))
            ws.write_row(8, 0, ["項目ID", "評価項目", "着眼点", "満点", "評価"])
            for r, (cid, cname) in enumerate(LEADER, 9):
                ws.write_row(r, 0, [cid, cname, "", 5, rnd.choice(SCALE[:3])])
            ws.write_row(15, 0, ["コメント", ""])
            wb.close()


if __name__ == "__main__":
    main()
