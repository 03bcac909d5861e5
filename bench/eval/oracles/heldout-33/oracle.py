#!/usr/bin/env python3
"""Oracle for the held-out deadline question set (round 33).
Standard library only. Computes `due` and `count` for every row from a structured spec,
writes questions.jsonl, and runs the checks (phrases verbatim in the source, counts)."""
import json, sys, os
from datetime import date, timedelta
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE = "/work/shared/source/practice-standards.txt"

# England & Wales bank holidays 2024-2028, typed by hand (substitute days included).
BH = {date.fromisoformat(s): n for s, n in [
    ("2024-01-01", "New Year's Day"), ("2024-03-29", "Good Friday"), ("2024-04-01", "Easter Monday"),
    ("2024-05-06", "Early May"), ("2024-05-27", "Spring"), ("2024-08-26", "Summer"),
    ("2024-12-25", "Christmas Day"), ("2024-12-26", "Boxing Day"),
    ("2025-01-01", "New Year's Day"), ("2025-04-18", "Good Friday"), ("2025-04-21", "Easter Monday"),
    ("2025-05-05", "Early May"), ("2025-05-26", "Spring"), ("2025-08-25", "Summer"),
    ("2025-12-25", "Christmas Day"), ("2025-12-26", "Boxing Day"),
    ("2026-01-01", "New Year's Day"), ("2026-04-03", "Good Friday"), ("2026-04-06", "Easter Monday"),
    ("2026-05-04", "Early May"), ("2026-05-25", "Spring"), ("2026-08-31", "Summer"),
    ("2026-12-25", "Christmas Day"), ("2026-12-28", "Boxing Day (substitute)"),
    ("2027-01-01", "New Year's Day"), ("2027-03-26", "Good Friday"), ("2027-03-29", "Easter Monday"),
    ("2027-05-03", "Early May"), ("2027-05-31", "Spring"), ("2027-08-30", "Summer"),
    ("2027-12-27", "Christmas Day (substitute)"), ("2027-12-28", "Boxing Day (substitute)"),
    ("2028-01-03", "New Year's Day (substitute)"), ("2028-04-14", "Good Friday"), ("2028-04-17", "Easter Monday"),
    ("2028-05-01", "Early May"), ("2028-05-29", "Spring"), ("2028-08-28", "Summer"),
    ("2028-12-25", "Christmas Day"), ("2028-12-26", "Boxing Day"),
]}
assert all(d.weekday() < 5 for d in BH), "a bank holiday falls on a weekend"
assert len(BH) == 40

DN = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
def fmt(d): return f"{d.isoformat()} ({DN[d.weekday()]})"
def working(d): return d.weekday() < 5 and d not in BH

def wd_shift(start, n, step):
    d, k, skipped = start, 0, []
    while k < n:
        d += timedelta(days=step)
        if working(d): k += 1
        elif d in BH: skipped.append(d)
    return d, skipped

def add_months(d, m):
    y, mo = divmod(d.month - 1 + m, 12)
    y += d.year; mo += 1
    for day in (d.day, 30, 29, 28):
        try: return date(y, mo, day), day != d.day
        except ValueError: continue

def compute(spec):
    """spec: (op, n, start) ; returns (due, count)"""
    op = spec[0]
    if op == "wd":      # Nth working day strictly after
        _, n, s = spec; s = date.fromisoformat(s)
        d, sk = wd_shift(s, n, 1)
        c = f"{n} working days after {fmt(s)} -> {fmt(d)}"
        if sk: c += "; skips bank holidays " + ", ".join(x.isoformat() for x in sk)
        return d, c
    if op == "wdb":     # Nth working day strictly before
        _, n, s = spec; s = date.fromisoformat(s)
        d, sk = wd_shift(s, n, -1)
        c = f"{n} working days before {fmt(s)} -> {fmt(d)}"
        if sk: c += "; skips bank holidays " + ", ".join(x.isoformat() for x in sk)
        return d, c
    if op == "d":
        _, n, s = spec; s = date.fromisoformat(s); d = s + timedelta(days=n)
        return d, (f"same day as {fmt(s)}" if n == 0 else f"{n} calendar days after {fmt(s)} -> {fmt(d)}")
    if op == "db":
        _, n, s = spec; s = date.fromisoformat(s); d = s - timedelta(days=n)
        return d, f"{n} calendar days before {fmt(s)} -> {fmt(d)}"
    if op == "w":
        _, n, s = spec; s = date.fromisoformat(s); d = s + timedelta(days=7 * n)
        return d, f"{n} weeks ({7*n} days) after {fmt(s)} -> {fmt(d)}"
    if op == "wr":      # range of weeks lo-hi, due = latest
        _, lo, hi, s = spec; s = date.fromisoformat(s)
        a, b = s + timedelta(days=7 * lo), s + timedelta(days=7 * hi)
        return b, f"every {lo}-{hi} weeks after {fmt(s)}: window {fmt(a)} to {fmt(b)}; latest -> {fmt(b)}"
    if op == "m":
        _, n, s = spec; s = date.fromisoformat(s); d, cl = add_months(s, n)
        c = f"{n} months after {fmt(s)} -> {fmt(d)}"
        if cl: c += " (no such day in that month: last day of month used)"
        return d, c
    if op == "age":     # ("age", years, months, dob)
        _, y, mo, s = spec; s = date.fromisoformat(s)
        if s.month == 2 and s.day == 29 and mo == 0:
            try: d = date(s.year + y, 2, 29); note = ""
            except ValueError: d = date(s.year + y, 3, 1); note = " (29 Feb birthday, non-leap year: 1 March used)"
        else:
            d, cl = add_months(s, 12 * y + mo)
            note = " (no such day in that month: last day of month used)" if cl else ""
        label = f"{y} years" + (f" {mo} months" if mo else "")
        return d, f"DOB {fmt(s)} + {label} -> {fmt(d)}{note}"
    if op == "choice":
        d1, c1 = compute(spec[1]); d2, c2 = compute(spec[2])
        d = min(d1, d2)
        return d, f"either {c1} OR {c2}; earlier -> {fmt(d)}"
    raise ValueError(op)

from rows import ROWS, P  # noqa: E402

def main():
    src = open(SOURCE, encoding="utf-8").read()
    out, bad = [], []
    for i, r in enumerate(ROWS):
        voice, kind, today, q, spec, keys = r[:6]
        amb = r[6] if len(r) > 6 else None
        phrases = [P[k] for k in keys]
        for ph in phrases:
            if ph not in src: bad.append((i, "phrase not in source", ph))
            if len(ph.split()) < 6: bad.append((i, "phrase < 6 words", ph))
        if kind == "none":
            assert spec is None; due, count = None, "no timescale in the standards"
        else:
            d, count = compute(spec); due = d.isoformat()
        if kind == "choice": assert spec[0] == "choice" and len(phrases) >= 2, i
        assert voice in {"duty", "typos", "scenario", "indirect", "newstarter", "manager"}, (i, voice)
        assert kind in {"date", "visits", "age", "choice", "none"}, (i, kind)
        date.fromisoformat(today)
        row = {"q": q, "today": today, "due": due, "expect_any": phrases, "count": count,
               "voice": voice, "kind": kind}
        if amb: row["ambiguous"] = amb
        out.append(row)
    if bad:
        for b in bad: print("BAD", b)
        sys.exit(1)
    qs = Counter(r["q"] for r in out); assert max(qs.values()) == 1, "duplicate question"
    with open(os.path.join(HERE, "questions.jsonl"), "w", encoding="utf-8") as f:
        for r in out: f.write(json.dumps(r, ensure_ascii=False) + "\n")
    # re-read and check
    rows = [json.loads(l) for l in open(os.path.join(HERE, "questions.jsonl"), encoding="utf-8")]
    print("rows", len(rows))
    print("kinds", Counter(r["kind"] for r in rows))
    print("voices", Counter(r["voice"] for r in rows))
    print("years(today)", Counter(r["today"][:4] for r in rows))
    print("ambiguous", sum("ambiguous" in r for r in rows))

if __name__ == "__main__":
    sys.path.insert(0, HERE)
    main()
